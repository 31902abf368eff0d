// One pass over a log: parse (incrementally when an edit is given), sessions, and every check.
// The language server, the CLI and the benchmark all call this, so they agree by construction.
//
// After an edit only what it touched is recomputed: the parser re-reads the edited rows, the sessions
// of shops whose entries did not change are carried over, and so are their schema and rule problems
// (every check of a shop reads that shop's entries and exchanges only, plus the file's time bounds
// for some). The result equals a fresh `analyzeLog(text)` — the same problems in the same order.
import { noRowsProblem } from './logCodes';
import type { LogEntry, ParsedLog, Problem, RelatedSpan } from './model';
import { editedRegion } from './parse/editRegion';
import { parseLog } from './parse/parseLog';
import { updateParse } from './parse/updateParse';
import { buildSessionsFrom, mapOffset, type OffsetShift, type SessionsBuild, type ShopReuse } from './sessions/buildSessions';
import { parseTimeBounds, rememberTimeBounds, type TimeBounds } from './sessions/chronology';
import type { SessionOptions, SessionsModel, Shop } from './sessions/model';
import { defaultSessionOptions } from './sessions/model';
import { shopEntries } from './sessions/shopEntries';
import type { TextSource } from './text/textSource';

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface Analysis {
  /** The text analysed: a string, or the pieces an editor keeps (`toString()` joins them, once). */
  readonly text: TextSource;
  readonly parsed: ParsedLog;
  readonly sessions: SessionsModel;
  /** Every problem: reading, schema and cross-message rules, in no particular order. */
  readonly problems: readonly Problem[];
}

/** One shop as the checks see it: the shop and its entries in chronological order. */
export interface ShopScope {
  readonly shop: Shop;
  readonly entries: readonly LogEntry[];
}

export interface ShopProblems {
  readonly problems: readonly Problem[];
  /** The problems depend on the file's first and last log time too (not only on the shop). */
  readonly usesTimeBounds: boolean;
}

/** One analysis as a per-shop checker runs it. */
export interface ShopCheckPass {
  /** The problems of each shop (aligned with `shops`), each from that shop's entries and exchanges only. */
  shops(shops: readonly ShopScope[]): ShopProblems[];
  /**
   * Problems about the whole file. `previous` is what this returned for the text before an edit, when
   * the edit left every row's time cell as it was (moved): rules that read only those may keep theirs.
   */
  log(previous?: PreviousLogProblems): LogProblems;
}

export interface LogProblems {
  readonly problems: readonly Problem[];
  /** Handed back as `PreviousLogProblems.kept` for the next analysis. */
  readonly kept?: unknown;
}

export interface PreviousLogProblems {
  readonly kept: unknown;
  /** A problem of the text before the edit, where the edit moved it; undefined when it fell inside the edit. */
  readonly move: (problem: Problem) => Problem | undefined;
}

/** A checker whose problems are those of each shop plus a few file-wide ones, so they can be kept per shop. */
export interface PerShopChecker {
  begin(parsed: ParsedLog, sessions: SessionsModel, cancel?: CancellationLike): ShopCheckPass;
}

/** Checks run after parsing and sessions (schemas, rules); each returns absolute-span problems. */
export type Checker = ((parsed: ParsedLog, sessions: SessionsModel, cancel?: CancellationLike) => readonly Problem[]) & {
  readonly perShop?: PerShopChecker;
};

export interface AnalyzeOptions {
  readonly sessions?: SessionOptions;
  readonly checkers?: readonly Checker[];
  readonly cancel?: CancellationLike;
}

export interface PreviousAnalysis {
  readonly analysis: Analysis;
  readonly changes: readonly TextChange[];
}

/** A per-shop checker as a plain checker: every shop, then the file-wide problems. */
export function perShopChecker(perShop: PerShopChecker): Checker {
  const check = (parsed: ParsedLog, sessions: SessionsModel, cancel?: CancellationLike): readonly Problem[] => {
    const pass = perShop.begin(parsed, sessions, cancel);
    const entries = shopEntries(parsed, sessions);
    const results = pass.shops(sessions.shops.map((shop, i) => ({ shop, entries: entries[i]! })));
    const problems: Problem[] = [];
    for (const result of results) for (const problem of result.problems) problems.push(problem);
    for (const problem of pass.log().problems) problems.push(problem);
    return problems;
  };
  return Object.assign(check, { perShop });
}

/** What an analysis keeps for the next one: its sessions build and each per-shop checker's problems by shop. */
interface Kept {
  readonly checkers: readonly Checker[];
  readonly build: SessionsBuild;
  readonly bounds: TimeBounds;
  /** Per checker (aligned with `checkers`; undefined for plain checkers): per shop (aligned with `build.shops`). */
  readonly byShop: readonly (readonly ShopProblems[] | undefined)[];
  /** Per checker: what its file-wide pass kept. */
  readonly logs: readonly unknown[];
}

const kept = new WeakMap<Analysis, Kept>();

