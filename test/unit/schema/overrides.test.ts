import * as assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('user schemas', () => {
  const bill = sampleJson('BILL', 'response');
  const moneyInCents = {
    $id: 'https://example.test/schemas/money.json',
    $defs: { cents: { type: 'integer', minimum: 0, description: 'Money in kopecks.' } },
  };
  const strictBill = {
    $id: 'https://example.test/schemas/bill.json',
    type: 'object',
    properties: { summ: { $ref: 'money.json#/$defs/cents' } },
    required: ['summ', 'discountCode'],
  };

  it('an override object can $ref an extra schema', () => {
    const validator = createSchemaValidator({
      extraSchemas: [{ uri: moneyInCents.$id, schema: moneyInCents }],
      overrides: { 'BILL.response': strictBill },
    });
    assert.deepEqual(validator.loadErrors, []);
    const json = mutate(bill, '"summ": 41800', '"summ": 418.5');
    expectProblems(json, validator.validate('BILL', 'response', json), [
      { code: 'schema.required', token: '{', message: 'missing required property "discountCode"' },
      { code: 'schema.type', token: '418.5', message: 'summ: expected integer, got number 418.5' },
    ]);
  });

  it('an override can name an extra schema by URI, and the URI stands in for a missing $id', () => {
    const { $id, ...withoutId } = strictBill;
    const validator = createSchemaValidator({
      extraSchemas: [
        { uri: moneyInCents.$id, schema: moneyInCents },
        { uri: $id, schema: withoutId },
      ],
      overrides: { 'BILL.response': $id },
    });
    assert.deepEqual(validator.loadErrors, []);
    assert.deepEqual(
      validator.validate('BILL', 'response', bill).map((p) => p.code),
      ['schema.required'],
    );
  });

  it('an override can give a schema to a type the protocol does not have', () => {
    const ping = jsonText('{"ping": 1}');
    const plain = createSchemaValidator();
    expectProblems(ping, plain.validate('PING', 'request', ping), [
      { code: 'schema.unknown-type', token: '{', message: 'No schema for PING requests: this payload is not checked' },
    ]);
    const withPing = createSchemaValidator({ overrides: { 'PING.request': { type: 'object', required: ['ping'] } } });
    assert.deepEqual(withPing.validate('PING', 'request', ping), []);
  });

  it('reports a broken schema and keeps the built-in one', () => {
    const validator = createSchemaValidator({
      extraSchemas: [{ uri: 'https://example.test/bad.json', schema: { type: 'thing' } }],
      overrides: {
        'BILL.response': { $ref: 'https://example.test/nowhere.json' },
        'bill.response': { type: 'object' },
        'LIST.response': 'https://example.test/unknown.json',
      },
    });
    assert.deepEqual(
      validator.loadErrors.map((e) => e.uri ?? e.key),
      ['https://example.test/bad.json', 'BILL.response', 'bill.response', 'https://example.test/unknown.json'],
    );
    assert.deepEqual(validator.validate('BILL', 'response', bill), []);
    const summAsText = mutate(bill, '"summ": 41800', '"summ": "41800"');
    assert.deepEqual(validator.validate('BILL', 'response', summAsText).map((p) => p.code), ['schema.type']);
  });
});
