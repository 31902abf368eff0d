// The conversation view of a log: shops → sessions → exchanges (a request and its response).
// Plain data (no functions) so it can cross the client↔server boundary and be printed as JSON.

export type ExchangeState =
  /** Request and response both present. */
  | 'answered'
  /** A request no response was paired with. */
  | 'unanswered'
  /** A response no earlier request of its type and shop was waiting for. */
  | 'orphan';

export interface Exchange {
  /** Stable across edits that do not touch the exchange: shop, request (or response) time, type, ordinal. */
  readonly id: string;
  readonly shop: string;
  readonly type: string;
  readonly state: ExchangeState;
  /** Entry index (file order) of the request / response. */
  readonly request?: number;
  readonly response?: number;
  /** Epoch ms of the first message of the exchange. */
  readonly startMs: number;
  /** Response time minus request time, when both are present. Second precision in the log. */
  readonly latencyMs?: number;
  /** Id of the earlier exchange this request repeats (same type, shop and payload; RECEIPT: same body.id). */
  readonly retryOf?: string;
  /** Time since the request it repeats. */
  readonly retryAfterMs?: number;
  /** Short key facts for display: bill number, amount, customer, number of bills. */
  readonly facts: ExchangeFacts;
}

export interface ExchangeFacts {
  readonly billId?: string;
  readonly billNumber?: string;
  /** Amount in roubles as logged (bill summ or receipt totalAmount). */
  readonly amount?: number;
  readonly customer?: string;
  /** LIST answer: number of bills. */
  readonly billCount?: number;
  /** LIST request: the search parameter, e.g. `date=today`. */
  readonly query?: string;
  /** HELLO answer. */
  readonly system?: string;
  readonly protocol?: string;
  /** RECEIPT: the webhook event id (body.id). */
  readonly eventId?: string;
}

export interface Session {
  /** Stable: shop and start time. */
  readonly id: string;
  readonly shop: string;
  readonly startMs: number;
  readonly endMs: number;
  /** Why this session began. */
  readonly startedBy: 'hello' | 'gap' | 'start';
  /** Exchanges in chronological order. */
  readonly exchanges: readonly Exchange[];
}

export interface Shop {
  readonly id: string;
  /** `system` of the latest HELLO answer of the shop, when there is one. */
  readonly systemName?: string;
  readonly protocol?: string;
  readonly sessions: readonly Session[];
  readonly exchangeCount: number;
}

export interface SessionsModel {
  /** Shops in order of their first appearance in time. */
  readonly shops: readonly Shop[];
  /** Entry indexes in chronological order (oldest first). */
  readonly chronological: readonly number[];
}

export interface SessionOptions {
  /** Idle time that separates two sessions of one shop. */
  readonly idleGapMs: number;
}

export const defaultSessionOptions: SessionOptions = { idleGapMs: 30 * 60 * 1000 };
