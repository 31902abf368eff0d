import * as assert from 'node:assert/strict';
import { after, expectOne, expectWords, fixture, ofCode, replaceAfter, rows, runRules, sample } from './ruleHarness';

/** Changes the 146 receipt in both body and post (they must stay equal). */
function receipt146(find: string, replacement: string): string {
  return replaceAfter(sample, rows.receipt146, find, replacement, 2);
}

const weighed = fixture('weighed-delivery.log');
const weighedReceipt = '| Запрос (RECEIPT) |';

describe('receipt.item-sum', () => {
  it('passes on the sample (4543.5 × 4 = 18174) and on 18.88 × 24 = 453.12, 99.99 × 3 = 299.97', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.item-sum').length, 0);
    assert.equal(ofCode(runRules(weighed), 'receipt.item-sum').length, 0);
  });

  it('flags sumPrice that is not price × quantity − discount, on the body\u2019s sumPrice', () => {
    const text = receipt146('"sumPrice": 41800', '"sumPrice": 41790');
    const problem = expectOne(text, runRules(text), 'receipt.item-sum', after(text, rows.receipt146, '41790'), '41790');
    assert.equal(problem.message, 'body.data.items[0].sumPrice is 41 790.00 but price × quantity − discount is 41 800.00 (41800 × 1 − 0)');
  });

  it('takes the discount off the line', () => {
    let text = receipt146('"discount": 0', '"discount": 10');
    const problem = expectOne(text, runRules(text), 'receipt.item-sum', after(text, rows.receipt146, '"sumPrice": 41800', 0, 12), '41800');
    expectWords(problem.message, 'is 41 800.00', 'is 41 790.00', '(41800 × 1 − 10)');
    text = replaceAfter(text, rows.receipt146, '"sumPrice": 41800', '"sumPrice": 41790', 2);
    assert.equal(ofCode(runRules(text), 'receipt.item-sum').length, 0);
  });
});

describe('receipt.item-tax', () => {
  it('passes on the sample (1990.48, 865.43) and on 22 %, 7 % and 0 % lines', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.item-tax').length, 0);
    assert.equal(ofCode(runRules(weighed), 'receipt.item-tax').length, 0);
  });

  it('flags a tax one kopeck off, on the tax value', () => {
    const text = receipt146('"tax": 1990.48', '"tax": 1990.47');
    const problem = expectOne(text, runRules(text), 'receipt.item-tax', after(text, rows.receipt146, '1990.47'), '1990.47');
    assert.equal(problem.message, 'body.data.items[0].tax is 1 990.47 but should be 1 990.48: sumPrice × 5 / 105 (41 800.00 with 5% VAT inside)');
    // The total no longer matches the items either.
    expectOne(text, runRules(text), 'receipt.total-tax', after(text, rows.receipt146, '"totalTax": 1990.48', 0, 12), '1990.48');
  });

  it('taxPercent 0 needs tax 0', () => {
    const text = replaceAfter(weighed, weighedReceipt, '"tax": 0,', '"tax": 5,', 2);
    const problem = expectOne(text, runRules(text), 'receipt.item-tax', after(text, weighedReceipt, '"tax": 5', 0, 7), '5');
    expectWords(problem.message, 'body.data.items[2].tax is 5.00', 'should be 0.00', 'taxPercent is 0');
  });
});

describe('receipt.total-tax and receipt.total-amount', () => {
  it('pass on the sample and on a three-line receipt', () => {
    for (const text of [sample, weighed]) {
      const problems = runRules(text);
      assert.equal(ofCode(problems, 'receipt.total-tax').length, 0);
      assert.equal(ofCode(problems, 'receipt.total-amount').length, 0);
    }
  });

  it('flags totalTax that is not Σ tax', () => {
    const text = replaceAfter(weighed, weighedReceipt, '"totalTax": 101.33', '"totalTax": 101.34', 2);
    const problem = expectOne(text, runRules(text), 'receipt.total-tax', after(text, weighedReceipt, '101.34'), '101.34');
    assert.equal(problem.message, "body.data.totalTax is 101.34 but the items' tax adds up to 101.33 (Σ tax)");
    assert.equal(ofCode(runRules(text), 'receipt.item-tax').length, 0);
  });

  it('flags totalAmount that is not Σ sumPrice − totalDiscount', () => {
    const text = receipt146('"totalAmount": 41800', '"totalAmount": 41799.99');
    const problems = runRules(text);
    const problem = expectOne(text, problems, 'receipt.total-amount', after(text, rows.receipt146, '41799.99'), '41799.99');
    assert.equal(problem.message, 'body.data.totalAmount is 41 799.99 but the items come to 41 800.00 (Σ sumPrice, totalDiscount 0)');
  });

  it('takes totalDiscount off the items', () => {
    let text = receipt146('"totalDiscount": 0', '"totalDiscount": 100');
    const problem = expectOne(text, runRules(text), 'receipt.total-amount', after(text, rows.receipt146, '"totalAmount": 41800', 0, 15), '41800');
    expectWords(problem.message, '41 700.00', 'Σ sumPrice 41 800.00 − totalDiscount 100.00');
    text = replaceAfter(text, rows.receipt146, '"totalAmount": 41800', '"totalAmount": 41700', 2);
    assert.equal(ofCode(runRules(text), 'receipt.total-amount').length, 0);
  });
});

