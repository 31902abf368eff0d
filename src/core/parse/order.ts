// Newest-first or oldest-first, by what most consecutive pairs of rows say. Equal or unreadable times
// say nothing. The vote counts are kept per result so an incremental reparse recounts only what changed.
import type { LogEntry, ParsedLog, RowOrder } from '../model';

export interface OrderVotes {
  /** Pairs where the next row is older / newer. */
  readonly olderNext: number;
  readonly newerNext: number;
}

const votesOfResult = new WeakMap<ParsedLog, OrderVotes>();

export function detectOrder(entries: readonly LogEntry[]): RowOrder {
  return orderOf(countVotes(entries, 1, entries.length));
}

export function orderOf(votes: OrderVotes): RowOrder {
  if (votes.olderNext > votes.newerNext) return 'newest-first';
  return votes.newerNext > votes.olderNext ? 'oldest-first' : 'unknown';
}

/** The votes of the pairs (i - 1, i) for i in [from, to). */
export function countVotes(entries: readonly LogEntry[], from: number, to: number): OrderVotes {
  let olderNext = 0;
  let newerNext = 0;
  for (let i = Math.max(1, from); i < Math.min(to, entries.length); i++) {
    const previous = entries[i - 1]!.time.epochMs;
    const current = entries[i]!.time.epochMs;
    if (current < previous) olderNext++;
    else if (current > previous) newerNext++;
  }
  return { olderNext, newerNext };
}

export function addVotes(a: OrderVotes, b: OrderVotes, sign: 1 | -1 = 1): OrderVotes {
  return { olderNext: a.olderNext + sign * b.olderNext, newerNext: a.newerNext + sign * b.newerNext };
}

export function rememberVotes(parsed: ParsedLog, votes: OrderVotes): ParsedLog {
  votesOfResult.set(parsed, votes);
  return parsed;
}

export function votesOf(parsed: ParsedLog): OrderVotes {
  return votesOfResult.get(parsed) ?? countVotes(parsed.entries, 1, parsed.entries.length);
}
