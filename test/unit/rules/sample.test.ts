import * as assert from 'node:assert/strict';
import { analyzeLog } from '../../../src/core/analyze';
import { parseLog } from '../../../src/core/parse/parseLog';
import { createRulesChecker, ruleCodes } from '../../../src/core/rules';
import { buildSessions } from '../../../src/core/sessions/buildSessions';
import { after, fixture, lineCol, oldestFirst, rows, runRules, sample, seen } from './ruleHarness';

describe('rules on the field sample', () => {
  const problems = runRules(sample);

  it('yields exactly the 11 s answer (slow) and the second RECEIPT of shop 19 (retry): no invariant is broken', () => {
    assert.deepEqual(seen(sample, problems), [
      { code: 'exchange.slow', at: '238:30', token: 'Ответ (RECEIPT)' },
      { code: 'exchange.retry', at: '239:30', token: 'Запрос (RECEIPT)' },
    ]);
  });

  it('says which request the retry repeats, after how long, and how the first fared', () => {
    const retry = problems.find((p) => p.code === 'exchange.retry')!;
    assert.equal(retry.severity, 'information');
    assert.equal(retry.message, 'retries the RECEIPT of 18:56:03 (same event 2a7b9c01…) after 11 s; the first answer came 11 s after its request');
    assert.equal(retry.related?.length, 1);
    assert.equal(lineCol(sample, retry.related![0]!.span.start), '377:30');
    assert.equal(sample.slice(retry.related![0]!.span.start, retry.related![0]!.span.end), 'Запрос (RECEIPT)');
  });

  it('reports the slow answer on the response with the threshold, related to its request', () => {
    const slow = problems.find((p) => p.code === 'exchange.slow')!;
    assert.equal(slow.severity, 'warning');
    assert.equal(slow.message, 'answered after 11 s (threshold 5 s)');
    assert.equal(slow.related![0]!.span.start, after(sample, rows.receipt19First, 'Запрос'));
  });

  it('every problem belongs to its entry and has the severity of its code', () => {
    const parsed = parseLog(sample);
    for (const problem of problems) {
      assert.equal(problem.severity, ruleCodes[problem.code as keyof typeof ruleCodes].severity);
      const entry = parsed.entries[problem.entry!]!;
      assert.ok(entry.span.start <= problem.span.start && problem.span.end <= entry.span.end);
    }
  });

  it('the same log exported oldest first yields the same problems and no time-order warning', () => {
    const reversed = oldestFirst(sample);
    assert.deepEqual(
      runRules(reversed).map((p) => p.code).sort(),
      ['exchange.retry', 'exchange.slow'],
    );
  });

  it('the threshold is an option: 3 s also flags the 4 s answer to the retry, 15 s flags nothing', () => {
    const strict = runRules(sample, { slowResponseMs: 3000 }).filter((p) => p.code === 'exchange.slow');
    assert.deepEqual(strict.map((p) => p.message).sort(), ['answered after 11 s (threshold 3 s)', 'answered after 4 s (threshold 3 s)']);
    assert.equal(runRules(sample, { slowResponseMs: 15000 }).filter((p) => p.code === 'exchange.slow').length, 0);
  });

  it('a weighed-goods bill with a marked product and a delivery line (no VAT), post keys reordered: no problem', () => {
    const text = fixture('weighed-delivery.log');
    const parsed = parseLog(text);
    assert.equal(parsed.entries.length, 6);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(createRulesChecker()(parsed, buildSessions(parsed)), []);
  });

  it('runs inside analyzeLog as a checker, with the same result', () => {
    const analysis = analyzeLog(sample, { checkers: [createRulesChecker()] });
    assert.deepEqual(seen(sample, analysis.problems), seen(sample, problems));
  });
});
