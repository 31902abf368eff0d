import * as assert from 'node:assert/strict';
import { buildReplayRequest } from '../../../src/core/replay/buildRequest';
import type { BuildResult, Endpoint, ReplayRequest } from '../../../src/core/replay/request';
import { loggedRequests } from '../../support/replayFixtures';

const local: Endpoint = { name: 'local', baseUrl: 'http://127.0.0.1:8080' };
const logged = loggedRequests();

function built(result: BuildResult): ReplayRequest {
  if (!result.ok) assert.fail(`expected a request, got ${result.code}: ${result.message}`);
  return result.request;
}

function envelope(get: Record<string, unknown>, body: unknown = null): unknown {
  return { get, body, post: [], headers: { vary: ['Accept'] } };
}

describe('buildReplayRequest', () => {
  it('HELLO: GET of the path, Accept only, logged vary not resent', () => {
    const request = built(buildReplayRequest(logged.hello?.payload, 'HELLO', local));
    assert.deepEqual(request, {
      method: 'GET',
      url: 'http://127.0.0.1:8080/api/v2/hello',
      headers: { Accept: 'application/json' },
      type: 'HELLO',
      stateChanging: false,
      endpoint: 'local',
      baseUrl: 'http://127.0.0.1:8080',
      target: '/api/v2/hello',
    });
  });

  it('LIST with date, name, number and no parameter', () => {
    const url = (get: Record<string, unknown>) => built(buildReplayRequest(envelope(get), 'LIST', local)).url;
    assert.equal(built(buildReplayRequest(logged.listToday?.payload, 'LIST', local)).url, 'http://127.0.0.1:8080/api/v2/list?date=today');
    assert.equal(url({ q: '/api/v2/list', name: 'пётр тестов' }), 'http://127.0.0.1:8080/api/v2/list?name=%D0%BF%D1%91%D1%82%D1%80%20%D1%82%D0%B5%D1%81%D1%82%D0%BE%D0%B2');
    assert.equal(url({ q: '/api/v2/list', number: 'M3192' }), 'http://127.0.0.1:8080/api/v2/list?number=M3192');
    assert.equal(url({ q: '/api/v2/list' }), 'http://127.0.0.1:8080/api/v2/list');
  });

  it('LIST keeps a search text that happens to equal a path segment', () => {
    assert.equal(built(buildReplayRequest(envelope({ q: '/api/v2/list', name: 'list' }), 'LIST', local)).target, '/api/v2/list?name=list');
  });

  it('query parameters keep the logged order and are URL-encoded', () => {
    const request = built(buildReplayRequest(envelope({ q: '/api/v2/list', z: 'a&b=c', a: 1, flag: true }), 'LIST', local));
    assert.equal(request.target, '/api/v2/list?z=a%26b%3Dc&a=1&flag=true');
  });

  it('BILL: the route parameter id is not repeated as a query parameter', () => {
    assert.equal(built(buildReplayRequest(logged.bill3192?.payload, 'BILL', local)).url, 'http://127.0.0.1:8080/api/v2/bill/byid/3192');
    assert.equal(built(buildReplayRequest(logged.bill200335?.payload, 'BILL', local)).target, '/api/v2/bill/byid/200335');
  });

  it('BILL: an id that differs from the path is sent as a query parameter (as logged)', () => {
    const request = built(buildReplayRequest(envelope({ q: '/api/v2/bill/byid/3192', id: '3193' }), 'BILL', local));
    assert.equal(request.target, '/api/v2/bill/byid/3192?id=3193');
  });

  it('an unknown path: a parameter equal to the last segment is a route parameter', () => {
    const request = built(buildReplayRequest(envelope({ q: '/api/v3/bill/7', id: '7', x: '1' }), 'BILL', local));
    assert.equal(request.target, '/api/v3/bill/7?x=1');
  });

  it('RECEIPT: POST with exactly JSON.stringify(body), Content-Type, state-changing', () => {
    const payload = logged.receipt146?.payload as { body: unknown };
    const request = built(buildReplayRequest(payload, 'RECEIPT', local));
    assert.equal(request.method, 'POST');
    assert.equal(request.url, 'http://127.0.0.1:8080/api/v2/receipts');
    assert.equal(request.body, JSON.stringify(payload.body));
    assert.ok(request.body?.startsWith('{"id":"5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11","data":{"id":"8d3e4b12'));
    assert.deepEqual(request.headers, { Accept: 'application/json', 'Content-Type': 'application/json; charset=utf-8' });
    assert.equal(request.stateChanging, true);
  });

  it('base URL with a path prefix, with or without trailing slashes', () => {
    for (const baseUrl of ['http://127.0.0.1:8080/shop', 'http://127.0.0.1:8080/shop/', 'http://127.0.0.1:8080/shop//']) {
      const request = built(buildReplayRequest(logged.bill3192?.payload, 'BILL', { name: 's', baseUrl }));
      assert.equal(request.url, 'http://127.0.0.1:8080/shop/api/v2/bill/byid/3192');
      assert.equal(request.baseUrl, 'http://127.0.0.1:8080/shop');
    }
    const root = built(buildReplayRequest(logged.hello?.payload, 'HELLO', { name: 'r', baseUrl: 'https://Example.COM:443/' }));
    assert.equal(root.url, 'https://example.com/api/v2/hello');
  });

  it('endpoint headers are added with secret placeholders unresolved, and may override Accept', () => {
    const endpoint: Endpoint = {
      ...local,
      headers: { Authorization: 'Bearer ${secret:shopToken}', 'X-Shop': '146', accept: 'application/json, */*' },
    };
    const request = built(buildReplayRequest(logged.hello?.payload, 'HELLO', endpoint));
    assert.deepEqual(request.headers, { Authorization: 'Bearer ${secret:shopToken}', 'X-Shop': '146', accept: 'application/json, */*' });
  });

  it('a path with characters outside URLs is percent-encoded, existing escapes kept', () => {
    const request = built(buildReplayRequest(envelope({ q: '/api/v2/bill/byid/а б%20' }), 'BILL', local));
    assert.equal(request.target, '/api/v2/bill/byid/%D0%B0%20%D0%B1%20');
  });

  describe('invalid input gives an error result', () => {
    const cases: [string, unknown, string][] = [
      ['a response payload', { system: 'demo-market', protocol: '0.1.0' }, 'replay.not-request'],
      ['an array', [], 'replay.not-request'],
      ['null', null, 'replay.not-request'],
      ['no get.q', envelope({ date: 'today' }), 'replay.not-request'],
      ['q not a string', envelope({ q: 5 }), 'replay.not-request'],
      ['q not starting with /', envelope({ q: 'api/v2/hello' }), 'replay.bad-path'],
      ['q with a fragment', envelope({ q: '/api/v2/hello#x' }), 'replay.bad-path'],
      ['q with a line break', envelope({ q: '/api/v2/hello\n' }), 'replay.bad-path'],
      ['q leaving the prefix', envelope({ q: '/api/../admin' }), 'replay.bad-path'],
      ['an object parameter', envelope({ q: '/api/v2/list', date: { a: 1 } }), 'replay.bad-param'],
    ];
    for (const [title, payload, code] of cases) {
      it(title, () => {
        const result = buildReplayRequest(payload, 'LIST', local);
        assert.equal(result.ok, false);
        assert.equal(!result.ok && result.code, code);
        assert.ok(!result.ok && result.message.length > 10);
      });
    }

    const endpoints: [string, Endpoint, string][] = [
      ['a base URL that is not a URL', { name: 'x', baseUrl: '127.0.0.1:8080' }, 'replay.bad-endpoint'],
      ['a non-http base URL', { name: 'x', baseUrl: 'ftp://127.0.0.1' }, 'replay.bad-endpoint'],
      ['credentials in the base URL', { name: 'x', baseUrl: 'http://u:p@127.0.0.1' }, 'replay.bad-endpoint'],
      ['a query in the base URL', { name: 'x', baseUrl: 'http://127.0.0.1/?a=1' }, 'replay.bad-endpoint'],
      ['a bad header name', { ...local, headers: { 'Bad Name': 'x' } }, 'replay.bad-header'],
      ['a header value with a line break', { ...local, headers: { 'X-A': 'a\r\nHost: evil' } }, 'replay.bad-header'],
      ['Content-Length set by the endpoint', { ...local, headers: { 'content-length': '1' } }, 'replay.bad-header'],
    ];
    for (const [title, endpoint, code] of endpoints) {
      it(title, () => {
        const result = buildReplayRequest(logged.hello?.payload, 'HELLO', endpoint);
        assert.equal(!result.ok && result.code, code);
      });
    }
  });
});
