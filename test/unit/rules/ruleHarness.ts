// Runs the rules the way the server does (parse → sessions → checker) and reads problems as text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../../../src/core/model';
import { parseLog } from '../../../src/core/parse/parseLog';
import { createRulesChecker, ruleCodes, type RuleCode } from '../../../src/core/rules';
import type { RulesCheckerOptions } from '../../../src/core/rules';
import { buildSessions } from '../../../src/core/sessions/buildSessions';

const repoRoot = path.resolve(__dirname, '../../../..');

export const sample = readFileSync(path.join(repoRoot, 'test/fixtures/exchange-sample.log'), 'utf8');

export function fixture(name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/rules', name), 'utf8');
}

export function runRules(text: string, options: RulesCheckerOptions = {}): Problem[] {
  const parsed = parseLog(text);
  const sessions = buildSessions(parsed);
  return [...createRulesChecker(options)(parsed, sessions)];
}

/** `line:col` (1-based) of an offset. */
export function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

export interface Seen {
  readonly code: string;
  readonly at: string;
  readonly token: string;
}

export function seen(text: string, problems: readonly Problem[]): Seen[] {
  return problems
    .map((p) => ({ code: p.code, at: lineCol(text, p.span.start), token: text.slice(p.span.start, p.span.end), start: p.span.start }))
    .sort((a, b) => a.start - b.start || a.code.localeCompare(b.code))
    .map(({ code, at, token }) => ({ code, at, token }));
}

/** The problems of one code; each has the severity of its code. */
export function ofCode(problems: readonly Problem[], code: RuleCode): Problem[] {
  const found = problems.filter((p) => p.code === code);
  for (const p of found) assert.equal(p.severity, ruleCodes[code].severity, `severity of ${code}`);
  return found;
}

/** Exactly one problem of `code`, on the span starting at `start` that covers `token`; returns it. */
export function expectOne(text: string, problems: readonly Problem[], code: RuleCode, start: number, token: string): Problem {
  const found = ofCode(problems, code);
  assert.equal(found.length, 1, `one ${code}, got ${JSON.stringify(found.map((p) => p.message))}`);
  const problem = found[0]!;
  assert.equal(text.slice(problem.span.start, problem.span.end), token, `token of ${code}`);
  assert.equal(problem.span.start, start, `start of ${code} (at ${lineCol(text, problem.span.start)}, expected ${lineCol(text, start)})`);
  return problem;
}

export function expectWords(message: string, ...words: string[]): void {
  for (const word of words) assert.ok(message.includes(word), `${JSON.stringify(message)} includes ${JSON.stringify(word)}`);
}

/** Offset of the `occurrence`-th `find` after `anchor` (e.g. a row's first cells), plus `delta`. */
export function after(text: string, anchor: string, find: string, occurrence = 0, delta = 0): number {
  const base = text.indexOf(anchor);
  assert.ok(base >= 0, `anchor ${JSON.stringify(anchor)} in the text`);
  let at = base - 1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(find, at + 1);
    assert.ok(at >= 0, `occurrence ${occurrence} of ${JSON.stringify(find)} after ${JSON.stringify(anchor)}`);
  }
  return at + delta;
}

/** Replaces the next `count` occurrences of `find` after `anchor` (a RECEIPT's body and post: 2). */
export function replaceAfter(text: string, anchor: string, find: string, replacement: string, count = 1): string {
  let result = text;
  let from = result.indexOf(anchor);
  assert.ok(from >= 0, `anchor ${JSON.stringify(anchor)} in the text`);
  for (let i = 0; i < count; i++) {
    const at = result.indexOf(find, from);
    assert.ok(at >= 0, `occurrence ${i} of ${JSON.stringify(find)} after ${JSON.stringify(anchor)}`);
    result = result.slice(0, at) + replacement + result.slice(at + find.length);
    from = at + replacement.length;
  }
  return result;
}

/** Removes the row that starts with `rowStart` (up to the next row or the end of the text). */
export function removeRow(text: string, rowStart: string): string {
  const at = text.indexOf(rowStart);
  assert.ok(at >= 0, `row ${JSON.stringify(rowStart)}`);
  const next = text.indexOf('\n| 20', at);
  return next < 0 ? text.slice(0, Math.max(0, at - 1)) : text.slice(0, at) + text.slice(next + 1);
}

/** The rows of a newest-first table log in the other order: the same log exported oldest first. */
export function oldestFirst(text: string): string {
  return text.split(/\n(?=\| \d{4}-)/).reverse().join('\n');
}

/** Row anchors of the field sample. */
export const rows = {
  bill146Answer: '| 2025-12-13 19:06:58 | 146 | Ответ (BILL) |',
  bill146Request: '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) |',
  list146Late: '| 2025-12-13 19:07:39 | 146 | Ответ (LIST) |',
  list146Early: '| 2025-12-13 19:06:38 | 146 | Ответ (LIST) |',
  receipt146: '| 2025-12-13 19:07:39 | 146 | Запрос (RECEIPT) |',
  receipt146Answer: '| 2025-12-13 19:07:40 | 146 | Ответ (RECEIPT) |',
  receipt19First: '| 2025-12-13 18:56:03 | 19 | Запрос (RECEIPT) |',
  receipt19Retry: '| 2025-12-13 18:56:14 | 19 | Запрос (RECEIPT) |',
  bill19Answer: '| 2025-12-13 18:51:54 | 19 | Ответ (BILL) |',
  hello131Request: '| 2025-12-13 19:16:30 | 131 | Запрос (HELLO) |',
} as const;
