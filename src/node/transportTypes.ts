// The contract of the one HTTP transport (`httpTransport.ts`). Types only, so any layer may import them.
import type * as http from 'node:http';

export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  /** Resolved values (secrets substituted). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface SendOptions {
  /** Aborting destroys the socket; the result is `aborted`. */
  readonly signal?: AbortSignal;
  /** From the start of each connection attempt (DNS included) to the TCP connection. */
  readonly connectTimeoutMs: number;
  /** From `send` to the last byte of the final response, across redirects. */
  readonly totalTimeoutMs: number;
  /** TLS certificate verification; only `false` turns it off. */
  readonly rejectUnauthorized: boolean;
  /** Default 10 MB. */
  readonly maxBodyBytes?: number;
  /** `fail` (default): a bigger body stops the read and fails `too-large`; `truncate`: keep the first bytes. */
  readonly onTooLarge?: 'fail' | 'truncate';
  /** How many redirects to follow; default 5, 0 returns the 3xx response itself. */
  readonly followRedirects?: number;
  /** Origins (`http://host:port`, a URL is reduced to its origin) that may be contacted at all. */
  readonly allowedOrigins: readonly string[];
  /** Headers whose value came from a secret: never sent to another origin after a redirect. */
  readonly sensitiveHeaders?: readonly string[];
  /** Own agent (proxy, custom CA...). Inside VS Code leave it unset: VS Code patches http/https for its proxy. */
  readonly agent?: http.Agent;
}

export interface ReplayResponse {
  readonly ok: true;
  readonly status: number;
  readonly statusText: string;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Record<string, string>;
  readonly bodyText: string;
  /** The parsed body; absent when the body is empty or not JSON. */
  readonly bodyJson?: unknown;
  /** Why the non-empty body is not JSON (an HTML error page...). */
  readonly jsonError?: string;
  readonly durationMs: number;
  /** Only with `onTooLarge: 'truncate'`: the body was cut at `maxBodyBytes`. */
  readonly truncated: boolean;
  /** The absolute URLs redirected to, in order. */
  readonly redirects: string[];
}

export type FailureKind =
  | 'refused'
  | 'timeout'
  | 'connect-timeout'
  | 'reset'
  | 'tls'
  | 'dns'
  | 'aborted'
  | 'too-large'
  | 'redirect-blocked'
  /** The request's own URL is not in `allowedOrigins` (or not http/https): nothing was contacted. */
  | 'not-allowed'
  | 'other';

export interface ReplayFailure {
  readonly ok: false;
  readonly kind: FailureKind;
  /** Plain words for the user, naming the origin (never the query string or a header). */
  readonly message: string;
  readonly durationMs: number;
  /** The Node error code when there was one (ECONNREFUSED...), for logs. */
  readonly code?: string;
  /** The absolute URLs redirected to before the failure. */
  readonly redirects: string[];
}

export type SendResult = ReplayResponse | ReplayFailure;

export const defaultMaxBodyBytes = 10 * 1024 * 1024;
export const defaultFollowRedirects = 5;
