import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { buildReplayRequest } from '../../../src/core/replay/buildRequest';
import type { ReplayRequest } from '../../../src/core/replay/request';
import { send } from '../../../src/node/httpTransport';
import { type FakeProtocolServer, refusedUrl, startFakeProtocolServer } from '../../support/fakeProtocolServer';
import { stuckConnectAgent, unknownHostAgent } from '../../support/lookupAgents';
import { loggedRequests, readReplayFixture } from '../../support/replayFixtures';
import { answered, failed, sendOptions as options } from '../../support/transportAssertions';

const logged = loggedRequests();

function replayOf(name: string, baseUrl: string): ReplayRequest {
  const fixture = logged[name];
  const result = buildReplayRequest(fixture?.payload, fixture?.type ?? '', { name: 'fake', baseUrl });
  if (!result.ok) assert.fail(result.message);
  return result.request;
}

describe('httpTransport.send', function () {
  this.timeout(3000);
  let server: FakeProtocolServer;
  beforeEach(async () => {
    server = await startFakeProtocolServer();
  });
  afterEach(async () => {
    await server.close();
  });

  describe('answers of the fake service', () => {
    const cases: [string, string][] = [
      ['hello', 'hello-146.json'],
      ['listToday', 'list-146.json'],
      ['bill3192', 'bill-3192.json'],
      ['bill200335', 'bill-200335.json'],
      ['receipt146', 'receipt-answer.json'],
    ];
    for (const [name, fixture] of cases) {
      it(`${name} → ${fixture}`, async () => {
        const response = answered(await send(replayOf(name, server.url), options(server)));
        assert.equal(response.status, 200);
        assert.deepEqual(response.bodyJson, readReplayFixture(fixture));
        assert.equal(response.jsonError, undefined);
        assert.deepEqual(response.redirects, []);
        assert.equal(response.truncated, false);
      });
    }
  });

  it('sends what buildReplayRequest built: method, path, headers and the exact body', async () => {
    const request = replayOf('receipt146', `${server.url}/shop/`);
    const headers = { ...request.headers, Authorization: 'Bearer t0ken' };
    answered(await send({ ...request, headers }, options(server)));
    const [received] = server.requests;
    assert.equal(received?.method, 'POST');
    assert.equal(received?.url, '/shop/api/v2/receipts');
    assert.equal(received?.body, JSON.stringify((logged.receipt146?.payload as { body: unknown }).body));
    assert.equal(received?.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(received?.headers['content-length'], String(Buffer.byteLength(received?.body ?? '')));
    assert.equal(received?.headers.accept, 'application/json');
    assert.equal(received?.headers.authorization, 'Bearer t0ken');
    assert.equal(received?.headers.vary, undefined);
  });

  it('500 with a JSON error is an answer', async () => {
    server.setMode('error-500');
    const response = answered(await send(replayOf('hello', server.url), options(server)));
    assert.equal(response.status, 500);
    assert.equal(response.statusText, 'Internal Server Error');
    assert.deepEqual(response.bodyJson, { error: 'Internal Server Error', message: 'Fake failure for tests' });
  });

  it('an HTML 502 page is an answer with jsonError and the text kept', async () => {
    const response = answered(await send(replayOf('hello', `${server.url}/__fault/html-502`), options(server)));
    assert.equal(response.status, 502);
    assert.equal(response.bodyJson, undefined);
    assert.match(response.jsonError ?? '', /not JSON \(text\/html\)/);
    assert.match(response.bodyText, /<h1>502 Bad Gateway<\/h1>/);
  });

  it('a slow answer stops at totalTimeoutMs and the socket is closed', async () => {
    server.setMode('slow', { delayMs: 20_000 });
    const clientGone = once(server.events, 'client-closed');
    const result = failed(await send(replayOf('bill3192', server.url), options(server, { totalTimeoutMs: 200 })), 'timeout');
    assert.ok(result.durationMs >= 190 && result.durationMs < 1000, `took ${result.durationMs} ms`);
    assert.match(result.message, new RegExp(`${server.origin} did not answer completely within 200 ms`));
    await clientGone;
  });

  it('aborting destroys the socket', async () => {
    server.setMode('slow', { delayMs: 20_000 });
    const controller = new AbortController();
    const clientGone = once(server.events, 'client-closed');
    const pending = send(replayOf('hello', server.url), options(server, { signal: controller.signal, totalTimeoutMs: 10_000 }));
    await server.nextRequest();
    controller.abort();
    const result = failed(await pending, 'aborted');
    assert.ok(result.durationMs < 1000);
    await clientGone;
  });

  it('an already aborted signal sends nothing', async () => {
    const result = failed(await send(replayOf('hello', server.url), options(server, { signal: AbortSignal.abort() })), 'aborted');
    assert.match(result.message, /cancelled/);
    assert.equal(server.requests.length, 0);
  });

  it('a connect phase that never ends stops at connectTimeoutMs', async () => {
    const agent = stuckConnectAgent();
    const url = 'http://stuck.test:8080/api/v2/hello';
    const result = failed(
      await send({ method: 'GET', url, headers: {} }, { ...options({ origin: 'http://stuck.test:8080' }), connectTimeoutMs: 150, agent }),
      'connect-timeout',
    );
    assert.ok(result.durationMs >= 140 && result.durationMs < 1000, `took ${result.durationMs} ms`);
    assert.match(result.message, /No connection to http:\/\/stuck\.test:8080 within 150 ms/);
    assert.ok(agent.created.length === 1 && agent.created.every((socket) => socket.destroyed));
  });

  it('an unknown host is a dns failure', async () => {
    const url = 'http://unknown.test/api/v2/hello';
    const result = failed(await send({ method: 'GET', url, headers: {} }, { ...options({ origin: 'http://unknown.test' }), agent: unknownHostAgent() }), 'dns');
    assert.equal(result.code, 'ENOTFOUND');
  });

  it('a connection reset in the middle of the body', async () => {
    server.setMode('reset');
    failed(await send(replayOf('bill3192', server.url), options(server)), 'reset');
  });

  it('a 50 MB body with maxBodyBytes 10 MB fails too-large after reading about 10 MB', async () => {
    server.setMode('huge');
    const clientGone = once(server.events, 'client-closed');
    const result = failed(await send(replayOf('listToday', server.url), options(server, { maxBodyBytes: 10 * 1024 * 1024 })), 'too-large');
    assert.match(result.message, /larger than the limit of 10 MB: reading stopped after \d+ bytes/);
    const seen = Number(/after (\d+) bytes/.exec(result.message)?.[1]);
    assert.ok(seen > 10 * 1024 * 1024 && seen < 11 * 1024 * 1024, `seen ${seen}`);
    await clientGone;
  });

  it('a body announced bigger than the limit fails before reading it', async () => {
    server.setMode('huge-declared');
    const result = failed(await send(replayOf('listToday', server.url), options(server)), 'too-large');
    assert.match(result.message, /larger than the limit of 10 MB: it announced 52428800 bytes/);
  });

  it('onTooLarge truncate keeps the first maxBodyBytes bytes', async () => {
    server.setMode('huge', { bytes: 1000 });
    const response = answered(await send(replayOf('listToday', server.url), options(server, { maxBodyBytes: 100, onTooLarge: 'truncate' })));
    assert.equal(response.truncated, true);
    assert.equal(response.bodyText, 'x'.repeat(100));
    assert.match(response.jsonError ?? '', /cut at 100 bytes/);
  });

  it('nothing listening: refused, naming the origin', async () => {
    const url = await refusedUrl();
    const result = failed(await send(replayOf('hello', url), options({ origin: url })), 'refused');
    assert.deepEqual(Object.keys(result), ['ok', 'kind', 'message', 'code', 'durationMs', 'redirects']);
    assert.equal(result.message, `${url} refused the connection: nothing listens there. Is the service running?`);
  });

  it('an origin that is not configured is never contacted', async () => {
    const result = failed(await send(replayOf('hello', server.url), options({ origin: 'http://127.0.0.1:1' })), 'not-allowed');
    assert.ok(result.message.includes(server.origin));
    assert.equal(server.requests.length, 0);
  });

  it('a request Node refuses to send is a failure, not a rejection', async () => {
    const request = { method: 'GET', url: `${server.url}/api/v2/hello`, headers: { 'X-Bad': 'a\nb' } };
    const result = failed(await send(request, options(server)), 'other');
    assert.equal(result.code, 'ERR_INVALID_CHAR');
    assert.equal(server.requests.length, 0);
  });

  describe('TLS with a self-signed certificate', () => {
    let tlsServer: FakeProtocolServer;
    before(async () => {
      tlsServer = await startFakeProtocolServer({ tls: true });
    });
    after(async () => {
      await tlsServer.close();
    });

    it('is refused while verification is on', async () => {
      const result = failed(await send(replayOf('hello', tlsServer.url), options(tlsServer)), 'tls');
      assert.match(result.message, /TLS certificate of https:\/\/127\.0\.0\.1:\d+ was not accepted/);
      assert.equal(result.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    });

    it('is accepted with rejectUnauthorized false', async () => {
      const response = answered(await send(replayOf('hello', tlsServer.url), options(tlsServer, { rejectUnauthorized: false })));
      assert.deepEqual(response.bodyJson, readReplayFixture('hello-146.json'));
    });
  });
});
