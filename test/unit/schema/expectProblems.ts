import * as assert from 'node:assert/strict';
import type { JsonText } from '../../../src/core/model';
import { schemaCodes, type RelativeProblem, type SchemaCode } from '../../../src/core/schema';

export interface ExpectedProblem {
  readonly code: SchemaCode;
  /** The exact text the relative span covers in `json.text`. */
  readonly token: string;
  readonly message: string;
}

export function spanText(json: JsonText, problem: RelativeProblem): string {
  return json.text.slice(problem.span.start, problem.span.end);
}

/** Exactly these problems, in payload order, each on its token, with the severity of its code. */
export function expectProblems(json: JsonText, problems: readonly RelativeProblem[], expected: readonly ExpectedProblem[]): void {
  const actual = problems.map((problem) => ({ code: problem.code, token: spanText(json, problem), message: problem.message }));
  assert.deepEqual(actual, expected.map(({ code, token, message }) => ({ code, token, message })));
  for (const problem of problems) assert.equal(problem.severity, schemaCodes[problem.code as SchemaCode].severity);
}
