import type { LogEntry, ParsedLog } from '../model';
import { chronologicalOrder } from './chronology';
import { exchangeFacts } from './facts';
import type { Exchange, ExchangeState, Session, SessionOptions, SessionsModel, Shop } from './model';
import { defaultSessionOptions } from './model';
import { isRetry, requestKey } from './requestKey';

/** Identical GET requests closer than this are retries even when the first one was answered. */
const retryWindowMs = 10_000;

interface ExchangeDraft {
  shop: string;
  type: string;
  request?: LogEntry;
  response?: LogEntry;
  startMs: number;
  retryOf?: ExchangeDraft;
  id: string;
}

interface SessionDraft {
  shop: string;
  startMs: number;
  endMs: number;
  startedBy: Session['startedBy'];
  exchanges: ExchangeDraft[];
}

/** Groups a parsed log into shops and sessions, and pairs each response with its request. */
export function buildSessions(parsed: ParsedLog, options: SessionOptions = defaultSessionOptions): SessionsModel {
  const chronological = chronologicalOrder(parsed);
  const entriesByShop = new Map<string, LogEntry[]>();
  for (const index of chronological) {
    const entry = parsed.entries[index]!;
    let list = entriesByShop.get(entry.shop.text);
    if (!list) entriesByShop.set(entry.shop.text, (list = []));
    list.push(entry);
  }
  const shops = [...entriesByShop].map(([shop, entries]) => buildShop(shop, entries, options));
  return { shops, chronological };
}

function buildShop(shop: string, entries: readonly LogEntry[], options: SessionOptions): Shop {
  const sessions: SessionDraft[] = [];
  const waiting = new Map<string, ExchangeDraft[]>();
  const byKey = new Map<string, ExchangeDraft>();
  const idCounts = new Map<string, number>();
  let lastMs = Number.NaN;

  for (const entry of entries) {
    const time = Number.isFinite(entry.time.epochMs) ? entry.time.epochMs : lastMs;
    const current = sessions[sessions.length - 1];
    const startsHello = entry.direction === 'request' && entry.type.text === 'HELLO';
    const idle = current !== undefined && time - current.endMs > options.idleGapMs;
    if (!current || (startsHello && current.exchanges.length > 0) || idle) {
      sessions.push({ shop, startMs: time, endMs: time, startedBy: startsHello ? 'hello' : current ? 'gap' : 'start', exchanges: [] });
    }
    const session = sessions[sessions.length - 1]!;
    session.endMs = Math.max(session.endMs, time);
    lastMs = time;

    const queue = waiting.get(entry.type.text) ?? [];
    waiting.set(entry.type.text, queue);
    if (entry.direction === 'request') {
      const draft = newDraft(shop, entry, time, idCounts);
      markRetry(draft, byKey, time);
      queue.push(draft);
      session.exchanges.push(draft);
    } else {
      const draft = queue.shift();
      if (draft) {
        draft.response = entry;
      } else {
        session.exchanges.push(newDraft(shop, entry, time, idCounts));
      }
    }
  }

  const finished = sessions.map(finishSession);
  const hello = [...finished].reverse().flatMap((s) => [...s.exchanges].reverse()).find((x) => x.type === 'HELLO' && x.facts.system !== undefined);
  return {
    id: shop,
    systemName: hello?.facts.system,
    protocol: hello?.facts.protocol,
    sessions: finished,
    exchangeCount: finished.reduce((sum, s) => sum + s.exchanges.length, 0),
  };
}

function newDraft(shop: string, entry: LogEntry, time: number, idCounts: Map<string, number>): ExchangeDraft {
  const base = `${shop}|${entry.type.text}|${entry.time.text}|${entry.direction === 'request' ? 'q' : 'r'}`;
  const ordinal = idCounts.get(base) ?? 0;
  idCounts.set(base, ordinal + 1);
  const draft: ExchangeDraft = { shop, type: entry.type.text, startMs: time, id: `${base}|${ordinal}` };
  if (entry.direction === 'request') draft.request = entry;
  else draft.response = entry;
  return draft;
}

function markRetry(draft: ExchangeDraft, byKey: Map<string, ExchangeDraft>, time: number): void {
  const key = requestKey(draft.type, draft.request?.payload.json?.value);
  if (key === undefined) return;
  const earlier = byKey.get(key);
  if (earlier) {
    const answeredBefore = earlier.response !== undefined && earlier.response.time.epochMs <= time;
    if (isRetry(draft.type, answeredBefore, time - earlier.startMs, retryWindowMs)) draft.retryOf = earlier;
  }
  byKey.set(key, draft);
}

function finishSession(draft: SessionDraft): Session {
  return {
    id: `${draft.shop}|${draft.startMs}`,
    shop: draft.shop,
    startMs: draft.startMs,
    endMs: draft.endMs,
    startedBy: draft.startedBy,
    exchanges: [...draft.exchanges].sort(byStartThenEnd).map(finishExchange),
  };
}

/**
 * Log times have second precision, so exchanges started in the same second are shown in the order
 * they completed (an exchange answered within that second before one still in flight).
 */
function byStartThenEnd(a: ExchangeDraft, b: ExchangeDraft): number {
  return a.startMs - b.startMs || endOf(a) - endOf(b);
}

function endOf(draft: ExchangeDraft): number {
  const end = draft.response?.time.epochMs;
  return end !== undefined && Number.isFinite(end) ? end : Infinity;
}

function finishExchange(draft: ExchangeDraft): Exchange {
  const state: ExchangeState = draft.request ? (draft.response ? 'answered' : 'unanswered') : 'orphan';
  const latency =
    draft.request && draft.response ? draft.response.time.epochMs - draft.request.time.epochMs : undefined;
  return {
    id: draft.id,
    shop: draft.shop,
    type: draft.type,
    state,
    request: draft.request?.index,
    response: draft.response?.index,
    startMs: draft.startMs,
    latencyMs: latency !== undefined && Number.isFinite(latency) ? latency : undefined,
    retryOf: draft.retryOf?.id,
    retryAfterMs: draft.retryOf ? draft.startMs - draft.retryOf.startMs : undefined,
    facts: exchangeFacts(draft.type, draft.request?.payload.json?.value, draft.response?.payload.json?.value),
  };
}
