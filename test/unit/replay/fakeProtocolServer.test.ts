import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { send } from '../../../src/node/httpTransport';
import { type FakeProtocolServer, startFakeProtocolServer } from '../../support/fakeProtocolServer';
import { readReplayFixture } from '../../support/replayFixtures';
import { answered, failed, sendOptions } from '../../support/transportAssertions';

describe('fakeProtocolServer', function () {
  this.timeout(3000);
  let server: FakeProtocolServer;
  beforeEach(async () => {
    server = await startFakeProtocolServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const get = async (target: string) => answered(await send({ method: 'GET', url: server.url + target, headers: {} }, sendOptions(server)));

  it('listens on 127.0.0.1 on a random port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.origin, `http://127.0.0.1:${server.port}`);
  });

  it('answers HELLO exactly as the sample (shop 146)', async () => {
    const response = await get('/api/v2/hello');
    assert.equal(response.bodyText, '{"system":"demo-market","protocol":"0.1.0"}');
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
  });

  it('filters LIST by number and name, and accepts a base path prefix', async () => {
    const list = readReplayFixture('list-146.json');
    assert.deepEqual((await get('/shop/api/v2/list?number=M3192')).bodyJson, list);
    assert.deepEqual((await get('/api/v2/list?number=nope')).bodyJson, []);
    assert.deepEqual((await get('/api/v2/list?name=%D0%BF%D1%91%D1%82%D1%80')).bodyJson, list);
    assert.deepEqual((await get('/api/v2/list')).bodyJson, list);
  });

  it('404 for an unknown bill or path, 405 for a wrong method', async () => {
    assert.equal((await get('/api/v2/bill/byid/1')).status, 404);
    assert.equal((await get('/nothing')).status, 404);
    assert.equal((await get('/api/v2/receipts')).status, 405);
  });

  it('records every request', async () => {
    await send({ method: 'POST', url: `${server.url}/api/v2/receipts`, headers: { 'X-A': '1' }, body: '{"id":"e"}' }, sendOptions(server));
    assert.deepEqual(
      server.requests.map(({ method, url, route, body }) => ({ method, url, route, body })),
      [{ method: 'POST', url: '/api/v2/receipts', route: '/api/v2/receipts', body: '{"id":"e"}' }],
    );
    assert.equal(server.requests[0]?.headers['x-a'], '1');
  });

  it('a path-prefix mode applies to that prefix only; setMode without prefix resets', async () => {
    server.setMode('error-500', { pathPrefix: '/api/v2/bill' });
    assert.equal((await get('/api/v2/bill/byid/3192')).status, 500);
    assert.equal((await get('/api/v2/hello')).status, 200);
    server.setMode('normal');
    assert.equal((await get('/api/v2/bill/byid/3192')).status, 200);
  });

  it('close() ends a slow answer in progress instead of waiting for it', async () => {
    const pending = send({ method: 'GET', url: `${server.url}/__fault/slow/api/v2/hello`, headers: {} }, sendOptions(server, { totalTimeoutMs: 10_000 }));
    const clientGone = once(server.events, 'client-closed');
    await server.nextRequest();
    await server.close();
    failed(await pending, 'reset');
    await clientGone;
    server = await startFakeProtocolServer();
  });
});
