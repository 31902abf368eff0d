import * as assert from 'node:assert/strict';
import { checkProtocolVersion, createSchemaValidator, knownProtocolVersions, resolveProtocolVersion } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('protocol versions', () => {
  const hello = sampleJson('HELLO', 'response');

  it('knows 0.1.0 and falls back to it', () => {
    assert.deepEqual(knownProtocolVersions, ['0.1.0']);
    assert.equal(resolveProtocolVersion('0.1.0'), '0.1.0');
    assert.equal(resolveProtocolVersion('2.0.0'), '0.1.0');
    assert.equal(resolveProtocolVersion(undefined), '0.1.0');
  });

  it('warns on an unknown protocol, on its value', () => {
    const json = mutate(hello, '"0.1.0"', '"0.2.0"');
    const problem = checkProtocolVersion(json);
    assert.ok(problem);
    expectProblems(json, [problem], [
      {
        code: 'schema.unknown-protocol',
        token: '"0.2.0"',
        message: 'protocol: "0.2.0" is not a known protocol version (known: 0.1.0); messages are checked against 0.1.0',
      },
    ]);
  });

  it('leaves a known, missing or non-string protocol alone (the schema reports the latter)', () => {
    assert.equal(checkProtocolVersion(hello), undefined);
    assert.equal(checkProtocolVersion(jsonText('{"system": ""}')), undefined);
    assert.equal(checkProtocolVersion(jsonText('{"system": "", "protocol": 1}')), undefined);
    assert.equal(checkProtocolVersion(jsonText('[]')), undefined);
  });

  it('validates an unknown version with the 0.1.0 schemas', () => {
    const validator = createSchemaValidator();
    const bill = mutate(sampleJson('BILL', 'response'), '"summ": 41800', '"summ": "41800"');
    const fallback = validator.validate('BILL', 'response', bill, '9.9.9');
    assert.deepEqual(fallback, validator.validate('BILL', 'response', bill, '0.1.0'));
    assert.deepEqual(fallback.map((p) => p.code), ['schema.type']);
  });
});
