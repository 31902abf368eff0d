// Reads an exchange log (any of its three forms) into entries and problems. Never throws.
import type { ParsedLog } from '../model';
import type { CancellationLike } from './cancellation';
import { findFirstRow } from './firstRow';
import { countVotes, orderOf, rememberVotes } from './order';
import { scanRows } from './scanRows';

export interface ParseOptions {
  /** Checked every few thousand lines; when set, the entries read so far are returned. */
  readonly cancel?: CancellationLike;
}

const partialResults = new WeakSet<ParsedLog>();

export function parseLog(text: string, options: ParseOptions = {}): ParsedLog {
  const first = findFirstRow(text, text.length, options.cancel);
  if (!first) {
    const empty: ParsedLog = { form: 'table', order: 'unknown', entries: [], problems: [] };
    if (options.cancel?.isCancellationRequested) partialResults.add(empty);
    return empty;
  }
  const scan = scanRows(text, first.reader, first.start, { firstIndex: 0, cancel: options.cancel });
  const votes = countVotes(scan.entries, 1, scan.entries.length);
  const parsed: ParsedLog = {
    form: first.reader.form,
    order: orderOf(votes),
    entries: scan.entries,
    problems: scan.problems,
  };
  if (scan.cancelled) partialResults.add(parsed);
  return rememberVotes(parsed, votes);
}

/** Whether the parse was cancelled before the end of the text (such a result cannot be updated). */
export function isPartialParse(parsed: ParsedLog): boolean {
  return partialResults.has(parsed);
}
