import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseLog } from '../../../src/core/parse';
import { createSchemaValidator } from '../../../src/core/schema';
import { mutate, sampleJson } from './sampleMessages';

describe('validation results cache', () => {
  const bill = sampleJson('BILL', 'response');
  const broken = mutate(bill, '"summ": 41800', '"summ": "41800"');

  it('returns the same result object for the same JsonText', () => {
    const validator = createSchemaValidator();
    const first = validator.validate('BILL', 'response', broken);
    assert.equal(validator.validate('BILL', 'response', broken), first);
    assert.equal(validator.validate('BILL', 'response', bill), validator.validate('BILL', 'response', bill));
  });

  it('keeps the results of each validator apart', () => {
    const plain = createSchemaValidator();
    const lenient = createSchemaValidator({ overrides: { 'BILL.response': { type: 'object' } } });
    assert.equal(plain.validate('BILL', 'response', broken).length, 1);
    assert.equal(lenient.validate('BILL', 'response', broken).length, 0);
  });

  it('does not mix results of different messages for one JsonText', () => {
    const validator = createSchemaValidator();
    assert.deepEqual(validator.validate('BILL', 'response', bill), []);
    assert.notDeepEqual(validator.validate('LIST', 'response', bill), []);
  });

  it('returns frozen results, safe to share', () => {
    const validator = createSchemaValidator();
    assert.ok(Object.isFrozen(validator.validate('BILL', 'response', broken)));
    assert.ok(Object.isFrozen(validator.validate('BILL', 'response', bill)));
  });
});

describe('validation results cache on the parser’s JsonText', () => {
  const sample = readFileSync(path.resolve(__dirname, '../../../../test/fixtures/exchange-sample.log'), 'utf8');

  it('keeps each validator’s result the same object, with two validators taking turns', () => {
    const json = parseLog(sample).entries.find((e) => e.type.text === 'BILL' && e.direction === 'response')!.payload.json!;
    const plain = createSchemaValidator();
    const lenient = createSchemaValidator({ overrides: { 'BILL.response': { type: 'array' } } });
    const first = plain.validate('BILL', 'response', json);
    const other = lenient.validate('BILL', 'response', json);
    assert.deepEqual(first, []);
    assert.equal(other.length, 1);
    for (let i = 0; i < 3; i++) {
      assert.equal(plain.validate('BILL', 'response', json), first);
      assert.equal(lenient.validate('BILL', 'response', json), other);
    }
  });

  it('leaves no trace on the JsonText a test or a golden could see', () => {
    const parsed = parseLog(sample);
    const json = parsed.entries[0]!.payload.json!;
    createSchemaValidator().validate(parsed.entries[0]!.type.text, parsed.entries[0]!.direction, json);
    assert.deepStrictEqual(Object.keys(json), ['text', 'value']);
    assert.deepStrictEqual(parsed, parseLog(sample));
  });
});
