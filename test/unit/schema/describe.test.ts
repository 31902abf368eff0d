import * as assert from 'node:assert/strict';
import { describeAt } from '../../../src/core/schema';
import { mutate, sampleJson } from './sampleMessages';

describe('describeAt', () => {
  const bill = sampleJson('BILL', 'response');
  const receipt = sampleJson('RECEIPT', 'request');

  it('describes the message at the root, in English and Russian', () => {
    assert.equal(describeAt('BILL', 'response', bill, [], 'en')?.title, 'BILL response');
    assert.equal(describeAt('BILL', 'response', bill, [], 'ru')?.title, 'Ответ BILL');
  });

  it('prefers the description beside a $ref to the shared one', () => {
    assert.deepEqual(describeAt('BILL', 'response', bill, ['products', 0, 'price'], 'en'), {
      description: 'Price of one unit (per gram for weighed goods).',
    });
    assert.equal(describeAt('BILL', 'response', bill, ['products', 0, 'price'], 'ru')?.description, 'Цена за единицу (за грамм у весового товара).');
  });

  it('follows $ref into shared definitions', () => {
    assert.match(describeAt('BILL', 'response', bill, ['customer', 'inn'], 'en')?.description ?? '', /^Taxpayer number/);
    assert.match(describeAt('RECEIPT', 'request', receipt, ['body', 'data', 'extras', 'customer', 'name'], 'ru')?.description ?? '', /^Имя покупателя/);
  });

  it('uses the branch the value selects: goods and delivery ids', () => {
    assert.equal(describeAt('BILL', 'response', bill, ['products', 0, 'id'], 'en')?.description, "The product's id in the merchant service.");
    const delivery = mutate(mutate(bill, '"id": 2776', '"id": "0c2f6a3e-9b1d-4e5f-8a7b-6c5d4e3f2a19"'), '"itemType": 1', '"itemType": 3');
    assert.equal(describeAt('BILL', 'response', delivery, ['products', 0, 'id'], 'en')?.description, "The delivery line's id: a UUID string.");
  });

  it('returns undefined for an unknown path or type', () => {
    assert.equal(describeAt('BILL', 'response', bill, ['nothing', 'here'], 'en'), undefined);
    assert.equal(describeAt('PING', 'request', bill, [], 'en'), undefined);
  });
});
