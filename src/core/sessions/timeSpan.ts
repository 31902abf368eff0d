import type { LogEntry } from '../model';
import type { Session } from './model';

type LogTime = LogEntry['time'];

/** The earliest and latest readable log times of a session's rows (for labels like `19:06:36–19:07:40`). */
export function sessionTimeSpan(session: Session, entries: readonly LogEntry[]): { first?: LogTime; last?: LogTime } {
  let first: LogTime | undefined;
  let last: LogTime | undefined;
  for (const exchange of session.exchanges) {
    for (const index of [exchange.request, exchange.response]) {
      if (index === undefined) continue;
      const time = entries[index]!.time;
      if (!Number.isFinite(time.epochMs)) continue;
      if (!first || time.epochMs < first.epochMs) first = time;
      if (!last || time.epochMs > last.epochMs) last = time;
    }
  }
  return { first, last };
}
