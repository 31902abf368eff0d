import * as assert from 'node:assert/strict';
import { checkProtocolVersion, createSchemaValidator } from '../../../src/core/schema';
import { readSampleMessages } from './sampleMessages';

describe('schemas on the field sample', () => {
  const messages = readSampleMessages();
  const validator = createSchemaValidator();

  it('reads the 20 rows of the sample: 17 JSON payloads and 3 empty RECEIPT answers', () => {
    assert.equal(messages.length, 20);
    assert.equal(messages.filter((m) => !m.json).length, 3);
    assert.ok(messages.filter((m) => !m.json).every((m) => m.type === 'RECEIPT' && m.direction === 'response'));
  });

  it('loads the built-in schemas without errors', () => {
    assert.deepEqual(validator.loadErrors, []);
  });

  for (const [index, message] of messages.entries()) {
    if (!message.json) continue;
    const json = message.json;
    it(`row ${index} (${message.time}, shop ${message.shop}, ${message.type} ${message.direction}) has no problems`, () => {
      assert.deepEqual(validator.validate(message.type, message.direction, json), []);
    });
  }

  it('accepts the protocol of both HELLO answers', () => {
    const hellos = messages.filter((m) => m.type === 'HELLO' && m.direction === 'response');
    assert.equal(hellos.length, 2);
    for (const hello of hellos) assert.equal(checkProtocolVersion(hello.json!), undefined);
  });
});
