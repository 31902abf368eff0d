import * as assert from 'node:assert/strict';
import { MovedEntry } from '../../../src/core/parse/movedEntry';
import { parseLog } from '../../../src/core/parse/parseLog';
import { shiftEntry } from '../../../src/core/parse/shiftEntries';
import { updateParse } from '../../../src/core/parse/updateParse';
import { readSample } from './fixtures';
import { plainEntry } from './plainEntries';

describe('moved entries (rows below an edit)', () => {
  const entries = parseLog(readSample()).entries;

  it('read exactly like the entry moved by copying', () => {
    for (const entry of entries) {
      const moved = MovedEntry.of(entry, 17, entry.index + 2);
      assert.deepStrictEqual(plainEntry(moved), plainEntry(shiftEntry(entry, 17, entry.index + 2)));
      assert.equal(moved.payload.json, entry.payload.json, 'the JSON is shared, not copied');
      assert.equal(moved.time, moved.time, 'each part is made once');
    }
  });

  it('collapse when moved again, and are the entry itself when nothing moves', () => {
    const entry = entries[3]!;
    const twice = MovedEntry.of(MovedEntry.of(entry, 5, 9), -2, 4);
    assert.deepStrictEqual(plainEntry(twice), plainEntry(shiftEntry(entry, 3, 4)));
    assert.equal(MovedEntry.of(entry, 0, entry.index), entry);
  });

  it('are what an edit near the top of a log leaves below it', () => {
    const text = readSample();
    const parsed = parseLog(text);
    const at = parsed.entries[1]!.payload.span.start + 1;
    const next = text.slice(0, at) + '  ' + text.slice(at);
    const updated = updateParse(parsed, text, next, [{ rangeOffset: at, rangeLength: 0, text: '  ' }]);
    const last = updated.entries[updated.entries.length - 1]!;
    assert.ok(last instanceof MovedEntry);
    assert.equal(last.span.start, parsed.entries[parsed.entries.length - 1]!.span.start + 2);
  });
});
