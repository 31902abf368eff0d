// The request a replay sends, and the endpoint it is sent to. Plain data, no I/O.

/** A configured service a logged request may be replayed against. */
export interface Endpoint {
  /** Shown to the user and used to name variables in exports. */
  readonly name: string;
  /** `http(s)://host[:port][/path-prefix]`; a trailing slash is ignored. */
  readonly baseUrl: string;
  /** Extra request headers; values may hold `${secret:NAME}` placeholders (see `secrets.ts`). */
  readonly headers?: Readonly<Record<string, string>>;
}

export type ReplayMethod = 'GET' | 'POST';

export interface ReplayRequest {
  readonly method: ReplayMethod;
  /** `baseUrl + target`. */
  readonly url: string;
  /** Header values still hold `${secret:NAME}` placeholders: resolve them just before sending. */
  readonly headers: Readonly<Record<string, string>>;
  /** `JSON.stringify(body)` of the logged body; absent for GET. */
  readonly body?: string;
  /** The logged message type, e.g. `BILL`. */
  readonly type: string;
  /** True for anything but GET (a RECEIPT replay posts the event again). */
  readonly stateChanging: boolean;
  /** The endpoint's name. */
  readonly endpoint: string;
  /** The endpoint's base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Path and query string relative to `baseUrl`, starting with `/`. */
  readonly target: string;
}

export type BuildErrorCode =
  /** The payload is not `{get: {q, ...}, body, ...}`. */
  | 'replay.not-request'
  /** `get.q` is not an absolute path. */
  | 'replay.bad-path'
  /** A `get` parameter is neither a string, a number nor a boolean. */
  | 'replay.bad-param'
  /** The endpoint's base URL is not an http(s) URL without query, fragment or credentials. */
  | 'replay.bad-endpoint'
  /** An endpoint header has an invalid name or a line break in its value. */
  | 'replay.bad-header';

export interface BuildError {
  readonly ok: false;
  readonly code: BuildErrorCode;
  readonly message: string;
}

export type BuildResult = { readonly ok: true; readonly request: ReplayRequest } | BuildError;
