import * as assert from 'node:assert/strict';
import { buildReplayRequest } from '../../../src/core/replay/buildRequest';
import { toHttpFile } from '../../../src/core/replay/httpFile';
import type { BuildResult, Endpoint, ReplayRequest } from '../../../src/core/replay/request';
import { loggedRequests } from '../../support/replayFixtures';

const logged = loggedRequests();
const shop: Endpoint = { name: 'local shop', baseUrl: 'http://127.0.0.1:8080/shop/', headers: { Authorization: 'Bearer ${secret:shop-token}' } };
const staging: Endpoint = { name: 'staging', baseUrl: 'https://staging.example.com' };

function built(result: BuildResult): ReplayRequest {
  if (!result.ok) assert.fail(result.message);
  return result.request;
}

describe('toHttpFile', () => {
  it('one GET request', () => {
    const request = built(buildReplayRequest(logged.bill3192?.payload, 'BILL', { name: 'local', baseUrl: 'http://127.0.0.1:8080' }));
    assert.equal(
      toHttpFile([{ request, loggedAt: '2025-12-13 19:06:57', shop: '146' }]),
      `# Requests replayed from an exchange log (Exchange Log Debugger).
@baseUrl = http://127.0.0.1:8080

###
# 2025-12-13 19:06:57 (Moscow) · shop 146 · BILL
GET {{baseUrl}}/api/v2/bill/byid/3192
Accept: application/json
`,
    );
  });

  it('several requests, secrets as environment variables, bodies pretty-printed', () => {
    const hello = built(buildReplayRequest(logged.hello?.payload, 'HELLO', shop));
    const post = built(buildReplayRequest({ get: { q: '/api/v2/receipts' }, body: { id: 'e1', n: [1] } }, 'RECEIPT', shop));
    const list = built(buildReplayRequest(logged.listToday?.payload, 'LIST', staging));
    assert.equal(
      toHttpFile([
        { request: hello, loggedAt: '2025-12-13 19:06:36', shop: '146' },
        { request: post, loggedAt: '2025-12-13 19:07:39', shop: '146' },
        { request: list, loggedAt: '2025-12-13 19:07:39', shop: '146' },
      ]),
      `# Requests replayed from an exchange log (Exchange Log Debugger).
# Define these variables in your REST Client / httpyac environment, not in this file:
#   secret_shop_token
@baseUrl_local_shop = http://127.0.0.1:8080/shop
@baseUrl_staging = https://staging.example.com

###
# 2025-12-13 19:06:36 (Moscow) · shop 146 · HELLO
GET {{baseUrl_local_shop}}/api/v2/hello
Accept: application/json
Authorization: Bearer {{secret_shop_token}}

###
# 2025-12-13 19:07:39 (Moscow) · shop 146 · RECEIPT · state-changing POST
POST {{baseUrl_local_shop}}/api/v2/receipts
Accept: application/json
Content-Type: application/json; charset=utf-8
Authorization: Bearer {{secret_shop_token}}

{
  "id": "e1",
  "n": [
    1
  ]
}

###
# 2025-12-13 19:07:39 (Moscow) · shop 146 · LIST
GET {{baseUrl_staging}}/api/v2/list?date=today
Accept: application/json
`,
    );
  });

  it('the logged receipt body keeps its value', () => {
    const payload = logged.receipt146?.payload as { body: unknown };
    const request = built(buildReplayRequest(payload, 'RECEIPT', shop));
    const text = toHttpFile([{ request, loggedAt: '2025-12-13 19:07:39', shop: '146' }]);
    const body = text.slice(text.indexOf('\n\n{') + 2);
    assert.deepEqual(JSON.parse(body), payload.body);
    assert.ok(!text.includes('${secret:'));
  });
});
