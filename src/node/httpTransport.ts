// THE HTTP transport of replays, shared by the extension and the CLI. Node `http`/`https` only: inside
// VS Code these modules are patched to honour its proxy settings, so no proxy code is needed here.
// `send` never rejects; every way a request can go wrong is a `ReplayFailure` with a kind.
import * as http from 'node:http';
import * as https from 'node:https';
import { type FailureInfo, classifyNodeError, failureMessages } from './httpFailure';
import { type Hop, isRedirect, nextHop, originOf } from './redirectPolicy';
import { decodeBody, flattenHeaders, parseJsonBody } from './responseBody';
import {
  type ReplayFailure,
  type ReplayResponse,
  type SendOptions,
  type SendResult,
  type TransportRequest,
  defaultFollowRedirects,
  defaultMaxBodyBytes,
} from './transportTypes';

export type * from './transportTypes';

type Head = Omit<ReplayResponse, 'durationMs' | 'redirects'>;
type Outcome =
  | { readonly type: 'response'; readonly response: Head }
  | { readonly type: 'redirect'; readonly status: number; readonly location: string }
  | ({ readonly type: 'failed' } & FailureInfo);
/** Why the whole send was stopped from outside an exchange. */
type StopReason = 'timeout' | 'aborted';

export async function send(request: TransportRequest, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const redirects: string[] = [];
  const elapsed = () => Math.round(performance.now() - started);
  const failure = ({ kind, message, code }: FailureInfo): ReplayFailure => ({
    ok: false,
    kind,
    message,
    ...(code === undefined ? {} : { code }),
    durationMs: elapsed(),
    redirects,
  });

  const allowed = new Set(options.allowedOrigins.map(originOf).filter((o): o is string => o !== undefined));
  let hop: Hop;
  try {
    hop = { url: new URL(request.url), method: request.method, headers: { ...request.headers }, ...bodyOf(request) };
  } catch {
    return failure({ kind: 'other', message: `"${request.url}" is not a valid URL: the request was not sent.` });
  }
  if (!allowed.has(hop.url.origin)) return failure({ kind: 'not-allowed', message: failureMessages.notAllowed(hop.url.origin) });
  if (options.signal?.aborted) return failure({ kind: 'aborted', message: failureMessages.aborted(hop.url.origin) });

  const stop = new AbortController();
  const onAbort = () => stop.abort('aborted' satisfies StopReason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const totalTimer = setTimeout(() => stop.abort('timeout' satisfies StopReason), timerDelay(options.totalTimeoutMs));
  const maxRedirects = options.followRedirects ?? defaultFollowRedirects;
  try {
    for (;;) {
      const outcome = await exchange(hop, options, stop.signal, maxRedirects > 0);
      if (outcome.type === 'failed') return failure(outcome);
      if (outcome.type === 'response') return { ...outcome.response, durationMs: elapsed(), redirects };
      const next = nextHop(hop, outcome.status, outcome.location, allowed, options.sensitiveHeaders ?? []);
      if (!('url' in next)) return failure(next);
      if (redirects.length >= maxRedirects) {
        return failure({ kind: 'redirect-blocked', message: failureMessages.tooManyRedirects(hop.url.origin, maxRedirects, next.url.href) });
      }
      redirects.push(next.url.href);
      hop = next;
    }
  } finally {
    clearTimeout(totalTimer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Node turns a delay above 2^31-1 ms (or Infinity) into 1 ms: clamp instead. */
function timerDelay(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 2_147_483_647) : 2_147_483_647;
}

function bodyOf(request: TransportRequest): { body?: string } {
  return request.body === undefined ? {} : { body: request.body };
}

/** One request and its answer. Resolves once; whatever ends it first (error, timer, stop) wins. */
function exchange(hop: Hop, options: SendOptions, stop: AbortSignal, followRedirects: boolean): Promise<Outcome> {
  const origin = hop.url.origin;
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const headers: Record<string, string> = { ...hop.headers };
    if (hop.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(hop.body));
    const requestOptions: https.RequestOptions = { method: hop.method, headers };
    if (options.agent !== undefined) requestOptions.agent = options.agent;
    if (hop.url.protocol === 'https:') requestOptions.rejectUnauthorized = options.rejectUnauthorized;
    let req: http.ClientRequest;
    try {
      req = (hop.url.protocol === 'https:' ? https : http).request(hop.url, requestOptions);
    } catch (error) {
      // Invalid header characters, an agent of the wrong protocol...: thrown before anything is sent.
      return resolve({ type: 'failed', ...classifyNodeError(error, origin) });
    }
    req.on('error', (error) => fail(classifyNodeError(error, origin)));

    const finish = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      stop.removeEventListener('abort', onStop);
      resolve(outcome);
    };
    // Settle first, then destroy: the errors destroying causes are then ignored.
    const fail = (info: FailureInfo): void => {
      finish({ type: 'failed', ...info });
      req.destroy();
    };
    const onStop = (): void => {
      const reason = stop.reason as StopReason;
      fail(reason === 'timeout'
        ? { kind: 'timeout', message: failureMessages.timeout(origin, options.totalTimeoutMs) }
        : { kind: 'aborted', message: failureMessages.aborted(origin) });
    };
    if (stop.aborted) return onStop();
    stop.addEventListener('abort', onStop, { once: true });

    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () => fail({ kind: 'connect-timeout', message: failureMessages.connectTimeout(origin, options.connectTimeoutMs) }),
        timerDelay(options.connectTimeoutMs),
      );
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (res) => {
      res.on('error', (error) => fail(classifyNodeError(error, origin)));
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (followRedirects && isRedirect(status, location)) {
        finish({ type: 'redirect', status, location });
        req.destroy();
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBodyBytes && options.onTooLarge !== 'truncate') {
        return fail({ kind: 'too-large', message: failureMessages.tooLarge(origin, maxBodyBytes, declared, true) });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const complete = (truncated: boolean): void => {
        const contentType = res.headers['content-type'];
        const bodyText = decodeBody(Buffer.concat(chunks), contentType);
        const parsed = truncated
          ? { jsonError: `The body was cut at ${maxBodyBytes} bytes, so it was not parsed.` }
          : parseJsonBody(bodyText, contentType);
        const response: Head = {
          ok: true,
          status,
          statusText: res.statusMessage ?? '',
          headers: flattenHeaders(res.headers),
          bodyText,
          ...parsed,
          truncated,
        };
        finish({ type: 'response', response });
      };
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size <= maxBodyBytes) {
          chunks.push(chunk);
        } else if (options.onTooLarge === 'truncate') {
          chunks.push(chunk.subarray(0, chunk.length - (size - maxBodyBytes)));
          complete(true);
          req.destroy();
        } else {
          fail({ kind: 'too-large', message: failureMessages.tooLarge(origin, maxBodyBytes, size, false) });
        }
      });
      res.on('end', () => complete(false));
      res.on('close', () => {
        if (!res.complete) fail({ kind: 'reset', message: failureMessages.cutShort(origin) });
      });
    });
    req.end(hop.body);
  });
}
