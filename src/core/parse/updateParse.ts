// Reparses only the rows an edit touched. Every row is read from its own text alone (it ends where the
// next row starts), so the rows before the edit stay as they were and the rows after it only move.
// The result equals `parseLog(text)`; whenever that cannot be guaranteed cheaply, it is `parseLog(text)`.
//
// Only the edited rows' text is read: a window from the row before the edit to the first unchanged
// row start after it, taken from the source. So an edit of a 50 MB document held in pieces (see
// chunkedText.ts) never turns it into one string.
import type { LogEntry, ParsedLog } from '../model';
import type { TextSource } from '../text/textSource';
import { editedRegion, type ContentChange, type EditedRegion } from './editRegion';
import { convincingReaderAt, readerOf } from './firstRow';
import { addVotes, countVotes, orderOf, rememberVotes, votesOf } from './order';
import { MovedEntry } from './movedEntry';
import { isPartialParse, parseLog } from './parseLog';
import { scanRows } from './scanRows';
import { shiftEntry, shiftProblem } from './shiftEntries';

export function updateParse(
  previous: ParsedLog,
  previousText: TextSource,
  text: TextSource,
  changes: readonly ContentChange[],
): ParsedLog {
  if (changes.length === 0) return text === previousText ? previous : parseLog(text.toString());
  const edit = editedRegion(previousText.length, text.length, changes);
  if (!edit || isPartialParse(previous)) return parseLog(text.toString());
  return reparseEditedRows(previous, text, edit) ?? parseLog(text.toString());
}

/** The text the edited rows are read from, and where it starts in the document. */
interface Window {
  readonly text: string;
  readonly start: number;
  /** The old entry that starts where the window ends (moved by the edit), or -1 at the end of the text. */
  readonly next: number;
}

function reparseEditedRows(previous: ParsedLog, source: TextSource, edit: EditedRegion): ParsedLog | undefined {
  const old = previous.entries;
  const row = lastEntryStartingBefore(old, edit.start);
  if (row < 0) return undefined;
  const window = windowOf(old, source, edit, row);
  const first = firstRowToRescan(previous, window, row);
  if (first < 0) return undefined;
  const rescanStart = old[first]!.span.start;

  let resumeAt = -1;
  const scan = scanRows(window.text, readerOf(previous.form), rescanStart - window.start, {
    firstIndex: first,
    ownStrings: true,
    stopBefore: (rowStart) => {
      const oldStart = rowStart + window.start - edit.delta;
      resumeAt = oldStart >= edit.oldEnd ? entryStartingAt(old, oldStart, first + 1) : -1;
      return resumeAt >= 0;
    },
  });
  // Reaching the window's end is reaching the next unchanged row.
  if (scan.end === window.text.length) resumeAt = window.next;
  const scanned = scan.entries.map((e) => shiftEntry(e, window.start, e.index));
  const scannedProblems = scan.problems.map((p) => shiftProblem(p, window.start, 0));

  const indexDelta = first + scanned.length - resumeAt;
  const entries = old.slice(0, first);
  for (const entry of scanned) entries.push(entry);
  if (resumeAt >= 0) for (let i = resumeAt; i < old.length; i++) entries.push(MovedEntry.of(old[i]!, edit.delta, i + indexDelta));
  const resumeOffset = resumeAt < 0 ? Infinity : old[resumeAt]!.span.start;
  const problems = previous.problems
    .filter((p) => p.span.start < rescanStart)
    .concat(
      scannedProblems,
      previous.problems.filter((p) => p.span.start >= resumeOffset).map((p) => shiftProblem(p, edit.delta, indexDelta)),
    );
  // The order votes of the pairs that involve a replaced entry, before and after.
  const oldPairsEnd = resumeAt < 0 ? old.length : resumeAt + 1;
  const newPairsEnd = resumeAt < 0 ? entries.length : resumeAt + indexDelta + 1;
  const votes = addVotes(
    addVotes(votesOf(previous), countVotes(old, first, oldPairsEnd), -1),
    countVotes(entries, first, newPairsEnd),
  );
  return rememberVotes({ form: previous.form, order: orderOf(votes), entries, problems }, votes);
}

/**
 * From the start of the row above the last one starting before the edit, to the first row start after
 * the edit (whose row, and every one after it, the edit left as it was), or the end of the text.
 */
function windowOf(old: readonly LogEntry[], source: TextSource, edit: EditedRegion, row: number): Window {
  const start = old[Math.max(row - 1, 0)]!.span.start;
  // Strictly after the edit: the character before that row start (its line feed) is unchanged too.
  const next = firstEntryStartingAfter(old, edit.oldEnd, row + 1);
  const end = next < 0 ? source.length : old[next]!.span.start + edit.delta;
  return { text: source.slice(start, end), start, next };
}

/**
 * The entry whose row the edit may have changed first: `row`, the last one that starts before the edit
 * (an edit at a row's very start can join that line to the row above). -1 when only a full parse will do.
 */
function firstRowToRescan(previous: ParsedLog, window: Window, row: number): number {
  const old = previous.entries;
  const reader = readerOf(previous.form);
  // The first row decides the form: a full parse must still choose the same form there (an edit can
  // make a text-form row a convincing tab-separated one, which a full parse prefers).
  if (row === 0) return convincingReaderAt(window.text, old[0]!.span.start - window.start) === reader ? 0 : -1;
  // The edit may have broken this row's first line; the row above is then the one it joins.
  return reader.isRowStart(window.text, old[row]!.span.start - window.start) ? row : row - 1;
}

function firstEntryStartingAfter(entries: readonly LogEntry[], offset: number, from: number): number {
  const candidate = lastEntryStartingBefore(entries, offset + 1) + 1;
  return Math.max(candidate, from) < entries.length ? Math.max(candidate, from) : -1;
}

function lastEntryStartingBefore(entries: readonly LogEntry[], offset: number): number {
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.span.start < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function entryStartingAt(entries: readonly LogEntry[], offset: number, from: number): number {
  const candidate = lastEntryStartingBefore(entries, offset + 1);
  return candidate >= from && entries[candidate]!.span.start === offset ? candidate : -1;
}
