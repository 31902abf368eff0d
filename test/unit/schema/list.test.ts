import * as assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../src/core/schema';
import { expectProblems } from './expectProblems';
import { jsonText, mutate, sampleJson } from './sampleMessages';

describe('LIST schemas', () => {
  const validator = createSchemaValidator();
  const request = sampleJson('LIST', 'request');
  const answer = sampleJson('LIST', 'response');
  const checkRequest = (json = request) => validator.validate('LIST', 'request', json);
  const checkAnswer = (json = answer) => validator.validate('LIST', 'response', json);

  it('accepts a request by date, by name, by number, or with no parameter', () => {
    assert.deepEqual(checkRequest(), []);
    assert.deepEqual(checkRequest(mutate(request, '"date": "today"', '"name": "пётр"')), []);
    assert.deepEqual(checkRequest(mutate(request, '"date": "today"', '"number": "M3192"')), []);
    assert.deepEqual(checkRequest(mutate(request, ',\n"date": "today"', '')), []);
  });

  it('warns on a date parameter other than "today"', () => {
    const json = mutate(request, '"today"', '"yesterday"');
    expectProblems(json, checkRequest(json), [
      { code: 'schema.unknown-value', token: '"yesterday"', message: 'get.date: unknown value "yesterday" (known: today)' },
    ]);
  });

  it('rejects a request for another path', () => {
    const json = mutate(request, '"/api/v2/list"', '"/api/v2/lists"');
    expectProblems(json, checkRequest(json), [
      { code: 'schema.enum', token: '"/api/v2/lists"', message: 'get.q: expected "/api/v2/list", got "/api/v2/lists"' },
    ]);
  });

  it('accepts an empty answer and several entries', () => {
    assert.deepEqual(checkAnswer(jsonText('[]')), []);
    const entry = answer.text.slice(answer.text.indexOf('{'), answer.text.lastIndexOf('}') + 1);
    assert.deepEqual(checkAnswer(jsonText(`[\n${entry},\n${entry.replace('3192', '3193')}\n]`)), []);
  });

  it('rejects summ as a string, a missing number and a bad date, each on its token', () => {
    const json = mutate(
      mutate(mutate(answer, '"summ": 41800', '"summ": "41800.00"'), '"number": "M3192",\n', ''),
      '"2025-12-13 19:06:10"',
      '"2025-12-13T19:06:10"',
    );
    expectProblems(json, checkAnswer(json), [
      { code: 'schema.required', token: '{', message: '[0]: missing required property "number"' },
      {
        code: 'schema.format',
        token: '"2025-12-13T19:06:10"',
        message: '[0].date: expected a date and time "YYYY-MM-DD HH:MM:SS", got "2025-12-13T19:06:10"',
      },
      { code: 'schema.type', token: '"41800.00"', message: '[0].summ: expected number, got string "41800.00"' },
    ]);
  });

  it('rejects an object where the list belongs', () => {
    const json = jsonText('{"items": []}');
    expectProblems(json, checkAnswer(json), [{ code: 'schema.type', token: '{', message: 'expected array, got object' }]);
  });
});
