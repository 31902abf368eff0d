// The sessions model as the client shows it: with ranges, problem counts and the worst severity
// per entry, exchange, session and shop. Computed once per analysis and kept with it.
import type { LogDocument } from './logDocument';
import type { Analysis } from '../core/analyze';
import type { LogEntry, Problem, Severity } from '../core/model';
import type { Exchange, Session } from '../core/sessions/model';
import type { EntryView, ExchangeView, LogSummary, ProblemCounts, SessionSummary, ShopSummary } from '../shared/protocol';
import { sessionTimeSpan } from '../core/sessions/timeSpan';
import { toRange } from './positions';

export interface ViewModel {
  readonly summary: LogSummary;
  readonly sessions: ReadonlyMap<string, Session>;
  readonly exchangesOf: (sessionId: string) => readonly ExchangeView[];
  readonly exchangeById: ReadonlyMap<string, { exchange: Exchange; session: Session }>;
  /** Exchange of each entry index. */
  readonly exchangeOfEntry: ReadonlyMap<number, { exchange: Exchange; session: Session }>;
  readonly entryView: (entry: LogEntry) => EntryView;
}

const none: ProblemCounts = { error: 0, warning: 0, information: 0 };

function add(a: ProblemCounts, b: ProblemCounts): ProblemCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, information: a.information + b.information };
}

function worstOfCounts(counts: ProblemCounts): Severity | undefined {
  if (counts.error) return 'error';
  if (counts.warning) return 'warning';
  if (counts.information) return 'information';
  return undefined;
}

function countsByEntry(problems: readonly Problem[]): Map<number, ProblemCounts> {
  const byEntry = new Map<number, ProblemCounts>();
  for (const problem of problems) {
    if (problem.entry === undefined || problem.severity === 'hint') continue;
    const counts = { ...(byEntry.get(problem.entry) ?? none) };
    counts[problem.severity]++;
    byEntry.set(problem.entry, counts);
  }
  return byEntry;
}

export function buildViewModel(uri: string, document: LogDocument, analysis: Analysis, problems: readonly Problem[]): ViewModel {
  const { parsed, sessions: model } = analysis;
  const entryCounts = countsByEntry(problems);
  const entryView = (entry: LogEntry): EntryView => ({
    index: entry.index,
    range: toRange(document, entry.span),
    eventRange: toRange(document, entry.event.span),
    timeText: entry.time.text,
    direction: entry.direction,
    payloadStatus: entry.payload.status,
    problems: entryCounts.get(entry.index) ?? none,
  });
  const exchangeCounts = (exchange: Exchange): ProblemCounts => {
    const request = exchange.request !== undefined ? (entryCounts.get(exchange.request) ?? none) : none;
    const response = exchange.response !== undefined ? (entryCounts.get(exchange.response) ?? none) : none;
    return response === none ? request : request === none ? response : add(request, response);
  };

  const sessions = new Map<string, Session>();
  const shops: ShopSummary[] = [];
  let total = none;
  let sessionCount = 0;
  for (const shop of model.shops) {
    let shopCounts = none;
    const summaries: SessionSummary[] = [];
    for (const session of shop.sessions) {
      sessions.set(session.id, session);
      let sessionCounts = none;
      // Most exchanges have no problem: only those make new counts (this runs for every exchange).
      for (const exchange of session.exchanges) {
        const counts = exchangeCounts(exchange);
        if (counts !== none) sessionCounts = add(sessionCounts, counts);
      }
      summaries.push(sessionSummary(session, analysis, sessionCounts));
      shopCounts = add(shopCounts, sessionCounts);
    }
    sessionCount += shop.sessions.length;
    total = add(total, shopCounts);
    const { sessions: _ignored, ...shopFacts } = shop;
    shops.push({ ...shopFacts, sessions: summaries, problems: shopCounts, worst: worstOfCounts(shopCounts) });
  }
  // Problems of no entry (e.g. a cut-off file) still count in the totals.
  for (const problem of problems) {
    if (problem.entry === undefined && problem.severity !== 'hint') total = add(total, { ...none, [problem.severity]: 1 });
  }

  const exchangeViews = new Map<string, readonly ExchangeView[]>();
  const exchangesOf = (sessionId: string): readonly ExchangeView[] => {
    let views = exchangeViews.get(sessionId);
    if (!views) {
      const session = sessions.get(sessionId);
      views = session ? session.exchanges.map((exchange) => {
        const counts = exchangeCounts(exchange);
        return {
          ...exchange,
          request: exchange.request !== undefined ? entryView(parsed.entries[exchange.request]!) : undefined,
          response: exchange.response !== undefined ? entryView(parsed.entries[exchange.response]!) : undefined,
          problems: counts,
          worst: worstOfCounts(counts),
        };
      }) : [];
      exchangeViews.set(sessionId, views);
    }
    return views;
  };

  const summary: LogSummary = {
    uri,
    version: document.version,
    form: parsed.form,
    order: parsed.order,
    entryCount: parsed.entries.length,
    sessionCount,
    exchangeCount: model.shops.reduce((sum, shop) => sum + shop.exchangeCount, 0),
    problems: total,
    shops,
  };
  // Only locating and reading an exchange need these (not the summary asked for after every edit).
  let index: { byId: Map<string, { exchange: Exchange; session: Session }>; byEntry: Map<number, { exchange: Exchange; session: Session }> } | undefined;
  const exchangeIndex = () => {
    if (index) return index;
    index = { byId: new Map(), byEntry: new Map() };
    for (const session of sessions.values()) {
      for (const exchange of session.exchanges) {
        const located = { exchange, session };
        index.byId.set(exchange.id, located);
        if (exchange.request !== undefined) index.byEntry.set(exchange.request, located);
        if (exchange.response !== undefined) index.byEntry.set(exchange.response, located);
      }
    }
    return index;
  };
  return {
    summary,
    sessions,
    exchangesOf,
    get exchangeById() {
      return exchangeIndex().byId;
    },
    get exchangeOfEntry() {
      return exchangeIndex().byEntry;
    },
    entryView,
  };
}

function sessionSummary(session: Session, analysis: Analysis, problems: ProblemCounts): SessionSummary {
  const { exchanges, ...facts } = session;
  const { first, last } = sessionTimeSpan(session, analysis.parsed.entries);
  return { ...facts, startText: first?.text ?? '', endText: last?.text ?? '', exchangeCount: exchanges.length, problems, worst: worstOfCounts(problems) };
}
