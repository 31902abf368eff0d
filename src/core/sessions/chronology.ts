import type { LogEntry, ParsedLog } from '../model';

/**
 * Entry indexes oldest first. Rows of the same second keep their relative file order reversed for a
 * newest-first log (the export writes them newest first too). An unreadable time takes the time of
 * the row before it, so it stays where the file put it.
 */
export function chronologicalOrder(parsed: ParsedLog): number[] {
  const entries = parsed.entries;
  const count = entries.length;
  // When the times cannot tell (one row, or all in one second), the export's own order is assumed: newest first.
  const reversed = parsed.order !== 'oldest-first';
  // Position p in reading order (file order, reversed for a newest-first log) is entry base(p).
  const base = (position: number): number => (reversed ? count - 1 - position : position);
  const times = new Float64Array(count);
  let last = 0;
  let sorted = true;
  for (let p = 0; p < count; p++) {
    const ms = entries[base(p)]!.time.epochMs;
    if (Number.isFinite(ms)) last = ms;
    times[p] = last;
    if (p > 0 && last < times[p - 1]!) sorted = false;
  }
  const order = new Array<number>(count);
  if (sorted) {
    // The usual case: the rows are in time order already (ties keep reading order, as the sort would).
    for (let p = 0; p < count; p++) order[p] = base(p);
    return order;
  }
  const positions = new Array<number>(count);
  for (let p = 0; p < count; p++) positions[p] = p;
  positions.sort((a, b) => times[a]! - times[b]! || a - b);
  for (let p = 0; p < count; p++) order[p] = base(positions[p]!);
  return order;
}


/** Earliest and latest readable log times (NaN when none). */
export interface TimeBounds {
  readonly firstMs: number;
  readonly lastMs: number;
}

export function timeBounds(entries: readonly LogEntry[]): TimeBounds {
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < entries.length; i++) {
    const ms = entries[i]!.time.epochMs;
    if (ms < firstMs) firstMs = ms;
    if (ms > lastMs) lastMs = ms;
  }
  return Number.isFinite(firstMs) ? { firstMs, lastMs } : { firstMs: Number.NaN, lastMs: Number.NaN };
}

const boundsOfParses = new WeakMap<ParsedLog, TimeBounds>();

/**
 * The time bounds of a parse, computed once per parse. An analysis after an edit that kept every time
 * hands the previous bounds on with `rememberTimeBounds`, so no check reads every entry for them (an
 * entry moved by the edit would then be made in full; see parse/movedEntry.ts).
 */
export function parseTimeBounds(parsed: ParsedLog): TimeBounds {
  let bounds = boundsOfParses.get(parsed);
  if (!bounds) boundsOfParses.set(parsed, (bounds = timeBounds(parsed.entries)));
  return bounds;
}

export function rememberTimeBounds(parsed: ParsedLog, bounds: TimeBounds): void {
  boundsOfParses.set(parsed, bounds);
}
