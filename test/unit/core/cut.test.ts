import * as assert from 'node:assert/strict';
import { analyzeLog } from '../../../src/core/analyze';
import { cutText } from '../../../src/core/text/cut';
import { standardCheckers } from '../../../src/core/validation/standardCheckers';

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('cutting text for messages', () => {
  it('never splits a surrogate pair', () => {
    assert.equal(cutText('ab😀cd', 3), 'ab');
    assert.equal(cutText('ab😀cd', 4), 'ab😀');
    assert.equal(cutText('abc', 5), 'abc');
  });

  it('keeps diagnostics free of half emoji', () => {
    const emoji = '😀'.repeat(40);
    const text = [
      `| 2025-12-13 19:16:31 | 1 | Ответ (HELLO) | Notice: a${emoji} {"system": "x", "protocol": "0.1.0"} |`,
      `| 2025-12-13 19:16:30 | 1 | Ответ (BILL) | {"id": 1, "date": "2025-12-13 19:00:00", "summ": "x${emoji}", "number": "1", "customer": {}, "products": [], "prepayment": 0, "prepaymentEnable": true} |`,
    ].join('\n');
    const problems = analyzeLog(text, { checkers: standardCheckers() }).problems;
    assert.ok(problems.length >= 2);
    for (const problem of problems) assert.doesNotMatch(problem.message, loneSurrogate, problem.message);
  });
});
