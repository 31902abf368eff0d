// Reparses only the rows an edit touched. Every row is read from its own text alone (it ends where the
// next row starts), so the rows before the edit stay as they were and the rows after it only move.
// The result equals `parseLog(text)`; whenever that cannot be guaranteed cheaply, it is `parseLog(text)`.
import type { LogEntry, ParsedLog } from '../model';
import { editedRegion, type ContentChange, type EditedRegion } from './editRegion';
import { isConvincingRow, readerOf } from './firstRow';
import { addVotes, countVotes, orderOf, rememberVotes, votesOf } from './order';
import { isPartialParse, parseLog } from './parseLog';
import { scanRows } from './scanRows';
import { shiftEntry, shiftProblem } from './shiftEntries';

export function updateParse(
  previous: ParsedLog,
  previousText: string,
  text: string,
  changes: readonly ContentChange[],
): ParsedLog {
  if (changes.length === 0) return text === previousText ? previous : parseLog(text);
  const edit = editedRegion(previousText.length, text.length, changes);
  if (!edit || isPartialParse(previous)) return parseLog(text);
  return reparseEditedRows(previous, text, edit) ?? parseLog(text);
}

function reparseEditedRows(previous: ParsedLog, text: string, edit: EditedRegion): ParsedLog | undefined {
  const old = previous.entries;
  const first = firstRowToRescan(previous, text, edit);
  if (first < 0) return undefined;
  const rescanStart = old[first]!.span.start;

  let resumeAt = -1;
  const scan = scanRows(text, readerOf(previous.form), rescanStart, {
    firstIndex: first,
    ownStrings: true,
    stopBefore: (rowStart) => {
      const oldStart = rowStart - edit.delta;
      resumeAt = oldStart >= edit.oldEnd ? entryStartingAt(old, oldStart, first + 1) : -1;
      return resumeAt >= 0;
    },
  });

  const indexDelta = first + scan.entries.length - resumeAt;
  const after = resumeAt < 0 ? [] : old.slice(resumeAt).map((e, i) => shiftEntry(e, edit.delta, resumeAt + indexDelta + i));
  const entries = old.slice(0, first).concat(scan.entries, after);
  const resumeOffset = resumeAt < 0 ? Infinity : old[resumeAt]!.span.start;
  const problems = previous.problems
    .filter((p) => p.span.start < rescanStart)
    .concat(
      scan.problems,
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
 * The entry whose row the edit may have changed first: the last one that starts before the edit (an
 * edit at a row's very start can join that line to the row above). -1 when only a full parse will do.
 */
function firstRowToRescan(previous: ParsedLog, text: string, edit: EditedRegion): number {
  const old = previous.entries;
  const row = lastEntryStartingBefore(old, edit.start);
  if (row < 0) return -1;
  const reader = readerOf(previous.form);
  // The first row decides the form: it must still be convincing where it was.
  if (row === 0) return isConvincingRow(text, reader, old[0]!.span.start) ? 0 : -1;
  // The edit may have broken this row's first line; the row above is then the one it joins.
  return reader.isRowStart(text, old[row]!.span.start) ? row : row - 1;
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
