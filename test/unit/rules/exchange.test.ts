import * as assert from 'node:assert/strict';
import { after, expectOne, expectWords, lineCol, ofCode, oldestFirst, removeRow, rows, runRules, sample } from './ruleHarness';

describe('exchange.retry', () => {
  it('is information on the retry\u2019s event cell (see the sample test for the message)', () => {
    const problem = expectOne(sample, runRules(sample), 'exchange.retry', after(sample, rows.receipt19Retry, 'Запрос'), 'Запрос (RECEIPT)');
    assert.equal(lineCol(sample, problem.span.start), '239:30');
  });

  it('names an identical request polled again before the first was answered', () => {
    // A copy of the LIST request of 19:06:38 just above it: the same second, later in time.
    const listRequest = '| 2025-12-13 19:06:38 | 146 | Запрос (LIST) |';
    const start = sample.indexOf(listRequest);
    const row = sample.slice(start, sample.indexOf('\n| 2025-12-13 19:06:36', start));
    const text = `${sample.slice(0, start)}${row}\n${sample.slice(start)}`;
    const at = start + listRequest.indexOf('Запрос');
    const problem = ofCode(runRules(text), 'exchange.retry').find((p) => p.span.start === at);
    assert.ok(problem, 'a retry on the second LIST request');
    assert.equal(text.slice(problem.span.start, problem.span.end), 'Запрос (LIST)');
    assert.equal(problem.message, 'retries the LIST of 19:06:38 (same request) after 0 s; the first answer came 0 s after its request');
    assert.equal(problem.related![0]!.span.start, start + row.length + 1 + listRequest.indexOf('Запрос'));
  });

  it('says when the first request has no answer', () => {
    const text = removeRow(removeRow(sample, '| 2025-12-13 18:56:18 | 19 | Ответ (RECEIPT) |'), '| 2025-12-13 18:56:14 | 19 | Ответ (RECEIPT) |');
    const problem = ofCode(runRules(text), 'exchange.retry')[0]!;
    expectWords(problem.message, 'the first request has no answer in the log');
  });
});

describe('exchange.unanswered', () => {
  it('passes on the sample', () => {
    assert.equal(ofCode(runRules(sample), 'exchange.unanswered').length, 0);
  });

  it('flags a request with no answer on its event cell', () => {
    const text = removeRow(sample, rows.receipt146Answer);
    const problem = expectOne(text, runRules(text), 'exchange.unanswered', after(text, rows.receipt146, 'Запрос'), 'Запрос (RECEIPT)');
    assert.equal(problem.message, 'no answer to this RECEIPT request of shop 146 in the log');
  });

  it('notes when the log ends right after the request', () => {
    const text = removeRow(sample, '| 2025-12-13 19:16:30 | 131 | Ответ (HELLO) |');
    const problem = expectOne(text, runRules(text), 'exchange.unanswered', after(text, rows.hello131Request, 'Запрос'), 'Запрос (HELLO)');
    expectWords(problem.message, 'the log ends 0 s later', 'after the excerpt');
  });
});

describe('exchange.orphan', () => {
  it('passes on the sample', () => {
    assert.equal(ofCode(runRules(sample), 'exchange.orphan').length, 0);
  });

  it('flags an answer with no request on its event cell', () => {
    const text = removeRow(sample, rows.bill146Request);
    const problem = expectOne(text, runRules(text), 'exchange.orphan', after(text, rows.bill146Answer, 'Ответ'), 'Ответ (BILL)');
    assert.equal(problem.message, 'this BILL answer has no BILL request of shop 146 waiting for it');
  });

  it('notes when the log starts right before the answer (the request may be before the excerpt)', () => {
    const text = removeRow(sample, '| 2025-12-13 18:51:54 | 19 | Запрос (BILL) |');
    const problem = expectOne(text, runRules(text), 'exchange.orphan', after(text, rows.bill19Answer, 'Ответ'), 'Ответ (BILL)');
    expectWords(problem.message, 'the log starts 0 s earlier');
  });
});

describe('exchange.slow', () => {
  it('flags the 11 s answer of the sample on the response\u2019s event cell', () => {
    const problem = expectOne(sample, runRules(sample), 'exchange.slow', after(sample, '| 2025-12-13 18:56:14 | 19 | Ответ (RECEIPT) |', 'Ответ'), 'Ответ (RECEIPT)');
    assert.equal(problem.message, 'answered after 11 s (threshold 5 s)');
  });

  it('a latency equal to the threshold is not slow', () => {
    const text = sample.replace('| 2025-12-13 19:07:40 | 146 | Ответ (RECEIPT)', '| 2025-12-13 19:07:44 | 146 | Ответ (RECEIPT)');
    assert.equal(ofCode(runRules(text, { slowResponseMs: 5000 }), 'exchange.slow').length, 1); // only shop 19
    const slower = sample.replace('| 2025-12-13 19:07:40 | 146 | Ответ (RECEIPT)', '| 2025-12-13 19:07:45 | 146 | Ответ (RECEIPT)');
    assert.equal(ofCode(runRules(slower, { slowResponseMs: 6000 }), 'exchange.slow').length, 1); // 6 s: not above 6 s
  });
});

describe('log.time-order', () => {
  it('passes on the sample, newest first and oldest first', () => {
    assert.equal(ofCode(runRules(sample), 'log.time-order').length, 0);
    assert.equal(ofCode(runRules(oldestFirst(sample)), 'log.time-order').length, 0);
  });

  it('flags a row newer than the row above it in a newest-first log, on its time cell', () => {
    const text = sample.replace('| 2025-12-13 19:06:38 | 146 | Ответ (LIST)', '| 2025-12-13 19:06:59 | 146 | Ответ (LIST)');
    const problem = expectOne(text, runRules(text), 'log.time-order', text.indexOf('2025-12-13 19:06:59'), '2025-12-13 19:06:59');
    assert.equal(problem.message, '2025-12-13 19:06:59 is newer than the row above it (2025-12-13 19:06:57), but the file is newest-first');
    assert.equal(text.slice(problem.related![0]!.span.start, problem.related![0]!.span.end), '2025-12-13 19:06:57');
  });

  it('flags a row older than the row above it in an oldest-first log', () => {
    const text = oldestFirst(sample).replace('| 2025-12-13 19:06:58 | 146 | Ответ (BILL)', '| 2025-12-13 19:06:30 | 146 | Ответ (BILL)');
    const problem = expectOne(text, runRules(text), 'log.time-order', text.indexOf('2025-12-13 19:06:30'), '2025-12-13 19:06:30');
    expectWords(problem.message, 'is older than the row above it (2025-12-13 19:06:57)', 'oldest-first');
  });

  it('is quiet on a single-row log', () => {
    const text = sample.slice(0, sample.indexOf('\n| 2025-12-13 19:16:30 | 131 | Запрос'));
    assert.deepEqual(runRules(text).map((p) => p.code), ['exchange.orphan']);
  });
});
