import * as assert from 'node:assert/strict';
import type { ParsedLog } from '../../../src/core/model';
import type { ContentChange } from '../../../src/core/parse/editRegion';
import { countVotes, votesOf } from '../../../src/core/parse/order';
import { isPartialParse, parseLog } from '../../../src/core/parse/parseLog';
import { updateParse } from '../../../src/core/parse/updateParse';
import { applyChange, randomChange } from './edits';
import { plainParse } from './plainEntries';
import { readSample } from './fixtures';
import { seededRandom } from './random';
import { variants } from './variants';

const bases: Record<string, () => string> = {
  sample: readSample,
  crlf: variants['crlf']!,
  'oldest-first': variants['oldest-first']!,
  'header-separator': variants['header-separator']!,
  'bad-rows': variants['bad-rows']!,
  'truncated-then-rows': variants['truncated-then-rows']!,
  'php-notice': variants['php-notice']!,
  tsv: variants['tsv']!,
  'text-form': variants['text-form']!,
};

function edit(previous: ParsedLog, text: string, changes: ContentChange[]): { text: string; parsed: ParsedLog } {
  const next = changes.reduce(applyChange, text);
  return { text: next, parsed: updateParse(previous, text, next, changes) };
}

describe('updateParse', () => {
  for (const [name, build] of Object.entries(bases)) {
    it(`${name}: equals a full parse after each of 300 random chained edits`, () => {
      const random = seededRandom(name.length * 7919);
      const original = build();
      let text = original;
      let parsed = parseLog(text);
      for (let step = 0; step < 300; step++) {
        if (step % 50 === 0) {
          text = original;
          parsed = parseLog(text);
        }
        const changes: ContentChange[] = [];
        let current = text;
        const count = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
        for (let i = 0; i < count; i++) {
          const change = randomChange(current, random);
          changes.push(change);
          current = applyChange(current, change);
        }
        const result = edit(parsed, text, changes);
        assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)), `step ${step}: ${JSON.stringify(changes)}`);
        const entries = result.parsed.entries;
        assert.deepEqual(votesOf(result.parsed), countVotes(entries, 1, entries.length), `votes, step ${step}`);
        ({ text, parsed } = result);
      }
    });
  }

  describe('on the sample', () => {
    const text = readSample();
    const previous = parseLog(text);

    it('rereads only the edited row: rows before are the same objects, rows after keep their JSON objects', () => {
      const at = text.indexOf('"type": "SELL"', previous.entries[5]!.span.start);
      const result = edit(previous, text, [{ rangeOffset: at + 9, rangeLength: 4, text: 'PAYBACK' }]);
      assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)));
      for (let i = 0; i < 5; i++) assert.equal(result.parsed.entries[i], previous.entries[i]);
      assert.notEqual(result.parsed.entries[5]!.payload.json, previous.entries[5]!.payload.json);
      for (let i = 6; i < 20; i++) {
        assert.equal(result.parsed.entries[i]!.payload.json, previous.entries[i]!.payload.json, `entry ${i}`);
        assert.equal(result.parsed.entries[i]!.span.start, previous.entries[i]!.span.start + 3);
      }
    });

    it('renumbers the rows after an edit that splits a row in two', () => {
      const end = previous.entries[3]!.span.end;
      const row = '\n| 2025-12-13 19:07:39 | 146 | Ответ (LIST) | |';
      const result = edit(previous, text, [{ rangeOffset: end, rangeLength: 0, text: row }]);
      assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)));
      assert.equal(result.parsed.entries.length, 21);
      assert.equal(result.parsed.entries[20]!.payload.json, previous.entries[19]!.payload.json);
      assert.equal(result.parsed.entries[0], previous.entries[0]);
    });

    it('joins a row to the one above when its first `|` is deleted', () => {
      const start = previous.entries[8]!.span.start;
      const result = edit(previous, text, [{ rangeOffset: start, rangeLength: 1, text: '' }]);
      assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)));
      assert.equal(result.parsed.entries.length, 19);
      // Row 7's JSON is complete; the joined text after it is trailing text.
      assert.equal(result.parsed.entries[7]!.payload.status, 'json');
      assert.deepEqual(
        result.parsed.problems.map((p) => `${p.code}@${p.entry}`),
        ['payload.trailing-text@7'],
      );
    });

    it('handles edits in the first row and before it', () => {
      for (const change of [
        { rangeOffset: 0, rangeLength: 0, text: 'heading\n' },
        { rangeOffset: 2, rangeLength: 4, text: 'x' },
        { rangeOffset: 40, rangeLength: 0, text: 'Z' },
        { rangeOffset: 0, rangeLength: text.length, text: '' },
      ]) {
        const result = edit(previous, text, [change]);
        assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)), JSON.stringify(change));
      }
    });

    it('falls back to a full parse when the changes do not fit the texts, or the previous parse was cancelled', () => {
      const next = text + 'x';
      assert.deepStrictEqual(plainParse(updateParse(previous, text, next, [{ rangeOffset: 0, rangeLength: 0, text: 'xy' }])), plainParse(parseLog(next)));
      assert.deepStrictEqual(plainParse(updateParse(previous, text, next, [])), plainParse(parseLog(next)));
      assert.equal(updateParse(previous, text, text, []), previous);
      const big = text.repeat(20);
      const cancelled = parseLog(big, { cancel: { isCancellationRequested: true } });
      assert.ok(isPartialParse(cancelled) && !isPartialParse(previous));
      const change = { rangeOffset: big.length, rangeLength: 0, text: 'x' };
      assert.deepStrictEqual(plainParse(updateParse(cancelled, big, big + 'x', [change])), plainParse(parseLog(big + 'x')));
    });
  });

  it('switches form like a full parse when an edit makes the first text-form row tab-separated', () => {
    const text = '2026-03-22 15:27:50 143Ответ (BILL)\n    {"a": 1}\n2026-03-22 15:27:51 143Запрос (BILL)\n    {"b": 2}\n';
    const previous = parseLog(text);
    assert.equal(previous.form, 'text');
    const result = edit(previous, text, [{ rangeOffset: 19, rangeLength: 4, text: '\t143\t' }]);
    assert.equal(result.parsed.form, 'tsv');
    assert.deepStrictEqual(plainParse(result.parsed), plainParse(parseLog(result.text)));
  });
});
