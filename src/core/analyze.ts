// One pass over a log: parse (incrementally when an edit is given), sessions, and every check.
// The language server, the CLI and the benchmark all call this, so they agree by construction.
import type { ParsedLog, Problem } from './model';
import { parseLog } from './parse/parseLog';
import { updateParse } from './parse/updateParse';
import { buildSessions } from './sessions/buildSessions';
import type { SessionOptions, SessionsModel } from './sessions/model';
import { defaultSessionOptions } from './sessions/model';

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface Analysis {
  readonly text: string;
  readonly parsed: ParsedLog;
  readonly sessions: SessionsModel;
  /** Every problem: reading, schema and cross-message rules, in no particular order. */
  readonly problems: readonly Problem[];
}

/** Checks run after parsing and sessions (schemas, rules); each returns absolute-span problems. */
export type Checker = (parsed: ParsedLog, sessions: SessionsModel, cancel?: CancellationLike) => readonly Problem[];

export interface AnalyzeOptions {
  readonly sessions?: SessionOptions;
  readonly checkers?: readonly Checker[];
  readonly cancel?: CancellationLike;
}

export interface PreviousAnalysis {
  readonly analysis: Analysis;
  readonly changes: readonly TextChange[];
}

export function analyzeLog(text: string, options: AnalyzeOptions = {}, previous?: PreviousAnalysis): Analysis {
  const parsed = previous
    ? updateParse(previous.analysis.parsed, previous.analysis.text, text, previous.changes)
    : parseLog(text, { cancel: options.cancel });
  const sessions = buildSessions(parsed, options.sessions ?? defaultSessionOptions);
  const problems: Problem[] = [...parsed.problems];
  for (const check of options.checkers ?? []) {
    if (options.cancel?.isCancellationRequested) break;
    problems.push(...check(parsed, sessions, options.cancel));
  }
  return { text, parsed, sessions, problems };
}
