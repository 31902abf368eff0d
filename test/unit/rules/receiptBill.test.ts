import * as assert from 'node:assert/strict';
import { after, expectOne, expectWords, fixture, ofCode, replaceAfter, rows, runRules, sample } from './ruleHarness';

function receipt146(find: string, replacement: string, text = sample): string {
  return replaceAfter(text, rows.receipt146, find, replacement, 2);
}

const weighed = fixture('weighed-delivery.log');
const weighedReceipt = '| Запрос (RECEIPT) |';

describe('receipt.bill-mismatch', () => {
  it('passes on the sample (both receipts match their bills; customer names compared trimmed)', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.bill-mismatch').length, 0);
    assert.equal(ofCode(runRules(weighed), 'receipt.bill-mismatch').length, 0);
  });

  it('flags the bill number, related to the BILL\u2019s number', () => {
    const text = receipt146('"number": "M3192"', '"number": "M3193"');
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '"M3193"'), '"M3193"');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'body.data.extras.number is "M3193" but bill 3192 (the BILL answer of 19:06:58) has number "M3192"');
    const related = problem.related![0]!;
    assert.equal(related.span.start, after(text, rows.bill146Answer, '"M3192"'));
    assert.equal(related.message, 'number in the BILL answer of 19:06:58');
  });

  it('flags the date and the customer name, but not a name that differs only by the trailing space', () => {
    let text = receipt146('"date": "2025-12-13 19:06:10"', '"date": "2025-12-13 19:06:00"');
    expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '"2025-12-13 19:06:00"'), '"2025-12-13 19:06:00"');
    text = receipt146('"name": "Пётр Тестов "', '"name": "Пётр Тестов"');
    assert.equal(ofCode(runRules(text), 'receipt.bill-mismatch').length, 0);
    text = receipt146('"name": "Пётр Тестов "', '"name": "Павел Тестов "');
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '"Павел Тестов "'), '"Павел Тестов "');
    expectWords(problem.message, 'body.data.extras.customer.name', 'customer.name "Пётр Тестов "', 'compared trimmed');
  });

  it('flags totalAmount that is not the bill\u2019s summ, related to summ', () => {
    const text = receipt146('"totalAmount": 41800', '"totalAmount": 41799.99');
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '41799.99'), '41799.99');
    assert.equal(problem.message, 'body.data.totalAmount is 41 799.99 but bill 3192 (the BILL answer of 19:06:58) has summ 41 800.00');
    assert.equal(problem.related![0]!.span.start, after(text, rows.bill146Answer, '"summ": 41800', 0, 8));
  });

  it('mentions a receipt discount when totalAmount falls short of summ by it', () => {
    let text = receipt146('"totalDiscount": 0', '"totalDiscount": 100');
    text = receipt146('"totalAmount": 41800', '"totalAmount": 41700', text);
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '41700'), '41700');
    expectWords(problem.message, 'summ 41 800.00', 'totalDiscount 100.00');
  });

  it('flags an item whose price, quantity or VAT rate differs from its product, related to the product field', () => {
    let text = receipt146('"price": 41800', '"price": 41700');
    let problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '41700'), '41700');
    assert.equal(problem.message, 'body.data.items[0].price is 41 700.00 but bill 3192 (the BILL answer of 19:06:58) has products[0].price 41 800.00');
    assert.equal(problem.related![0]!.span.start, after(text, rows.bill146Answer, '"price": 41800', 0, 9));

    text = replaceAfter(sample, rows.receipt19First, '"quantity": 4', '"quantity": 3', 2);
    problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt19First, '"quantity": 3', 0, 12), '3');
    expectWords(problem.message, 'items[0].quantity is 3', 'bill 200335', 'products[0].quantity 4');

    text = receipt146('"taxPercent": 5', '"taxPercent": 7');
    problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '"taxPercent": 7', 0, 14), '7');
    expectWords(problem.message, 'items[0].taxPercent is 7', 'products[0].taxrate taxrate "5%"');
  });

  it('maps "Без НДС" to 0 %', () => {
    const text = replaceAfter(weighed, weighedReceipt, '"taxPercent": 0', '"taxPercent": 5', 2);
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, weighedReceipt, '"taxPercent": 5', 0, 14), '5');
    expectWords(problem.message, 'items[2].taxPercent is 5', '"Без НДС"');
  });

  it('flags an item that is no product of the bill, on its id', () => {
    const text = receipt146('"id": "2776"', '"id": "2777"');
    const problem = expectOne(text, runRules(text), 'receipt.bill-mismatch', after(text, rows.receipt146, '"2777"'), '"2777"');
    expectWords(problem.message, 'items[0].id is "2777"', 'no such product', 'its products: 2776');
    assert.equal(text.slice(problem.related![0]!.span.start, problem.related![0]!.span.end), '"products"');
  });

  it('does not check a receipt for a bill the log has no BILL answer for', () => {
    let text = receipt146('"billId": "3192"', '"billId": "9999"');
    text = receipt146('"number": "M3192"', '"number": "M9999"', text);
    assert.equal(ofCode(runRules(text), 'receipt.bill-mismatch').length, 0);
  });

  it('does not compare items and amount when the register says it changed the content', () => {
    let text = receipt146('"contentModified": false', '"contentModified": true');
    text = receipt146('"price": 41800', '"price": 41700', text);
    text = receipt146('"totalAmount": 41800', '"totalAmount": 41700', text);
    assert.equal(ofCode(runRules(text), 'receipt.bill-mismatch').length, 0);
    text = receipt146('"number": "M3192"', '"number": "M3193"', text);
    assert.equal(ofCode(runRules(text), 'receipt.bill-mismatch').length, 1);
  });

  it('compares with the latest BILL answer before the receipt, not a later one', () => {
    const billRow = sample.slice(sample.indexOf(rows.bill146Answer), sample.indexOf(rows.bill146Request) - 1);
    const later = billRow.replace('19:06:58', '19:20:00').replace('"number": "M3192"', '"number": "M3199"');
    const text = `${later}\n${sample}`;
    const problems = runRules(text);
    assert.equal(ofCode(problems, 'receipt.bill-mismatch').length, 0);
    assert.equal(ofCode(problems, 'list.bill-mismatch').length, 0);
    assert.equal(ofCode(problems, 'exchange.orphan').length, 1, 'the pasted BILL answer has no request');
  });
});