describe('receipt.post-body', () => {
  it('passes on the sample and when post has its keys in another order', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.post-body').length, 0);
    assert.equal(ofCode(runRules(weighed), 'receipt.post-body').length, 0);
  });

  it('flags the first differing value inside post, related to the body\u2019s value', () => {
    const postAt = after(sample, rows.receipt146, '"totalAmount": 41800', 1);
    const text = sample.slice(0, postAt) + '"totalAmount": 41801' + sample.slice(postAt + '"totalAmount": 41800'.length);
    const problem = expectOne(text, runRules(text), 'receipt.post-body', postAt + 15, '41801');
    assert.equal(problem.message, 'post.data.totalAmount is 41801 but body.data.totalAmount is 41800: post must repeat body');
    assert.equal(problem.related![0]!.span.start, after(text, rows.receipt146, '"totalAmount": 41800', 0) + 15);
  });

  it('flags a property post lacks (on its object\u2019s key) and one post adds (on that key)', () => {
    const postData = after(sample, rows.receipt146, '"infoCheck": false,\n', 1);
    let text = sample.slice(0, postData) + sample.slice(postData + '"infoCheck": false,\n'.length);
    let problem = expectOne(text, runRules(text), 'receipt.post-body', after(text, rows.receipt146, '"data"', 1), '"data"');
    expectWords(problem.message, 'post.data.infoCheck is missing', 'body.data.infoCheck is false');
    text = sample.slice(0, postData) + '"extra": 1,\n' + sample.slice(postData);
    problem = expectOne(text, runRules(text), 'receipt.post-body', postData, '"extra"');
    expectWords(problem.message, 'post.data.extra is not in the body');
  });

  it('flags post [] in a RECEIPT on the []', () => {
    const start = after(sample, rows.receipt146, '"post": {');
    const end = after(sample, rows.receipt146, '"headers"');
    const text = `${sample.slice(0, start)}"post": [],\n${sample.slice(end)}`;
    const problem = expectOne(text, runRules(text), 'receipt.post-body', start + 8, '[]');
    expectWords(problem.message, 'post is []', 'body is an object');
  });

  it('flags a differing array element', () => {
    const text = replaceAfter(sample, rows.receipt146, '"quantity": 1', '"quantity": 2', 2).replace('"quantity": 2', '"quantity": 1');
    const problem = expectOne(text, runRules(text), 'receipt.post-body', after(text, rows.receipt146, '"quantity": 2', 0, 12), '2');
    expectWords(problem.message, 'post.data.items[0].quantity is 2', 'body.data.items[0].quantity is 1');
  });
});

describe('receipt.event-id', () => {
  it('passes on the sample', () => {
    assert.equal(ofCode(runRules(sample), 'receipt.event-id').length, 0);
  });

  it('flags a receipt id equal to the event id, on data.id, related to body.id', () => {
    const text = receipt146('"id": "8d3e4b12-6a5f-4e2b-b1c3-2f7a9e0d4c22"', '"id": "5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"');
    const at = after(text, rows.receipt146, '"5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"', 1);
    const problem = expectOne(text, runRules(text), 'receipt.event-id', at, '"5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"');
    expectWords(problem.message, 'body.data.id', 'same as body.id', 'must differ');
    assert.equal(problem.related![0]!.span.start, after(text, rows.receipt146, '"5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"', 0));
  });
});
