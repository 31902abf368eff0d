// A fake of the merchant service for tests: the four protocol paths answered with the sample log's
// responses, every request recorded, and fault modes. Node only, no dependencies, 127.0.0.1 only, so the
// unit tests and the tests inside VS Code can both use it.
//
// A fault applies to a request when (first match wins):
//   1. its path starts with `/__fault/<mode>` (an endpoint base URL like `http://127.0.0.1:PORT/__fault/slow`
//      selects a fault without access to this object);
//   2. a `setMode(mode, { pathPrefix })` prefix matches (the longest one);
//   3. `setMode(mode)` set a mode for every path.
// Any path prefix before `/api/v2/` is accepted (base URLs like `http://127.0.0.1:PORT/shop`).
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { type FaultMode, type FaultOptions, answerFault, faultModes } from './fakeFaults';
import { answerProtocol, loadProtocolAnswers } from './fakeRoutes';
import { replayFixturesDir } from './replayFixtures';

export type { FaultMode, FaultOptions } from './fakeFaults';
export type FakeMode = 'normal' | FaultMode;

export interface RecordedRequest {
  readonly method: string;
  /** As received: path and query. */
  readonly url: string;
  /** The protocol path from `/api/v2/` on, without prefix or query. */
  readonly route: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface FakeProtocolServer {
  /** `http://127.0.0.1:PORT` (https with `tls`): use it as an endpoint base URL. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /**
   * `request` (RecordedRequest) once a request's body is read; `client-closed` (RecordedRequest) when the
   * client went away before the answer was complete (abort, timeout...).
   */
  readonly events: EventEmitter;
  setMode(mode: FakeMode, options?: FaultOptions & { readonly pathPrefix?: string }): void;
  /** The next request received from now on. */
  nextRequest(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** HTTPS with the self-signed test certificate of test/fixtures/replay (CN and SAN 127.0.0.1). */
  readonly tls?: boolean;
  readonly fixturesDir?: string;
}

interface ModeRule {
  readonly mode: FakeMode;
  readonly options: FaultOptions;
}

export async function startFakeProtocolServer(options: FakeServerOptions = {}): Promise<FakeProtocolServer> {
  const dir = options.fixturesDir ?? replayFixturesDir();
  const answers = loadProtocolAnswers(dir);
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  const timers = new Set<NodeJS.Timeout>();
  let globalRule: ModeRule = { mode: 'normal', options: {} };
  const prefixRules = new Map<string, ModeRule>();

  const ruleFor = (pathname: string): { rule: ModeRule; plainTarget?: string } => {
    const fault = /^(.*?)\/__fault\/([a-z0-9-]+)(\/.*)?$/.exec(pathname);
    if (fault !== null && (faultModes as readonly string[]).includes(fault[2] ?? '')) {
      const rest = `${fault[1] ?? ''}${fault[3] ?? '/'}`;
      return { rule: { mode: fault[2] as FaultMode, options: globalRule.options }, plainTarget: rest };
    }
    const prefix = [...prefixRules.keys()].filter((p) => pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    return { rule: prefix === undefined ? globalRule : (prefixRules.get(prefix) ?? globalRule) };
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, body: string): void => {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const at = target.pathname.indexOf('/api/v2/');
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      route: at < 0 ? target.pathname : target.pathname.slice(at),
      headers: req.headers,
      body,
    };
    requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) events.emit('client-closed', record);
    });
    events.emit('request', record);

    const answer = () => answerProtocol(answers, record.method, record.route, target.searchParams, body, res);
    const { rule, plainTarget } = ruleFor(target.pathname);
    if (rule.mode === 'normal') return answer();
    answerFault(rule.mode, {
      res,
      options: rule.options,
      plainTarget: (plainTarget ?? target.pathname) + target.search,
      answer,
      track: (timer) => timers.add(timer),
    });
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  };
  const server = options.tls
    ? https.createServer(
        { key: fs.readFileSync(path.join(dir, 'selfsigned-key.pem')), cert: fs.readFileSync(path.join(dir, 'selfsigned-cert.pem')) },
        listener,
      )
    : http.createServer(listener);
  // Errors of sockets the tests reset or drop on purpose are expected.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

  return {
    url: origin,
    origin,
    port,
    requests,
    events,
    setMode(mode, { pathPrefix, ...faultOptions } = {}) {
      const rule = { mode, options: faultOptions };
      if (pathPrefix !== undefined) prefixRules.set(pathPrefix, rule);
      else {
        prefixRules.clear();
        globalRule = rule;
      }
    },
    nextRequest: () => new Promise((resolve) => events.once('request', resolve)),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on 127.0.0.1 where nothing listens (a port allocated, then closed): connections are refused. */
export async function refusedUrl(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
