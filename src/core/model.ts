// The parsed form of an exchange log. Everything here is plain data with UTF-16 offsets into the
// document text; positions (line/character) are computed only at the edges (server, CLI).
import type { Node as JsonNode } from 'jsonc-parser';

/** Half-open range [start, end) of UTF-16 offsets into the document. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

/** A finding about the log. `code` never changes once released (settings and docs refer to it). */
export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Index of the entry (file order) the problem belongs to, when it belongs to one. */
  readonly entry?: number;
  readonly related?: readonly RelatedSpan[];
}

export type Direction = 'request' | 'response';

/** How the rows were written: the exported table, tab-separated cells, or a page copied as text. */
export type LogForm = 'table' | 'tsv' | 'text';

export interface TextCell {
  readonly text: string;
  readonly span: Span;
}

/**
 * The JSON of one payload. Shared (not copied) when an edit elsewhere shifts the entry, so caches keyed
 * on it (validation results, the offset tree) survive edits. Offsets inside are relative to the
 * payload's `jsonOffset`.
 */
export interface JsonText {
  /** The JSON text itself (without a BOM or a notice that preceded it). */
  readonly text: string;
  /** `JSON.parse(text)`. */
  readonly value: unknown;
}

export type PayloadStatus =
  /** The cell holds JSON (possibly after a BOM or a notice, reported as a problem). */
  | 'json'
  /** The cell is empty: in this export that does not prove an empty body. */
  | 'empty'
  /** The cell holds text that is not JSON (HTML page, truncated JSON...); a problem says why. */
  | 'invalid';

export interface Payload {
  /** The cell content, trimmed; zero-length at the cell's position when empty. */
  readonly span: Span;
  readonly status: PayloadStatus;
  /** Absolute offset where `json.text` starts in the document. */
  readonly jsonOffset: number;
  readonly json?: JsonText;
}

export interface LogEntry {
  /** Position in the file (0 = first row of the file, whatever the chronological order). */
  readonly index: number;
  /** The whole row, from its first character to the end of its last cell. */
  readonly span: Span;
  readonly time: TextCell & {
    /** UTC epoch milliseconds of the Moscow (UTC+3) log time; NaN when unreadable. */
    readonly epochMs: number;
  };
  readonly shop: TextCell;
  /** The whole event cell, e.g. `Запрос (BILL)`. */
  readonly event: TextCell;
  readonly direction: Direction;
  /** The message type in upper case, e.g. `BILL`; the span covers it inside the event cell. */
  readonly type: TextCell;
  readonly payload: Payload;
}

export type RowOrder = 'newest-first' | 'oldest-first' | 'unknown';

export interface ParsedLog {
  readonly form: LogForm;
  readonly order: RowOrder;
  readonly entries: readonly LogEntry[];
  /** Problems found while reading rows and payloads (not schema or rule problems). */
  readonly problems: readonly Problem[];
}

export type { JsonNode };

export function spanOf(start: number, end: number): Span {
  return { start, end };
}

export function shiftSpan(span: Span, delta: number): Span {
  return delta === 0 ? span : { start: span.start + delta, end: span.end + delta };
}
