// (a) the full check of the core and (b) its baseline, plain JSON.parse of the same payload strings.
import { analyzeLog, type Analysis } from '../src/core/analyze';
import type { Direction, Problem } from '../src/core/model';
import { createRulesChecker } from '../src/core/rules';
import { createSchemaValidator } from '../src/core/schema';
import { createSchemaChecker } from '../src/core/validation/schemaChecker';
import { measureInterleaved, type Repeat, type Timing } from './timing';

export interface PayloadSample {
  readonly type: string;
  readonly direction: Direction;
  readonly text: string;
  /** Offset (UTF-16) in the log where the payload's row ends. */
  readonly rowEnd: number;
}

export interface FullCheck {
  (text: string): Analysis;
  /** Rules that threw (the checker skips them silently; a bench must not). */
  readonly ruleErrors: Map<string, string>;
}

/** The check the server and the CLI run: parse, sessions, schemas, rules, problem ranges. */
export function createFullCheck(): FullCheck {
  // Compiled once, as the server does when it loads its settings; the checkers are made per run.
  const validator = createSchemaValidator();
  const ruleErrors = new Map<string, string>();
  const onRuleError = (rule: string, error: unknown) => void ruleErrors.set(rule, error instanceof Error ? error.message : String(error));
  const check = (text: string) => analyzeLog(text, { checkers: [createSchemaChecker(validator), createRulesChecker({ onRuleError })] });
  return Object.assign(check, { ruleErrors });
}

export interface CoreResult {
  readonly fullCheck: Timing;
  readonly jsonParse: Timing;
  /** Timings of the `alongside` actions, taken in the same turns. */
  readonly alongside: readonly Timing[];
  /** What the check found (on valid data: nothing) and how many rows it read. */
  readonly problems: readonly Problem[];
  readonly entries: number;
  readonly payloads: readonly PayloadSample[];
  readonly ruleErrors: ReadonlyMap<string, string>;
}

/**
 * (a) and (b), and the `alongside` measurements (c) that need the payloads, taken in turns so that
 * load from elsewhere on the machine hits them alike.
 */
export async function measureCore(
  text: string,
  repeat: Repeat,
  alongside: (payloads: readonly PayloadSample[]) => readonly (() => Promise<unknown>)[] = () => [],
): Promise<CoreResult> {
  const check = createFullCheck();
  const { problems, entries, payloads } = firstCheck(check, text);
  // Like the baseline's values, each run's analysis is dropped after it, so no run pays for the GC of
  // another's 90 MB of live objects. (Payload strings are views of the text: they keep nothing else.)
  let sink = 0;
  const checkAll = () => (sink += check(text).problems.length);
  const parseAll = () => {
    for (const payload of payloads) if (JSON.parse(payload.text) !== null) sink++;
  };
  const [fullCheck, jsonParse, ...others] = await measureInterleaved([checkAll, parseAll, ...alongside(payloads)], repeat);
  if (sink < 0) console.log(sink); // keeps the results observable
  return { fullCheck: fullCheck!, jsonParse: jsonParse!, alongside: others, problems, entries, payloads, ruleErrors: check.ruleErrors };
}

/** One check whose analysis is not kept: only what the bench needs from it. */
function firstCheck(check: FullCheck, text: string): { problems: readonly Problem[]; entries: number; payloads: PayloadSample[] } {
  const analysis = check(text);
  return { problems: analysis.problems, entries: analysis.parsed.entries.length, payloads: payloadsOf(analysis) };
}

/** The payload strings the parser found (the JSON text of each cell). */
export function payloadsOf(analysis: Analysis): PayloadSample[] {
  const out: PayloadSample[] = [];
  for (const entry of analysis.parsed.entries) {
    const json = entry.payload.json;
    if (json) out.push({ type: entry.type.text, direction: entry.direction, text: json.text, rowEnd: entry.span.end });
  }
  return out;
}

/** `line:column` (1-based) of an offset, for printing a few problems. */
export function positionOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

export function describeProblems(text: string, problems: readonly Problem[], limit: number): string[] {
  return problems.slice(0, limit).map((p) => `  ${positionOf(text, p.span.start)} ${p.severity} ${p.code}: ${p.message}`);
}
