import * as assert from 'node:assert/strict';
import { send } from '../../../src/node/httpTransport';
import type { TransportRequest } from '../../../src/node/transportTypes';
import { type FakeProtocolServer, startFakeProtocolServer } from '../../support/fakeProtocolServer';
import { readReplayFixture } from '../../support/replayFixtures';
import { answered, failed, sendOptions as options } from '../../support/transportAssertions';

const credentials = { Authorization: 'Bearer t0ken', Cookie: 'sid=1', 'X-Api-Key': 'k3y', Accept: 'application/json' };

describe('httpTransport.send redirects', function () {
  this.timeout(3000);
  let a: FakeProtocolServer;
  let b: FakeProtocolServer;
  beforeEach(async () => {
    [a, b] = await Promise.all([startFakeProtocolServer(), startFakeProtocolServer()]);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  const get = (url: string): TransportRequest => ({ method: 'GET', url, headers: credentials });

  it('a same-origin redirect is followed with its credentials', async () => {
    const response = answered(await send(get(`${a.url}/__fault/redirect/api/v2/hello`), options(a, { sensitiveHeaders: ['X-Api-Key'] })));
    assert.deepEqual(response.bodyJson, readReplayFixture('hello-146.json'));
    assert.deepEqual(response.redirects, [`${a.url}/api/v2/hello`]);
    assert.deepEqual(a.requests.map((r) => r.url), ['/__fault/redirect/api/v2/hello', '/api/v2/hello']);
    assert.equal(a.requests[1]?.headers.authorization, 'Bearer t0ken');
    assert.equal(a.requests[1]?.headers['x-api-key'], 'k3y');
  });

  it('a redirect to another allowed origin strips Authorization, Cookie and secret headers', async () => {
    a.setMode('redirect', { location: `${b.url}/api/v2/list?date=today` });
    const response = answered(
      await send(get(`${a.url}/api/v2/list?date=today`), options(a, { allowedOrigins: [a.origin, `${b.url}/any/path`], sensitiveHeaders: ['x-api-key'] })),
    );
    assert.deepEqual(response.bodyJson, readReplayFixture('list-146.json'));
    assert.deepEqual(response.redirects, [`${b.url}/api/v2/list?date=today`]);
    assert.equal(b.requests.length, 1);
    const { headers } = b.requests[0] ?? assert.fail();
    assert.equal(headers.authorization, undefined);
    assert.equal(headers.cookie, undefined);
    assert.equal(headers['x-api-key'], undefined);
    assert.equal(headers.accept, 'application/json');
  });

  it('a redirect to an origin that is not configured is not followed', async () => {
    a.setMode('redirect', { location: `${b.url}/api/v2/hello` });
    const result = failed(await send(get(`${a.url}/api/v2/hello`), options(a)), 'redirect-blocked');
    assert.equal(
      result.message,
      `${a.origin} redirected to ${b.url}/api/v2/hello, which is not a configured endpoint: the redirect was not followed.`,
    );
    assert.equal(b.requests.length, 0);
  });

  it('a redirect loop stops after followRedirects hops', async () => {
    a.setMode('redirect', { location: '/loop' });
    const result = failed(await send(get(`${a.url}/start`), options(a, { followRedirects: 2 })), 'redirect-blocked');
    assert.deepEqual(result.redirects, [`${a.url}/loop`, `${a.url}/loop`]);
    assert.match(result.message, /redirected more than 2 times/);
    assert.equal(a.requests.length, 3);
  });

  it('followRedirects 0 returns the redirect itself', async () => {
    a.setMode('redirect', { location: '/api/v2/hello', status: 301 });
    const response = answered(await send(get(`${a.url}/old`), options(a, { followRedirects: 0 })));
    assert.equal(response.status, 301);
    assert.equal(response.headers.location, '/api/v2/hello');
  });

  it('303 after a POST becomes a GET without body; 307 keeps the POST and its body', async () => {
    const post: TransportRequest = { method: 'POST', url: '', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' };
    a.setMode('redirect', { status: 303, location: '/api/v2/hello', pathPrefix: '/see-other' });
    answered(await send({ ...post, url: `${a.url}/see-other` }, options(a)));
    assert.deepEqual([a.requests[1]?.method, a.requests[1]?.body, a.requests[1]?.headers['content-type']], ['GET', '', undefined]);

    a.setMode('redirect', { status: 307, location: '/api/v2/receipts', pathPrefix: '/temporary' });
    answered(await send({ ...post, url: `${a.url}/temporary` }, options(a)));
    assert.deepEqual([a.requests[3]?.method, a.requests[3]?.body], ['POST', '{"a":1}']);
  });
});
