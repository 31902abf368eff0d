import * as assert from 'node:assert/strict';
import type { ParsedLog, Span } from '../../../src/core/model';
import { parseLog } from '../../../src/core/parse/parseLog';
import { logFragments } from './edits';
import { readSample } from './fixtures';
import { pick, seededRandom } from './random';

function assertWellFormed(parsed: ParsedLog, text: string, label: string): void {
  const inBounds = (span: Span, what: string): void =>
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${label}: ${what} ${JSON.stringify(span)}`);
  parsed.entries.forEach((e, i) => {
    assert.equal(e.index, i, label);
    for (const [what, span] of Object.entries({ row: e.span, time: e.time.span, shop: e.shop.span, event: e.event.span, type: e.type.span, payload: e.payload.span })) {
      inBounds(span, what);
    }
    assert.ok(e.span.start <= e.time.span.start && e.payload.span.end <= e.span.end, `${label}: cells inside the row`);
    if (i > 0) assert.ok(parsed.entries[i - 1]!.span.end <= e.span.start, `${label}: rows in order`);
    if (e.payload.json) assert.equal(text.slice(e.payload.jsonOffset, e.payload.jsonOffset + e.payload.json.text.length), e.payload.json.text);
    assert.equal(e.payload.status === 'json', e.payload.json !== undefined, label);
  });
  for (const p of parsed.problems) {
    inBounds(p.span, p.code);
    assert.ok(p.entry === undefined || (p.entry >= 0 && p.entry < parsed.entries.length), `${label}: ${p.code} entry`);
  }
}

describe('parseLog on garbage', () => {
  const random = seededRandom(20251213);
  const sample = readSample();

  it('never throws and keeps every span in bounds: strings of log fragments', () => {
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const pieces = Math.floor(random() * 60);
      for (let i = 0; i < pieces; i++) text += random() < 0.8 ? pick(random, logFragments) : String.fromCharCode(Math.floor(random() * 0x500));
      assertWellFormed(parseLog(text), text, `round ${round}: ${JSON.stringify(text.slice(0, 200))}`);
    }
  });

  it('never throws on slices and shuffles of the sample', () => {
    const lines = sample.split('\n');
    for (let round = 0; round < 500; round++) {
      const start = Math.floor(random() * sample.length);
      const slice = sample.slice(start, start + Math.floor(random() * 3000));
      assertWellFormed(parseLog(slice), slice, `slice ${start}`);
      const shuffled = Array.from({ length: 40 }, () => pick(random, lines)).join(random() < 0.5 ? '\n' : '\r\n');
      assertWellFormed(parseLog(shuffled), shuffled, `shuffle ${round}`);
    }
  });

  it('never throws on random code units, lone surrogates included', () => {
    for (let round = 0; round < 300; round++) {
      const units = Array.from({ length: Math.floor(random() * 500) }, () => Math.floor(random() * 0x10000));
      const text = String.fromCharCode(...units);
      assertWellFormed(parseLog(text), text, `units ${round}`);
    }
  });

  it('returns what it has when cancelled', () => {
    const big = sample.repeat(100);
    let checks = 0;
    const cancel = {
      get isCancellationRequested(): boolean {
        return ++checks > 2;
      },
    };
    const parsed = parseLog(big, { cancel });
    assert.ok(parsed.entries.length > 0 && parsed.entries.length < 2000, `${parsed.entries.length} entries`);
    assertWellFormed(parsed, big, 'cancelled');
  });
});
