import * as assert from 'node:assert/strict';
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
