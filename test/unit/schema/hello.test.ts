import * as assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('HELLO schemas', () => {
  const validator = createSchemaValidator();
  const request = sampleJson('HELLO', 'request');
  const answer = sampleJson('HELLO', 'response');
  const checkAnswer = (json = answer) => validator.validate('HELLO', 'response', json);

  it('accepts an empty system, one system and a comma-separated list', () => {
    assert.deepEqual(checkAnswer(jsonText('{"system": "", "protocol": "0.1.0"}')), []);
    assert.deepEqual(checkAnswer(jsonText('{"system": "demo-market", "protocol": "0.1.0"}')), []);
    assert.deepEqual(checkAnswer(jsonText('{"system": "ozon, aliexpress, shop-ru", "protocol": "0.1.0"}')), []);
  });

  it('accepts a protocol version it has no schemas for (checkProtocolVersion reports it)', () => {
    assert.deepEqual(checkAnswer(mutate(answer, '"0.1.0"', '"0.2.0"')), []);
  });

  it('rejects a missing protocol and a numeric one', () => {
    const missing = jsonText('{\n"system": ""\n}');
    expectProblems(missing, checkAnswer(missing), [
      { code: 'schema.required', token: '{', message: 'missing required property "protocol"' },
    ]);
    const numeric = mutate(answer, '"0.1.0"', '1');
    expectProblems(numeric, checkAnswer(numeric), [
      { code: 'schema.type', token: '1', message: 'protocol: expected string, got number 1' },
    ]);
  });

  it('rejects a protocol that is not a version', () => {
    const json = mutate(answer, '"0.1.0"', '"v1"');
    expectProblems(json, checkAnswer(json), [
      { code: 'schema.pattern', token: '"v1"', message: 'protocol: expected a version such as "0.1.0", got "v1"' },
    ]);
  });

  it('accepts the request and warns on a query parameter HELLO does not take', () => {
    assert.deepEqual(validator.validate('HELLO', 'request', request), []);
    const json = mutate(request, '"q": "/api/v2/hello"', '"q": "/api/v2/hello",\n"lang": "ru"');
    expectProblems(json, validator.validate('HELLO', 'request', json), [
      { code: 'schema.unexpected-property', token: '"lang"', message: 'get: unexpected property "lang" (not described by the protocol)' },
    ]);
  });
});
