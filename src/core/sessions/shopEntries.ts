import type { LogEntry, ParsedLog } from '../model';
import type { SessionsModel } from './model';

/** Each shop's entries in chronological order, aligned with `sessions.shops`. */
export function shopEntries(parsed: ParsedLog, sessions: SessionsModel): LogEntry[][] {
  const byShop = new Map<string, LogEntry[]>();
  for (const shop of sessions.shops) byShop.set(shop.id, []);
  const all = parsed.entries;
  for (const index of sessions.chronological) {
    const entry = all[index]!;
    byShop.get(entry.shop.text)?.push(entry);
  }
  return sessions.shops.map((shop) => byShop.get(shop.id)!);
}
