// Hostile or unusual logged requests and answers: found by trying to break the replay.
import * as assert from 'node:assert/strict';
import { buildReplayRequest } from '../../../src/core/replay/buildRequest';
import { toHttpFile } from '../../../src/core/replay/httpFile';
import { redactValue } from '../../../src/core/replay/secrets';
import { parseJsonBody } from '../../../src/node/responseBody';

const endpoint = { name: 'local', baseUrl: 'http://127.0.0.1:8080' };

describe('replay hardening', () => {
  it('refuses a parameter with a lone surrogate instead of throwing', () => {
    const result = buildReplayRequest({ get: { q: '/api/v2/list', name: 'a\ud800b' }, body: null }, 'LIST', endpoint);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.code, 'replay.bad-param');
  });

  it('refuses a non-finite number parameter instead of sending "Infinity"', () => {
    const result = buildReplayRequest({ get: { q: '/api/v2/list', number: Infinity }, body: null }, 'LIST', endpoint);
    assert.equal(result.ok, false);
  });

  it('sends the body with the log\'s own number literals when the payload text is given', () => {
    const payloadText = '{\n"get": {\n"q": "/api/v2/receipts"\n},\n"body": {\n"id": 12345678901234567890,\n"sum": 1.10\n},\n"post": []\n}';
    const result = buildReplayRequest(JSON.parse(payloadText), 'RECEIPT', endpoint, { payloadText });
    assert.ok(result.ok);
    assert.equal(result.request.body, '{"id":12345678901234567890,"sum":1.10}');
    const withoutText = buildReplayRequest(JSON.parse(payloadText), 'RECEIPT', endpoint);
    assert.ok(withoutText.ok);
    assert.equal(withoutText.request.body, '{"id":12345678901234567000,"sum":1.1}');
  });

  it('defuses REST Client / httpyac templates in an exported body, keeping the same JSON', () => {
    const payloadText = '{"get": {"q": "/api/v2/receipts"}, "body": {"name": "{{$processEnv AWS_SECRET_ACCESS_KEY}}"}, "post": []}';
    const built = buildReplayRequest(JSON.parse(payloadText), 'RECEIPT', endpoint, { payloadText });
    assert.ok(built.ok);
    const file = toHttpFile([{ request: built.request, loggedAt: '2025-12-13 19:07:39', shop: '146' }]);
    const bodyStart = file.indexOf('\n{');
    const body = file.slice(bodyStart + 1);
    assert.ok(!body.includes('{{'), body);
    assert.deepEqual(JSON.parse(body.split('\n\n')[0]!), { name: '{{$processEnv AWS_SECRET_ACCESS_KEY}}' });
  });

  it('redacts secrets inside parsed values, keys included', () => {
    assert.deepEqual(redactValue({ token: 'Bearer s3cr3t', list: ['s3cr3t'], s3cr3t: 1 }, ['s3cr3t']), { token: 'Bearer ***', list: ['***'], '***': 1 });
  });

  it('describes a non-JSON answer without quoting it (a cut-off secret cannot be redacted)', () => {
    const { jsonError } = parseJsonBody('s3cr3t-T0ken-and-more', 'text/plain');
    assert.ok(jsonError);
    assert.ok(!jsonError.includes('s3cr3t'), jsonError);
  });
});
