import * as assert from 'node:assert/strict';
import { isUuid } from '../../../src/core/schema/uuid';

/** ajv-formats' `uuid`, which isUuid replaces. */
const uuidPattern = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

describe('uuid format', () => {
  const valid = '024009ae-43b9-4125-9425-b8248acaac4c';

  it('accepts what ajv-formats accepts, in either case, with or without the urn prefix', () => {
    for (const text of [valid, valid.toUpperCase(), `urn:uuid:${valid}`, `URN:UUID:${valid}`, `Urn:Uuid:${valid.toUpperCase()}`]) {
      assert.ok(isUuid(text), text);
    }
  });

  it('agrees with the regular expression on every one-character change of a uuid', () => {
    for (const base of [valid, `urn:uuid:${valid}`]) {
      for (let i = 0; i < base.length; i++) {
        for (let code = 0; code < 0x180; code++) {
          const text = base.slice(0, i) + String.fromCharCode(code) + base.slice(i + 1);
          assert.equal(isUuid(text), uuidPattern.test(text), JSON.stringify(text));
        }
        const cut = base.slice(0, i) + base.slice(i + 1);
        assert.equal(isUuid(cut), uuidPattern.test(cut), JSON.stringify(cut));
      }
    }
    for (const text of ['', `${valid}\n`, ` ${valid}`, `urn:uuid:${valid}x`, `urn:${valid}`, `\u212a${valid}`]) {
      assert.equal(isUuid(text), uuidPattern.test(text), JSON.stringify(text));
    }
  });
});
