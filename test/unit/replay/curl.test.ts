import * as assert from 'node:assert/strict';
import { buildReplayRequest } from '../../../src/core/replay/buildRequest';
import { toCurl } from '../../../src/core/replay/curl';
import type { BuildResult, Endpoint, ReplayRequest } from '../../../src/core/replay/request';
import { shellQuote } from '../../../src/core/replay/shellQuote';
import { loggedRequests } from '../../support/replayFixtures';

const endpoint: Endpoint = { name: 'local', baseUrl: 'http://127.0.0.1:8080/shop/', headers: { Authorization: 'Bearer ${secret:shop-token}' } };

function built(result: BuildResult): ReplayRequest {
  if (!result.ok) assert.fail(result.message);
  return result.request;
}

describe('toCurl', () => {
  it('GET with headers, the secret kept as a single-quoted placeholder', () => {
    const request = built(buildReplayRequest(loggedRequests().listToday?.payload, 'LIST', endpoint));
    assert.equal(
      toCurl(request),
      [
        "curl 'http://127.0.0.1:8080/shop/api/v2/list?date=today' \\",
        "  -H 'Accept: application/json' \\",
        "  -H 'Authorization: Bearer ${secret:shop-token}'",
      ].join('\n'),
    );
  });

  it('POST with the exact body, single quotes escaped', () => {
    const request = built(buildReplayRequest({ get: { q: '/api/v2/receipts' }, body: { name: "it's $HOME `x`", n: [1, 2] } }, 'RECEIPT', endpoint));
    assert.equal(
      toCurl(request),
      [
        'curl -X POST http://127.0.0.1:8080/shop/api/v2/receipts \\',
        "  -H 'Accept: application/json' \\",
        "  -H 'Content-Type: application/json; charset=utf-8' \\",
        "  -H 'Authorization: Bearer ${secret:shop-token}' \\",
        `  --data-raw '{"name":"it'\\''s $HOME \`x\`","n":[1,2]}'`,
      ].join('\n'),
    );
  });

  it('the logged receipt body is sent byte for byte', () => {
    const payload = loggedRequests().receipt146?.payload as { body: unknown };
    const curl = toCurl(built(buildReplayRequest(payload, 'RECEIPT', { name: 'l', baseUrl: 'http://127.0.0.1:8080' })));
    assert.ok(curl.endsWith(`--data-raw '${JSON.stringify(payload.body)}'`));
  });

  it('shell quoting', () => {
    assert.equal(shellQuote('abc/-_.:=@%+,'), 'abc/-_.:=@%+,');
    assert.equal(shellQuote(''), "''");
    assert.equal(shellQuote("a'b"), "'a'\\''b'");
    assert.equal(shellQuote('a b&c;d|e$f*g?h!'), "'a b&c;d|e$f*g?h!'");
  });
});
