import type { LogEntry, ParsedLog } from '../model';

/**
 * Entry indexes oldest first. Rows of the same second keep their relative file order reversed for a
 * newest-first log (the export writes them newest first too). An unreadable time takes the time of
 * the row before it, so it stays where the file put it.
 */
export function chronologicalOrder(parsed: ParsedLog): number[] {
  const fileOrder = parsed.entries.map((entry) => entry.index);
  const base = parsed.order === 'newest-first' ? fileOrder.reverse() : fileOrder;
  const times = effectiveTimes(base.map((index) => parsed.entries[index]!));
  const positions = base.map((_, position) => position);
  positions.sort((a, b) => times[a]! - times[b]! || a - b);
  return positions.map((position) => base[position]!);
}

function effectiveTimes(entries: readonly LogEntry[]): number[] {
  let last = 0;
  return entries.map((entry) => {
    if (Number.isFinite(entry.time.epochMs)) last = entry.time.epochMs;
    return last;
  });
}

/** The time used for ordering and latency: the log time, or NaN when unreadable. */
export function entryTime(entry: LogEntry): number {
  return entry.time.epochMs;
}
