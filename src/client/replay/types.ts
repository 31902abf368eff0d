// What one replay produced, as kept for the window's life and shown in documents and the Sessions tree.
// Every text here is already redacted: secret values never reach a record.
import type { Problem } from '../../core/model';
import type { JsonDiff } from '../../core/replay/compare';
import type { ReplayMethod } from '../../core/replay/request';

export type ReplayFailureKind =
  /** Transport failures (src/node/transportTypes.ts). */
  | 'refused' | 'timeout' | 'connect-timeout' | 'reset' | 'tls' | 'dns' | 'aborted' | 'too-large' | 'redirect-blocked' | 'not-allowed' | 'other'
  /** The answer came, but its body is not JSON. */
  | 'not-json'
  /** Nothing was sent: */
  | 'untrusted' | 'no-log' | 'no-exchange' | 'no-request' | 'no-endpoint' | 'build' | 'missing-secret' | 'declined' | 'cancelled';

export interface ReplayFailureInfo {
  readonly kind: ReplayFailureKind;
  readonly message: string;
}

export interface SentRequest {
  readonly method: ReplayMethod;
  readonly url: string;
  /** Secret values replaced by `***`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface ReceivedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  readonly bodyJson?: unknown;
  readonly jsonError?: string;
  readonly redirects: readonly string[];
}

export interface ReplayRecord {
  /** `1`, `2`... in the order of the window's replays. */
  readonly id: string;
  readonly uri: string;
  readonly exchangeId: string;
  readonly sessionId: string;
  readonly shop: string;
  readonly type: string;
  /** The logged request's time as written in the log. */
  readonly loggedAt: string;
  readonly startedAt: Date;
  readonly endpoint: string;
  readonly request: SentRequest;
  readonly response?: ReceivedResponse;
  readonly durationMs: number;
  readonly failure?: ReplayFailureInfo;
  /** The logged response: its value, or why there is none to compare with. */
  readonly logged: { readonly status: 'json' | 'empty' | 'invalid' | 'missing'; readonly value?: unknown };
  readonly differences?: JsonDiff;
  /** How the answer compares with the logged one: `no differences (1 ignored)`, `not compared: ...`. */
  readonly comparison: string;
  /** One line: `200 OK · 12 ms · no differences (1 ignored)`. */
  readonly summary: string;
  /** Schema problems of the replayed body, spans relative to `prettyBody`. */
  readonly problems: readonly Problem[];
  /** The replayed body pretty-printed as received (wire key order), when it is JSON. */
  readonly prettyBody?: string;
}

/** Arguments of `exchangeLog.replay.request` (and of the other replay commands where they apply). */
export interface ReplayArgs {
  /** The log (a URI or its string); default: the active editor's. */
  readonly uri?: string | { toString(): string };
  /** 0-based line of a request or response row; default: the cursor's, when invoked from the editor. */
  readonly line?: number;
  readonly exchangeId?: string;
  /** Endpoint name; default: the active endpoint (when it serves the shop) or the only one serving it. */
  readonly endpoint?: string;
  /** The caller already confirmed: skips the question for endpoints on this machine only (see consent.ts). */
  readonly confirm?: boolean;
  /** false: no documents, no notification (automation); default true. */
  readonly show?: boolean;
}

/** What `exchangeLog.replay.request` returns. */
export interface ReplayCommandResult {
  readonly ok: boolean;
  readonly status?: number;
  readonly durationMs?: number;
  readonly body?: unknown;
  readonly bodyText?: string;
  readonly differences?: JsonDiff;
  readonly summary: string;
  readonly failure?: ReplayFailureInfo;
  readonly replayId?: string;
  readonly resultUri?: string;
  readonly request?: SentRequest & { readonly endpoint: string };
}
