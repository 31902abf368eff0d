import * as assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('RECEIPT schemas', () => {
  const validator = createSchemaValidator();
  const receipt = sampleJson('RECEIPT', 'request');
  const check = (json = receipt) => validator.validate('RECEIPT', 'request', json);
  // Mutations change the first occurrence: the `body`; `post` keeps the sample's valid copy.

  describe('accepts', () => {
    for (const kind of ['PAYBACK', 'BUY', 'BUYBACK']) {
      it(`a ${kind} receipt`, () => assert.deepEqual(check(mutate(receipt, '"type": "SELL"', `"type": "${kind}"`)), []));
    }

    for (const method of ['FullPrepayment', 'PartialPrepayment', 'AdvancePayment', 'PartialSettlement', 'Lend', 'LoanPayment']) {
      it(`settlement method ${method}`, () => {
        assert.deepEqual(check(mutate(receipt, '"FullSettlement"', `"${method}"`)), []);
      });
    }

    it('cash payment and a payments list', () => {
      const payments = '"payments": [\n{\n"sum": 41800,\n"type": 1,\n"payed": true,\n"method": "card"\n}\n],\n"prepayment"';
      assert.deepEqual(check(mutate(mutate(receipt, '"PAY_CARD"', '"PAY_CASH"'), '"prepayment"', payments)), []);
    });

    it('the answer {"success": true}', () => {
      assert.deepEqual(validator.validate('RECEIPT', 'response', jsonText('{"success": true}')), []);
    });
  });

  describe('rejects', () => {
    it('an event type other than ReceiptCreated', () => {
      const json = mutate(receipt, '"ReceiptCreated"', '"ReceiptUpdated"');
      expectProblems(json, check(json), [
        { code: 'schema.enum', token: '"ReceiptUpdated"', message: 'body.type: expected "ReceiptCreated", got "ReceiptUpdated"' },
      ]);
    });

    it('webhook version 3', () => {
      const json = mutate(receipt, '"version": 2', '"version": 3');
      expectProblems(json, check(json), [{ code: 'schema.enum', token: '3', message: 'body.version: expected 2, got 3' }]);
    });

    it('an unknown receipt kind (a closed set)', () => {
      const json = mutate(receipt, '"type": "SELL"', '"type": "SALE"');
      expectProblems(json, check(json), [
        { code: 'schema.enum', token: '"SALE"', message: 'body.data.type: expected one of "SELL", "PAYBACK", "BUY" or "BUYBACK", got "SALE"' },
      ]);
    });

    it('a settlement method the fiscal standard does not have', () => {
      const json = mutate(receipt, '"FullSettlement"', '"Prepayment"');
      const [problem] = check(json);
      assert.equal(problem?.code, 'schema.enum');
      assert.equal(json.text.slice(problem.span.start, problem.span.end), '"Prepayment"');
      assert.match(problem.message, /^body\.data\.extras\.settlementMethod: expected one of "FullPrepayment", .*, got "Prepayment"$/);
    });

    it('a malformed event UUID', () => {
      const json = mutate(receipt, '"5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"', '"5f1c2a90-3b7e-4c1d-9a42"');
      expectProblems(json, check(json), [
        {
          code: 'schema.format',
          token: '"5f1c2a90-3b7e-4c1d-9a42"',
          message: 'body.id: expected a UUID such as "5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11", got "5f1c2a90-3b7e-4c1d-9a42"',
        },
      ]);
    });

    it('a device time that is not ISO 8601', () => {
      const json = mutate(receipt, '"2025-12-13T16:08:05.000Z"', '"2025-12-13 16:08:05"');
      expectProblems(json, check(json), [
        {
          code: 'schema.format',
          token: '"2025-12-13 16:08:05"',
          message: 'body.data.dateTime: expected an ISO 8601 date-time such as "2025-12-13T16:08:05.000Z", got "2025-12-13 16:08:05"',
        },
      ]);
    });

    it('a bad userId and a negative item quantity', () => {
      const json = mutate(mutate(receipt, '"01-000000000100001"', '"01-1000"'), '"quantity": 1', '"quantity": -1');
      expectProblems(json, check(json), [
        { code: 'schema.minimum', token: '-1', message: 'body.data.items[0].quantity: expected a number ≥ 0, got -1' },
        { code: 'schema.pattern', token: '"01-1000"', message: 'body.userId: expected "01-" followed by 15 digits, got "01-1000"' },
      ]);
    });

    it('a payment source in lower case', () => {
      const json = mutate(receipt, '"PAY_CARD"', '"card"');
      expectProblems(json, check(json), [
        {
          code: 'schema.pattern',
          token: '"card"',
          message: 'body.data.paymentSource: expected an upper-case payment kind such as "PAY_CARD", got "card"',
        },
      ]);
    });

    it('an answer whose success is a string, or missing', () => {
      const text = jsonText('{"success": "true"}');
      expectProblems(text, validator.validate('RECEIPT', 'response', text), [
        { code: 'schema.type', token: '"true"', message: 'success: expected boolean, got string "true"' },
      ]);
      const empty = jsonText('{}');
      expectProblems(empty, validator.validate('RECEIPT', 'response', empty), [
        { code: 'schema.required', token: '{', message: 'missing required property "success"' },
      ]);
    });
  });

  describe('warns', () => {
    it('on an unknown payment source (an open set: Evotor adds payment kinds)', () => {
      const json = mutate(receipt, '"PAY_CARD"', '"PAY_SBP"');
      expectProblems(json, check(json), [
        { code: 'schema.unknown-value', token: '"PAY_SBP"', message: 'body.data.paymentSource: unknown value "PAY_SBP" (known: PAY_CARD or PAY_CASH)' },
      ]);
    });

    it('on an unknown item kind', () => {
      const json = mutate(receipt, '"itemType": "NORMAL"', '"itemType": "GLASSES_MARKED"');
      const problems = check(json);
      assert.deepEqual(problems.map((p) => [p.code, p.severity, json.text.slice(p.span.start, p.span.end)]), [
        ['schema.unknown-value', 'warning', '"GLASSES_MARKED"'],
      ]);
    });

    it('on a customer id in the extras (the receipt copy has none)', () => {
      const json = mutate(receipt, '"inn": ""', '"id": 4499,\n"inn": ""');
      expectProblems(json, check(json), [
        {
          code: 'schema.unexpected-property',
          token: '"id"',
          message: 'body.data.extras.customer: unexpected property "id" (not described by the protocol)',
        },
      ]);
    });
  });
});
