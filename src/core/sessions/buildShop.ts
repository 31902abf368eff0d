// One shop's sessions and exchanges from its entries in time order: sessions by HELLO and idle gaps,
// each response paired with the oldest unanswered request of its type, retries marked.
import type { JsonText, LogEntry } from '../model';
import { exchangeFacts } from './facts';
import type { Exchange, ExchangeState, Session, SessionOptions, Shop } from './model';
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

export function buildShop(shop: string, entries: readonly LogEntry[], options: SessionOptions): Shop {
  const sessions: SessionDraft[] = [];
  const waiting = new Map<string, ExchangeDraft[]>();
  const byKey = new Map<string, ExchangeDraft>();
  // A shop repeats the same request text all day (HELLO, LIST of today): its key is made once per
  // type and text.
  const keysByText = new Map<string, Map<string, string | undefined>>();
  const idCounts = new Map<string, number>();
  let lastMs = Number.NaN;

  for (const entry of entries) {
    const time = Number.isFinite(entry.time.epochMs) ? entry.time.epochMs : lastMs;
    const current = sessions[sessions.length - 1];
    const type = entry.type.text;
    const startsHello = entry.direction === 'request' && type === 'HELLO';
    const idle = current !== undefined && time - current.endMs > options.idleGapMs;
    if (!current || (startsHello && current.exchanges.length > 0) || idle) {
      sessions.push({ shop, startMs: time, endMs: time, startedBy: startsHello ? 'hello' : current ? 'gap' : 'start', exchanges: [] });
    }
    const session = sessions[sessions.length - 1]!;
    session.endMs = Math.max(session.endMs, time);
    lastMs = time;

    let queue = waiting.get(type);
    if (!queue) waiting.set(type, (queue = []));
    if (entry.direction === 'request') {
      const draft = newDraft(shop, entry, time, idCounts);
      markRetry(draft, byKey, keysByText, time);
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

  // Two sessions may start in the same second (a HELLO sent twice, an unreadable time): ids stay unique.
  const idUses = new Map<string, number>();
  const finished = sessions.map((draft) => {
    const session = finishSession(draft);
    const uses = idUses.get(session.id) ?? 0;
    idUses.set(session.id, uses + 1);
    return uses === 0 ? session : { ...session, id: `${session.id}#${uses + 1}` };
  });
  let hello: Exchange | undefined;
  let exchangeCount = 0;
  for (let s = finished.length - 1; s >= 0; s--) {
    const exchanges = finished[s]!.exchanges;
    exchangeCount += exchanges.length;
    for (let x = exchanges.length - 1; x >= 0 && hello === undefined; x--) {
      const exchange = exchanges[x]!;
      if (exchange.type === 'HELLO' && exchange.facts.system !== undefined) hello = exchange;
    }
  }
  return {
    id: shop,
    systemName: hello?.facts.system,
    protocol: hello?.facts.protocol,
    sessions: finished,
    exchangeCount,
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

function markRetry(draft: ExchangeDraft, byKey: Map<string, ExchangeDraft>, keysByText: Map<string, Map<string, string | undefined>>, time: number): void {
  const key = cachedRequestKey(draft.type, draft.request?.payload.json, keysByText);
  if (key === undefined) return;
  const earlier = byKey.get(key);
  if (earlier) {
    const answeredBefore = earlier.response !== undefined && earlier.response.time.epochMs <= time;
    if (isRetry(draft.type, answeredBefore, time - earlier.startMs, retryWindowMs)) draft.retryOf = earlier;
  }
  byKey.set(key, draft);
}

function cachedRequestKey(type: string, json: JsonText | undefined, keysByText: Map<string, Map<string, string | undefined>>): string | undefined {
  if (!json) return requestKey(type, undefined);
  let keys = keysByText.get(type);
  if (!keys) keysByText.set(type, (keys = new Map()));
  if (keys.has(json.text)) return keys.get(json.text);
  const key = requestKey(type, json.value, json.text);
  keys.set(json.text, key);
  return key;
}

function finishSession(draft: SessionDraft): Session {
  const drafts = draft.exchanges;
  // Usually in order already (requests are pushed as they come): skip the copy and the sort then.
  // (An unreadable start makes the comparison inconsistent: then sort exactly as before.)
  let sorted = drafts.length === 0 || !Number.isNaN(drafts[0]!.startMs);
  for (let i = 1; i < drafts.length && sorted; i++) {
    if (Number.isNaN(drafts[i]!.startMs) || byStartThenEnd(drafts[i - 1]!, drafts[i]!) > 0) sorted = false;
  }
  const ordered = sorted ? drafts : [...drafts].sort(byStartThenEnd);
  return {
    id: `${draft.shop}|${draft.startMs}`,
    shop: draft.shop,
    startMs: draft.startMs,
    endMs: draft.endMs,
    startedBy: draft.startedBy,
    exchanges: ordered.map(finishExchange),
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
