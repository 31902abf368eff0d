// The client↔server contract: custom requests and notifications, and the view model they carry.
// Plain types only (no vscode, no language-server packages), so both sides and tests share them.
import type { Exchange, Session } from '../core/sessions/model';
import type { Severity } from '../core/model';

export const languageId = 'exchange-log';
export const diagnosticSource = 'exchange-log';

export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface ProblemCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
}

export interface EntryView {
  readonly index: number;
  /** The row, from its first character to the end of its last cell. */
  readonly range: Range;
  /** The event cell (`Запрос (BILL)`), where the editor selection goes on reveal. */
  readonly eventRange: Range;
  readonly timeText: string;
  readonly direction: 'request' | 'response';
  readonly payloadStatus: 'json' | 'empty' | 'invalid';
  readonly problems: ProblemCounts;
}

export interface ExchangeView extends Omit<Exchange, 'request' | 'response'> {
  readonly request?: EntryView;
  readonly response?: EntryView;
  readonly problems: ProblemCounts;
  readonly worst?: Severity;
}

export interface SessionSummary extends Omit<Session, 'exchanges'> {
  readonly startText: string;
  readonly endText: string;
  readonly exchangeCount: number;
  readonly problems: ProblemCounts;
  readonly worst?: Severity;
}

export interface ShopSummary {
  readonly id: string;
  readonly systemName?: string;
  readonly protocol?: string;
  readonly exchangeCount: number;
  readonly sessions: readonly SessionSummary[];
  readonly problems: ProblemCounts;
  readonly worst?: Severity;
}

export interface LogSummary {
  readonly uri: string;
  readonly version: number;
  readonly form: 'table' | 'tsv' | 'text';
  readonly order: 'newest-first' | 'oldest-first' | 'unknown';
  readonly entryCount: number;
  readonly sessionCount: number;
  readonly exchangeCount: number;
  readonly problems: ProblemCounts;
  readonly shops: readonly ShopSummary[];
}

export interface UriParams {
  readonly uri: string;
}

export namespace SummaryRequest {
  export const method = 'exchangeLog/summary';
  export type Params = UriParams;
  export type Result = LogSummary | null;
}

export namespace SessionExchangesRequest {
  export const method = 'exchangeLog/sessionExchanges';
  export interface Params extends UriParams {
    readonly sessionId: string;
  }
  export type Result = readonly ExchangeView[] | null;
}

export interface Location {
  readonly shopId: string;
  readonly sessionId: string;
  readonly exchangeId: string;
  readonly part: 'request' | 'response';
}

export namespace LocateRequest {
  export const method = 'exchangeLog/locate';
  export interface Params extends UriParams {
    readonly position: Position;
  }
  export type Result = Location | null;
}

export interface LoggedMessage {
  readonly entry: EntryView;
  readonly shop: string;
  readonly type: string;
  /** The parsed payload, when it is JSON. */
  readonly value?: unknown;
  readonly payloadText: string;
}

export interface ExchangeDetail {
  readonly exchange: ExchangeView;
  readonly sessionId: string;
  readonly request?: LoggedMessage;
  readonly response?: LoggedMessage;
}

export namespace ExchangeDetailRequest {
  export const method = 'exchangeLog/exchangeDetail';
  export interface Params extends UriParams {
    /** Exchange id, or a position whose exchange is wanted. */
    readonly exchangeId?: string;
    readonly position?: Position;
  }
  export type Result = ExchangeDetail | null;
}

/** Server → client: the model of a document changed (new version analysed). */
export namespace ModelChangedNotification {
  export const method = 'exchangeLog/modelChanged';
  export interface Params extends UriParams {
    readonly version: number;
  }
}

/** Client → server: schema files changed or the user asked to reload them. */
export namespace ReloadSchemasNotification {
  export const method = 'exchangeLog/reloadSchemas';
}
