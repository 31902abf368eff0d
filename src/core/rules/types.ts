// The contract between the rule engine and the rules. A rule reads parsed values (plain arithmetic on
// the valid path) and reports through the context, which turns JSON paths into absolute spans lazily.
import type { Direction, LogEntry, ParsedLog, Problem, RelatedSpan, Span } from '../model';
import type { Exchange, SessionsModel } from '../sessions/model';
import type { RuleCode } from './codes';
import type { LogIndex } from './logIndex';

export type JsonPath = readonly (string | number)[];

/** Which token of a property to point at: its value, or its key. */
export type PathTarget = 'value' | 'key';

export interface RuleOptions {
  /** An answer logged later than this after its request is slow (`exchange.slow`). */
  readonly slowResponseMs?: number;
  /** How far a RECEIPT `timestamp` may be from the log time of the request (`receipt.timestamp`). */
  readonly timestampToleranceMs?: number;
}

export type ResolvedRuleOptions = Required<RuleOptions>;

export const defaultRuleOptions: ResolvedRuleOptions = {
  slowResponseMs: 5000,
  // The log has second precision (up to 1 s lost), and the service logs the request after the cloud
  // created the event (one or two seconds on the wire seen in the field). 5 s is clear of both and still
  // catches a replayed or re-stamped event; retries are measured from the first request.
  timestampToleranceMs: 5000,
};

export interface RuleContext {
  readonly parsed: ParsedLog;
  readonly sessions: SessionsModel;
  readonly options: ResolvedRuleOptions;
  /** Messages by type, bills by shop and id, exchanges by entry: built once per run, on first use. */
  readonly index: LogIndex;
  /** Reports a problem on the token at `path` in the entry's payload (the tree is built only now). */
  problemAt(entry: LogEntry, path: JsonPath, target: PathTarget, code: RuleCode, message: string, related?: readonly RelatedSpan[]): void;
  /** Reports a problem on a span of the entry's row (its event cell, its time cell). */
  problemOn(entry: LogEntry, span: Span, code: RuleCode, message: string, related?: readonly RelatedSpan[]): void;
  /** The absolute span of the token at `path` in the entry's payload, for `related`. */
  spanAt(entry: LogEntry, path: JsonPath, target: PathTarget): Span;
}

/** A rule over the whole log: reports through the context, or returns its problems (both are kept). */
export type Rule = (context: RuleContext) => void | readonly Problem[];

/**
 * How a rule sees the log. Message and exchange rules are called from one shared pass (a 90 MB log is
 * walked once, not once per rule), with a parsed payload that is present but of any shape.
 */
export type RuleDefinition = MessageRule | ExchangeRule | LogRule;

interface RuleBase {
  /** The file the rule lives in, e.g. `billSum`: for error reports and tests. */
  readonly name: string;
}

/** Checks each message of one type and direction that has a JSON payload. */
export interface MessageRule extends RuleBase {
  readonly kind: 'message';
  readonly type: string;
  readonly direction: Direction;
  check(entry: LogEntry, payload: unknown, context: RuleContext): void;
}

/** Checks each exchange (request and response paired by the sessions model). */
export interface ExchangeRule extends RuleBase {
  readonly kind: 'exchange';
  check(exchange: Exchange, context: RuleContext): void;
}

export interface LogRule extends RuleBase {
  readonly kind: 'log';
  readonly run: Rule;
  /**
   * `row-times`: the rule reads only the file order and each row's time cell (text, time, span), so
   * after an edit that leaves those as they were its problems are kept (moved) instead of recomputed.
   */
  readonly reads?: 'row-times';
}