export function analyzeLog(text: TextSource, options: AnalyzeOptions = {}, previous?: PreviousAnalysis): Analysis {
  const cancel = options.cancel;
  const parsed = previous
    ? updateParse(previous.analysis.parsed, previous.analysis.text, text, previous.changes)
    : parseLog(text.toString(), { cancel });
  const checkers = options.checkers ?? [];
  const before = previous ? reusable(previous, text, checkers) : undefined;
  const build = buildSessionsFrom(
    parsed,
    options.sessions ?? defaultSessionOptions,
    before && { build: before.kept.build, parsed: previous!.analysis.parsed, shift: before.shift },
  );
  const sessions = build.model;
  // Every time as before: the previous bounds hold, and the checks read them from the parse.
  if (before && build.sameTimes) rememberTimeBounds(parsed, before.kept.bounds);
  const bounds = parseTimeBounds(parsed);
  const problems: Problem[] = [...parsed.problems];
  const noRows = noRowsProblem(text, parsed);
  if (noRows) problems.push(noRows);
  const byShop: (ShopProblems[] | undefined)[] = [];
  const logs: unknown[] = [];
  for (let c = 0; c < checkers.length; c++) {
    const check = checkers[c]!;
    if (cancel?.isCancellationRequested) break;
    if (!check.perShop) {
      byShop.push(undefined);
      logs.push(undefined);
      for (const problem of check(parsed, sessions, cancel)) problems.push(problem);
      continue;
    }
    const pass = check.perShop.begin(parsed, sessions, cancel);
    const results = carriedProblems(build, before && { kept: before.kept.byShop[c], boundsChanged: !sameBounds(before.kept.bounds, bounds), shift: before.shift });
    const missing: number[] = [];
    for (let s = 0; s < results.length; s++) if (results[s] === undefined) missing.push(s);
    if (missing.length > 0) {
      const entries = parsed.entries;
      const computed = pass.shops(missing.map((s) => ({ shop: build.shops[s]!.shop, entries: build.shops[s]!.indexes.map((i) => entries[i]!) })));
      for (let k = 0; k < missing.length; k++) results[missing[k]!] = computed[k]!;
    }
    const complete = results as ShopProblems[];
    byShop.push(complete);
    for (const result of complete) for (const problem of result.problems) problems.push(problem);
    const log = pass.log(
      before && build.timeCellsMoved ? { kept: before.kept.logs[c], move: (problem) => moveProblem(problem, before.shift, identityIndex) } : undefined,
    );
    logs.push(log.kept);
    for (const problem of log.problems) problems.push(problem);
  }
  const analysis: Analysis = { text, parsed, sessions, problems };
  if (!cancel?.isCancellationRequested) kept.set(analysis, { checkers, build, bounds, byShop, logs });
  return analysis;
}

/** The previous analysis's kept state and the edit's shift, when they can be trusted for this one. */
function reusable(previous: PreviousAnalysis, text: TextSource, checkers: readonly Checker[]): { kept: Kept; shift: OffsetShift } | undefined {
  const state = kept.get(previous.analysis);
  if (!state || state.checkers.length !== checkers.length || state.checkers.some((c, i) => c !== checkers[i])) return undefined;
  const region = editedRegion(previous.analysis.text.length, text.length, previous.changes);
  if (!region) return undefined;
  return { kept: state, shift: { start: region.start, oldEnd: region.oldEnd, delta: region.delta } };
}

/** How many shops an analysis built anew and how many it carried over from the previous one (for tests and benchmarks). */
export function shopReuse(analysis: Analysis): { readonly built: number; readonly kept: number } | undefined {
  const state = kept.get(analysis);
  if (!state) return undefined;
  const built = state.build.reuse.filter((r) => r.kind === 'built').length;
  return { built, kept: state.build.reuse.length - built };
}

const identityIndex = (index: number): number => index;

function sameBounds(a: TimeBounds, b: TimeBounds): boolean {
  return Object.is(a.firstMs, b.firstMs) && Object.is(a.lastMs, b.lastMs);
}

/** The kept problems of every carried-over shop (moved like its entries); undefined where they must be computed. */
function carriedProblems(
  build: SessionsBuild,
  before: { kept: readonly ShopProblems[] | undefined; boundsChanged: boolean; shift: OffsetShift } | undefined,
): (ShopProblems | undefined)[] {
  if (!before?.kept) return new Array<ShopProblems | undefined>(build.shops.length).fill(undefined);
  const oldShops = before.kept;
  return build.reuse.map((reuse) => carried(reuse, before, oldShops));
}

function carried(
  reuse: ShopReuse,
  before: { boundsChanged: boolean; shift: OffsetShift },
  oldShops: readonly ShopProblems[],
): ShopProblems | undefined {
  if (reuse.kind === 'built') return undefined;
  const old = oldShops[reuse.previous];
  if (!old || (old.usesTimeBounds && before.boundsChanged)) return undefined;
  if (reuse.kind === 'same' || old.problems.length === 0) return old;
  const problems: Problem[] = [];
  for (const problem of old.problems) {
    const moved = moveProblem(problem, before.shift, reuse.mapIndex);
    if (!moved) return undefined;
    problems.push(moved);
  }
  return { problems, usesTimeBounds: old.usesTimeBounds };
}

/** A problem of a carried-over shop, where the edit moved it; undefined when a span fell inside the edit. */
function moveProblem(problem: Problem, shift: OffsetShift, mapIndex: (index: number) => number): Problem | undefined {
  const start = mapOffset(shift, problem.span.start);
  const end = mapOffset(shift, problem.span.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  let related: RelatedSpan[] | undefined;
  if (problem.related) {
    related = [];
    for (const r of problem.related) {
      const rs = mapOffset(shift, r.span.start);
      const re = mapOffset(shift, r.span.end);
      if (Number.isNaN(rs) || Number.isNaN(re)) return undefined;
      related.push(rs === r.span.start && re === r.span.end ? r : { ...r, span: { start: rs, end: re } });
    }
  }
  const entry = problem.entry === undefined ? undefined : mapIndex(problem.entry);
  if (start === problem.span.start && end === problem.span.end && entry === problem.entry && related?.every((r, i) => r === problem.related![i]) !== false) return problem;
  const moved: { -readonly [K in keyof Problem]: Problem[K] } = { ...problem, span: { start, end } };
  if (problem.entry !== undefined) moved.entry = entry;
  if (related) moved.related = related;
  return moved;
}
