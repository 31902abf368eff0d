import * as assert from 'node:assert/strict';
import type { TextChange } from '../../../src/core/analyze';
import { mergeChanges } from '../../../src/core/edits';

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

function randomChange(text: string, random: () => number): TextChange {
  const start = Math.floor(random() * (text.length + 1));
  const length = Math.floor(random() * Math.min(8, text.length - start + 1));
  const inserted = 'xyz\n|'.slice(0, Math.floor(random() * 6));
  return { rangeOffset: start, rangeLength: length, text: inserted };
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('mergeChanges', () => {
  it('returns undefined for no change', () => {
    assert.equal(mergeChanges([], 'abc'), undefined);
  });

  it('folds sequential edits into one edit of the original text', () => {
    const random = seeded(7);
    for (let round = 0; round < 2000; round++) {
      const original = 'abcdefghij\nklmnopqrst\nuvwxyz'.slice(0, 5 + Math.floor(random() * 25));
      let current = original;
      const changes: TextChange[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        const change = randomChange(current, random);
        changes.push(change);
        current = apply(current, change);
      }
      const merged = mergeChanges(changes, current)!;
      assert.equal(apply(original, merged), current, `round ${round}: ${JSON.stringify(changes)}`);
    }
  });
});