describe('receipt.timestamp', () => {
  it('passes on the sample: 0.4 s into the logged second; the retry is measured from the first delivery', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.timestamp').length, 0);
  });

  it('allows 5 s around the logged second and flags more, on the timestamp', () => {
    // Logged 19:07:39 = 1765642059000 ms; the second lasts until …059999.
    let text = receipt146('1765642059371', '1765642064999');
    assert.equal(ofCode(runRules(text), 'receipt.timestamp').length, 0);
    text = receipt146('1765642059371', '1765642054000');
    assert.equal(ofCode(runRules(text), 'receipt.timestamp').length, 0);
    text = receipt146('1765642059371', '1765642065371');
    const problem = expectOne(text, runRules(text), 'receipt.timestamp', after(text, rows.receipt146, '1765642065371'), '1765642065371');
    assert.equal(problem.message, 'body.timestamp is 2025-12-13 19:07:45.371 (Moscow time), 6 s after the log time 2025-12-13 19:07:39 of this request (tolerance 5 s)');
    text = receipt146('1765642059371', '1765642040000');
    expectWords(ofCode(runRules(text), 'receipt.timestamp')[0]!.message, '19 s before');
  });

  it('measures a retry from the first delivery of its event', () => {
    const text = sample.split('1765641363399').join('1765641393399'); // +30 s in all four copies
    const problems = ofCode(runRules(text), 'receipt.timestamp');
    assert.equal(problems.length, 2);
    const retry = problems.find((p) => p.span.start > after(text, rows.receipt19Retry, '"body"') && p.span.start < after(text, rows.receipt19Retry, '"post"'))!;
    expectWords(retry.message, '30 s after the log time 2025-12-13 18:56:03 of the first delivery of this event');
    assert.equal(retry.related![0]!.span.start, after(text, rows.receipt19First, '2025-12-13 18:56:03'));
  });

  it('the option widens the tolerance', () => {
    const text = receipt146('1765642059371', '1765642069371');
    assert.equal(ofCode(runRules(text), 'receipt.timestamp').length, 1);
    assert.equal(ofCode(runRules(text, { timestampToleranceMs: 15000 }), 'receipt.timestamp').length, 0);
  });

  it('does not check data.dateTime against the log (the register clock runs tens of seconds off)', () => {
    const text = receipt146('"dateTime": "2025-12-13T16:08:05.000Z"', '"dateTime": "2025-12-13T16:09:39.000Z"');
    assert.equal(runRules(text).filter((p) => p.code.startsWith('receipt.')).length, 0);
  });
});
