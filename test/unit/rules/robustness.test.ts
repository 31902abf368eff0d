import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseLog } from '../../../src/core/parse/parseLog';
import { createRulesChecker, ruleCodes, rules, type RuleDefinition } from '../../../src/core/rules';
import { buildSessions } from '../../../src/core/sessions/buildSessions';
import { replaceAfter, rows, runRules, sample } from './ruleHarness';

/** Runs the rules and fails if any rule threw (they must skip bad shapes, not rely on the catch). */
function runStrict(text: string): ReturnType<typeof runRules> {
  const errors: string[] = [];
  const problems = runRules(text, { onRuleError: (rule, error) => errors.push(`${rule}: ${String(error)}`) });
  assert.deepEqual(errors, []);
  return problems;
}

const wrongValues = ['null', '"x"', '[]', '{}', '-1', '1e308', 'true', '""'];

describe('rules on untrusted payloads', () => {
  it('no rule throws when any single value of the sample has another type', function () {
    this.timeout(60_000);
    const lines = sample.split('\n');
    let runs = 0;
    for (let i = 0; i < lines.length; i++) {
      const match = /^("[^"]*": )(.+?)(,?)$/.exec(lines[i]!);
      if (!match || match[2] === '{' || match[2] === '[') continue;
      for (const value of [wrongValues[i % wrongValues.length]!, wrongValues[(i + 3) % wrongValues.length]!]) {
        const mutated = [...lines.slice(0, i), `${match[1]}${value}${match[3]}`, ...lines.slice(i + 1)].join('\n');
        runStrict(mutated);
        runs++;
      }
    }
    assert.ok(runs > 500, `${runs} runs`);
  });

  it('skips payloads of the wrong shape without reporting invariants', () => {
    const weird = [
      '| 2025-12-13 19:00:01 | 7 | Ответ (BILL) | [] |',
      '| 2025-12-13 19:00:01 | 7 | Запрос (BILL) | {"get": "x", "body": null, "post": []} |',
      '| 2025-12-13 19:00:02 | 7 | Ответ (BILL) | {"id": 1, "summ": 5, "products": [null, 3]} |',
      '| 2025-12-13 19:00:02 | 7 | Запрос (BILL) | {"get": {"q": 5, "id": []}} |',
      '| 2025-12-13 19:00:03 | 7 | Ответ (LIST) | [null, 1, {"id": "1"}, {"id": 1, "summ": "5"}] |',
      '| 2025-12-13 19:00:03 | 7 | Запрос (LIST) | {"get": {"q": "/api/v2/list"}} |',
      '| 2025-12-13 19:00:04 | 7 | Запрос (RECEIPT) | {"body": {"data": {"items": {"0": 1}, "extras": []}}, "post": 1} |',
      '| 2025-12-13 19:00:05 | 7 | Запрос (RECEIPT) | {"body": {"id": 3, "data": {"id": 3, "items": [1, [], {"price": "1"}], "extras": {"billId": 1}}, "timestamp": "now"}} |',
      '| 2025-12-13 19:00:06 | 7 | Запрос (RECEIPT) | "text" |',
      '| 2025-12-13 19:00:07 | 7 | Запрос (RECEIPT) | {"body": null, "post": {"__proto__": 1}} |',
      '| 2025-12-13 19:00:08 | 7 | Запрос (HELLO) | <html>502</html> |',
    ].join('\n');
    const problems = runStrict(weird);
    const invariantCodes = problems.map((p) => p.code).filter((code) => !code.startsWith('exchange.') && code !== 'log.time-order');
    assert.deepEqual(invariantCodes, []);
  });

  it('handles an empty text, a text without rows, and deeply nested payloads', () => {
    assert.deepEqual(runStrict(''), []);
    assert.deepEqual(runStrict('hello\nworld'), []);
    const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
    const text = replaceAfter(sample, rows.receipt146, '"infoCheck": false', `"infoCheck": ${deep}`, 2);
    runStrict(text);
  });

  it('a rule that throws does not stop the others, and is reported to onRuleError once', () => {
    const failingLog: RuleDefinition = {
      name: 'failingLog',
      kind: 'log',
      run: () => {
        throw new Error('boom');
      },
    };
    let calls = 0;
    const failingMessage: RuleDefinition = {
      name: 'failingMessage',
      kind: 'message',
      type: 'RECEIPT',
      direction: 'request',
      check: () => {
        calls++;
        throw new Error('bang');
      },
    };
    const failingExchange: RuleDefinition = {
      name: 'failingExchange',
      kind: 'exchange',
      check: () => {
        throw new Error('crash');
      },
    };
    const errors: string[] = [];
    const parsed = parseLog(sample);
    const checker = createRulesChecker({
      rules: [failingLog, failingMessage, failingExchange, ...rules],
      onRuleError: (name, error) => errors.push(`${name}: ${(error as Error).message}`),
    });
    const problems = checker(parsed, buildSessions(parsed));
    assert.deepEqual(errors, ['failingMessage: bang', 'failingExchange: crash', 'failingLog: boom']);
    assert.equal(calls, 3, 'tried on each of the three RECEIPT requests');
    assert.deepEqual(problems.map((p) => p.code).sort(), ['exchange.retry', 'exchange.slow']);
  });

  it('a rule may return its problems instead of reporting them', () => {
    const parsed = parseLog(sample);
    const returning: RuleDefinition = {
      name: 'returning',
      kind: 'log',
      run: () => [{ code: 'x.test', severity: 'hint', message: 'm', span: { start: 0, end: 1 } }],
    };
    const problems = createRulesChecker({ rules: [returning] })(parsed, buildSessions(parsed));
    assert.deepEqual(problems.map((p) => p.code), ['x.test']);
  });

  it('stops between rules when cancelled', () => {
    const parsed = parseLog(sample);
    const problems = createRulesChecker()(parsed, buildSessions(parsed), { isCancellationRequested: true });
    assert.deepEqual(problems, []);
  });

  it('every rule lives in the file it is named after, and every code is reported by some rule file', () => {
    const dir = path.resolve(__dirname, '../../../../src/core/rules');
    assert.equal(new Set(rules.map((r) => r.name)).size, rules.length);
    const sources = rules.map((r) => readFileSync(path.join(dir, `${r.name}.ts`), 'utf8')).join('\n');
    for (const code of Object.keys(ruleCodes)) assert.ok(sources.includes(`'${code}'`), `a rule reports ${code}`);
  });
});
