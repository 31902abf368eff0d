import * as assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('BILL schemas', () => {
  const validator = createSchemaValidator();
  const bill = sampleJson('BILL', 'response');
  const check = (json = bill) => validator.validate('BILL', 'response', json);

  const delivery = `{
"id": "0c2f6a3e-9b1d-4e5f-8a7b-6c5d4e3f2a19",
"price": 500,
"taxrate": "Без НДС",
"itemType": 3,
"prodname": "Доставка",
"quantity": 1,
"unitname": "шт"
}`;

  describe('accepts', () => {
    it('a delivery line: UUID string id, itemType 3, no type, "Без НДС"', () => {
      assert.deepEqual(check(mutate(bill, '"products": [\n', `"products": [\n${delivery},\n`)), []);
    });

    it('"N%" rates and other marked-goods kinds', () => {
      const json = mutate(mutate(bill, '"taxrate": "5%"', '"taxrate": "22%"'), '"type": "NORMAL"', '"type": "LIGHT_INDUSTRY_MARKED"');
      assert.deepEqual(check(json), []);
    });

    it('weighed goods: price per gram, integer grams', () => {
      const json = mutate(mutate(bill, '"price": 41800', '"price": 18.88'), '"quantity": 1', '"quantity": 24');
      assert.deepEqual(check(mutate(json, '"unitname": "Штука"', '"unitname": "Грамм"')), []);
    });
  });

  describe('rejects', () => {
    it('summ as a string', () => {
      const json = mutate(bill, '"summ": 41800', '"summ": "41800.00"');
      expectProblems(json, check(json), [
        { code: 'schema.type', token: '"41800.00"', message: 'summ: expected number, got string "41800.00"' },
      ]);
    });

    it('a missing number, on the object brace', () => {
      const json = mutate(bill, '"number": "M3192",\n', '');
      expectProblems(json, check(json), [{ code: 'schema.required', token: '{', message: 'missing required property "number"' }]);
    });

    it('a customer without a name, on the customer key', () => {
      const json = mutate(bill, '"name": "Пётр Тестов ",\n', '');
      expectProblems(json, check(json), [
        { code: 'schema.required', token: '"customer"', message: 'customer: missing required property "name"' },
      ]);
    });

    it('a negative quantity and a negative price', () => {
      const json = mutate(mutate(bill, '"quantity": 1', '"quantity": -1'), '"price": 41800', '"price": -5');
      expectProblems(json, check(json), [
        { code: 'schema.minimum', token: '-5', message: 'products[0].price: expected a number ≥ 0, got -5' },
        { code: 'schema.minimum', token: '-1', message: 'products[0].quantity: expected a number ≥ 0, got -1' },
      ]);
    });

    it('a fractional quantity', () => {
      const json = mutate(bill, '"quantity": 1', '"quantity": 1.5');
      expectProblems(json, check(json), [
        { code: 'schema.type', token: '1.5', message: 'products[0].quantity: expected integer, got number 1.5' },
      ]);
    });

    it('an impossible date', () => {
      const json = mutate(bill, '"date": "2025-12-13 19:06:10"', '"date": "2025-13-45 99:00:00"');
      expectProblems(json, check(json), [
        {
          code: 'schema.format',
          token: '"2025-13-45 99:00:00"',
          message: 'date: expected a date and time "YYYY-MM-DD HH:MM:SS", got "2025-13-45 99:00:00"',
        },
      ]);
    });

    it('a VAT rate "18 %"', () => {
      const json = mutate(bill, '"taxrate": "5%"', '"taxrate": "18 %"');
      expectProblems(json, check(json), [
        {
          code: 'schema.pattern',
          token: '"18 %"',
          message: 'products[0].taxrate: expected a VAT rate such as "5%" or "Без НДС", got "18 %"',
        },
      ]);
    });

    it('a delivery line whose id is not a UUID', () => {
      const json = mutate(bill, '"products": [\n', `"products": [\n${delivery.replace('0c2f6a3e-9b1d', '0c2f6a3e-zz1d')},\n`);
      expectProblems(json, check(json), [
        {
          code: 'schema.format',
          token: '"0c2f6a3e-zz1d-4e5f-8a7b-6c5d4e3f2a19"',
          message: 'products[0].id: expected a UUID such as "5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11", got "0c2f6a3e-zz1d-4e5f-8a7b-6c5d4e3f2a19"',
        },
      ]);
    });

    it('goods (itemType 1) without a type, and with a string id', () => {
      const json = mutate(mutate(bill, '"type": "NORMAL",\n', ''), '"id": 2776', '"id": "2776"');
      expectProblems(json, check(json), [
        { code: 'schema.required', token: '{', message: 'products[0]: missing required property "type"' },
        { code: 'schema.type', token: '"2776"', message: 'products[0].id: expected integer, got string "2776"' },
      ]);
    });

    it('a lower-case product type', () => {
      const json = mutate(bill, '"type": "NORMAL"', '"type": "normal"');
      expectProblems(json, check(json), [
        {
          code: 'schema.pattern',
          token: '"normal"',
          message: 'products[0].type: expected an upper-case kind name such as "NORMAL", got "normal"',
        },
      ]);
    });

    it('an INN that is neither 10 nor 12 digits', () => {
      const json = mutate(bill, '"inn": ""', '"inn": "77123"');
      expectProblems(json, check(json), [
        { code: 'schema.pattern', token: '"77123"', message: 'customer.inn: expected an INN of 10 or 12 digits, or "", got "77123"' },
      ]);
    });
  });

  describe('warns', () => {
    it('on an unknown marked-goods kind (an open set)', () => {
      const json = mutate(bill, '"type": "NORMAL"', '"type": "GLASSES_MARKED"');
      expectProblems(json, check(json), [
        {
          code: 'schema.unknown-value',
          token: '"GLASSES_MARKED"',
          message: 'products[0].type: unknown value "GLASSES_MARKED" (known: NORMAL, SERVICE, ALCOHOL_MARKED, ALCOHOL_NOT_MARKED, TOBACCO_MARKED and 21 more)',
        },
      ]);
    });

    it('on an unknown itemType, and checks no id shape for it', () => {
      const json = mutate(bill, '"itemType": 1', '"itemType": 2');
      expectProblems(json, check(json), [
        { code: 'schema.unknown-value', token: '2', message: 'products[0].itemType: unknown value 2 (known: 1 or 3)' },
      ]);
    });

    it('on a property the protocol does not describe, on its key', () => {
      const json = mutate(bill, '"prodname"', '"color": "green",\n"prodname"');
      expectProblems(json, check(json), [
        {
          code: 'schema.unexpected-property',
          token: '"color"',
          message: 'products[0]: unexpected property "color" (not described by the protocol)',
        },
      ]);
    });
  });

  describe('the request', () => {
    const request = sampleJson('BILL', 'request');
    const checkRequest = (json: typeof request) => validator.validate('BILL', 'request', json);

    it('rejects a non-numeric id and a missing one', () => {
      const bad = mutate(request, '"id": "3192"', '"id": "31x2"');
      expectProblems(bad, checkRequest(bad), [
        { code: 'schema.pattern', token: '"31x2"', message: 'get.id: expected a string of digits, got "31x2"' },
      ]);
      const missing = mutate(request, ',\n"id": "3192"', '');
      expectProblems(missing, checkRequest(missing), [
        { code: 'schema.required', token: '"get"', message: 'get: missing required property "id"' },
      ]);
    });

    it('rejects a body on a GET and a non-empty post', () => {
      const json = mutate(mutate(request, '"body": null', '"body": {"a": 1}'), '"post": []', '"post": [1, 2]');
      expectProblems(json, checkRequest(json), [
        { code: 'schema.type', token: '"body"', message: 'body: expected null, got object' },
        { code: 'schema.constraint', token: '"post"', message: 'post: expected an empty array, got 2 items' },
      ]);
    });

    it('warns on a header other than vary', () => {
      const json = jsonText(request.text.replace('"vary": [', '"x-real-ip": "10.0.0.1",\n"vary": ['));
      expectProblems(json, checkRequest(json), [
        {
          code: 'schema.unexpected-property',
          token: '"x-real-ip"',
          message: 'headers: unexpected property "x-real-ip" (not described by the protocol)',
        },
      ]);
    });
  });
});
