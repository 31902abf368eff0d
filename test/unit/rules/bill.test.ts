import * as assert from 'node:assert/strict';
import { after, expectOne, expectWords, fixture, ofCode, replaceAfter, rows, runRules, sample } from './ruleHarness';

describe('bill.sum', () => {
  it('passes on the sample (41800 × 1, 4543.5 × 4 = 18174) and on weighed goods (18.88 × 24 = 453.12)', () => {
    assert.equal(ofCode(runRules(sample), 'bill.sum').length, 0);
    assert.equal(ofCode(runRules(fixture('weighed-delivery.log')), 'bill.sum').length, 0);
  });

  it('flags summ when a product price changes, on the summ value, with both amounts', () => {
    const text = replaceAfter(sample, rows.bill146Answer, '"price": 41800', '"price": 41790');
    const problem = expectOne(text, runRules(text), 'bill.sum', after(text, rows.bill146Answer, '41800'), '41800');
    assert.equal(problem.message, 'summ is 41 800.00 but the products add up to 41 790.00 (Σ price × quantity)');
    assert.equal(problem.severity, 'error');
  });

  it('flags a one-kopeck difference and adds up several lines (quantity, weighed goods, delivery)', () => {
    const text = replaceAfter(fixture('weighed-delivery.log'), '| Ответ (BILL) |', '"summ": 1103.09', '"summ": 1103.1');
    const problem = expectOne(text, runRules(text), 'bill.sum', after(text, '| Ответ (BILL) |', '1103.1'), '1103.1');
    expectWords(problem.message, 'summ is 1 103.10', '1 103.09');
  });

  it('skips a bill whose numbers are of the wrong type (the schemas report those)', () => {
    const text = replaceAfter(sample, rows.bill146Answer, '"quantity": 1', '"quantity": "1"');
    assert.equal(ofCode(runRules(text), 'bill.sum').length, 0);
  });
});

describe('bill.id-echo', () => {
  it('passes on the sample', () => {
    assert.equal(ofCode(runRules(sample), 'bill.id-echo').length, 0);
  });

  it('flags get.id that differs from the last segment of get.q, related to the path', () => {
    const text = replaceAfter(sample, rows.bill146Request, '"id": "3192"', '"id": "3193"');
    const problem = expectOne(text, runRules(text), 'bill.id-echo', after(text, rows.bill146Request, '"3193"'), '"3193"');
    expectWords(problem.message, 'get.id is "3193"', '"/api/v2/bill/byid/3192"', 'ends in "3192"');
    assert.equal(text.slice(problem.related![0]!.span.start, problem.related![0]!.span.end), '"/api/v2/bill/byid/3192"');
  });

  it('flags the path when it names another bill than get.id', () => {
    const text = replaceAfter(sample, rows.bill146Request, 'byid/3192', 'byid/31920');
    const problem = expectOne(text, runRules(text), 'bill.id-echo', after(text, rows.bill146Request, '"3192"'), '"3192"');
    expectWords(problem.message, 'ends in "31920"');
  });

  it('flags an answer for another bill on its id, related to get.id of the request', () => {
    const text = replaceAfter(sample, rows.bill146Answer, '"id": 3192', '"id": 3193');
    const problem = expectOne(text, runRules(text), 'bill.id-echo', after(text, rows.bill146Answer, '3193'), '3193');
    assert.equal(problem.message, 'id is 3193 but the request asked for bill "3192"');
    const related = problem.related![0]!.span;
    assert.equal(related.start, after(text, rows.bill146Request, '"3192"', 0));
    assert.equal(text.slice(related.start, related.end), '"3192"');
  });
});

describe('list.bill-mismatch', () => {
  it('passes on the sample: LIST answers before and after the BILL agree (customername = name trimmed)', () => {
    assert.equal(ofCode(runRules(sample), 'list.bill-mismatch').length, 0);
  });

  it('flags a LIST summ that differs from the BILL, related to the BILL summ', () => {
    const text = replaceAfter(sample, rows.list146Late, '"summ": 41800', '"summ": 41790');
    const problem = expectOne(text, runRules(text), 'list.bill-mismatch', after(text, rows.list146Late, '41790'), '41790');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, '[0].summ is 41 790.00 but the BILL answer of 19:06:58 for bill 3192 has 41 800.00');
    const related = problem.related![0]!;
    assert.equal(related.span.start, after(text, rows.bill146Answer, '41800'));
    assert.equal(text.slice(related.span.start, related.span.end), '41800');
    assert.equal(related.message, 'summ in the BILL answer of 19:06:58');
  });

  it('compares a LIST before the BILL with that later BILL too', () => {
    const text = replaceAfter(sample, rows.list146Early, '"number": "M3192"', '"number": "M3129"');
    const problem = expectOne(text, runRules(text), 'list.bill-mismatch', after(text, rows.list146Early, '"M3129"'), '"M3129"');
    expectWords(problem.message, '[0].number is "M3129"', '"M3192"');
  });

  it('flags date and customername, each on its LIST field', () => {
    let text = replaceAfter(sample, rows.list146Late, '"date": "2025-12-13 19:06:10"', '"date": "2025-12-13 19:06:11"');
    expectOne(text, runRules(text), 'list.bill-mismatch', after(text, rows.list146Late, '"2025-12-13 19:06:11"'), '"2025-12-13 19:06:11"');
    text = replaceAfter(sample, rows.list146Late, '"customername": "Пётр Тестов"', '"customername": "Пётр Тестов2"');
    const problem = expectOne(text, runRules(text), 'list.bill-mismatch', after(text, rows.list146Late, '"Пётр Тестов2"'), '"Пётр Тестов2"');
    expectWords(problem.message, 'customername', 'compared trimmed');
    const related = problem.related![0]!.span;
    assert.equal(text.slice(related.start, related.end), '"Пётр Тестов "');
  });

  it('ignores LIST entries for bills the log has no BILL answer for', () => {
    const text = replaceAfter(sample, rows.list146Late, '"id": 3192', '"id": 4000');
    assert.equal(ofCode(runRules(text), 'list.bill-mismatch').length, 0);
  });
});
