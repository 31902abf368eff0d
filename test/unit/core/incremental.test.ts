// The incremental analysis (parse of the edited rows, sessions and checks kept per shop) must equal a
// fresh analysis of the edited text after any sequence of edits: the same sessions model and the same
// problems in the same order.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { plainEntries } from '../parse/plainEntries';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { analyzeLog, shopReuse, type Analysis, type AnalyzeOptions, type TextChange } from '../../../src/core/analyze';
import { mergeChanges } from '../../../src/core/edits';
import { standardCheckers } from '../../../src/core/validation/standardCheckers';
import { applyChange, randomChange } from '../parse/edits';
import { pick, seededRandom } from '../parse/random';

const repoRoot = path.resolve(__dirname, '../../../..');
const sample = readFileSync(path.join(repoRoot, 'test/fixtures/exchange-sample.log'), 'utf8');
const weighed = readFileSync(path.join(repoRoot, 'test/fixtures/rules/weighed-delivery.log'), 'utf8');

/** The sample's rows `copies` times over, each copy with its own shop ids (so many shops, a few problems). */
function manyShops(text: string, copies: number): string {
  const rows = text.split(/\n(?=\| \d{4}-)/);
  const out: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const row of rows) out.push(row.replace(/^(\| [^|]+\| )(\d+)( \|)/, (_, a: string, shop: string, b: string) => `${a}${shop}${c}${b}`));
  }
  return out.join('\n');
}

/** Edits of the kinds people make: a value in a payload, a time, a shop, a whole row removed or duplicated. */
function realisticChange(text: string, random: () => number): TextChange {
  const kind = random();
  if (kind < 0.35) {
    // A digit or a letter inside a payload value.
    for (let tries = 0; tries < 20; tries++) {
      const at = Math.floor(random() * text.length);
      const c = text[at];
      if (c && /[0-9A-Za-zА-Яа-я]/.test(c)) return { rangeOffset: at, rangeLength: 1, text: pick(random, ['1', '7', 'x', 'Я', '', '42']) };
    }
  }
  const rowStarts: number[] = [];
  for (let i = text.indexOf('| 20'); i >= 0; i = text.indexOf('\n| 20', i + 1)) rowStarts.push(i === 0 ? 0 : i + 1);
  if (rowStarts.length === 0) return randomChange(text, random);
  const r = Math.floor(random() * rowStarts.length);
  const start = rowStarts[r]!;
  const end = r + 1 < rowStarts.length ? rowStarts[r + 1]! : text.length;
  if (kind < 0.5) {
    // The seconds of a row's time.
    return { rangeOffset: start + 19, rangeLength: 2, text: pick(random, ['00', '59', '30', '4x']) };
  }
  if (kind < 0.6) {
    // The shop of a row.
    const cell = text.indexOf(' | ', start + 2) + 3;
    return { rangeOffset: cell, rangeLength: 0, text: pick(random, ['1', '9', '']) };
  }
  if (kind < 0.7) return { rangeOffset: start, rangeLength: end - start, text: '' };
  if (kind < 0.8) return { rangeOffset: start, rangeLength: 0, text: text.slice(start, end) + (end === text.length ? '\n' : '') };
  return randomChange(text, random);
}

function assertSame(actual: Analysis, expected: Analysis, what: string): void {
  assert.equal(actual.text.toString(), expected.text.toString(), `${what}: text`);
  assert.deepEqual(plainEntries(actual.parsed.entries), plainEntries(expected.parsed.entries), `${what}: entries`);
  assert.deepEqual(actual.sessions, expected.sessions, `${what}: sessions`);
  assert.deepEqual(actual.problems, expected.problems, `${what}: problems`);
}

const reuse = { built: 0, kept: 0 };

/** `pieceSize`: analyse the text as the server holds it, a ChunkedText of pieces that size. */
function run(
  seed: number,
  start: string,
  edits: number,
  batch: (random: () => number) => number,
  change: (text: string, random: () => number) => TextChange,
  pieceSize?: number,
): void {
  const random = seededRandom(seed);
  const options: AnalyzeOptions = { checkers: standardCheckers({ slowResponseMs: 3000 }) };
  let source = pieceSize === undefined ? undefined : ChunkedText.fromString(start, pieceSize);
  let analysis = analyzeLog(source ?? start, options);
  let text = start;
  for (let k = 0; k < edits; k++) {
    // Several changes may arrive before an analysis (typing), in LSP's sequential coordinates.
    const changes: TextChange[] = [];
    const count = batch(random);
    for (let c = 0; c < count; c++) {
      const next = change(text, random);
      changes.push(next);
      text = applyChange(text, next);
      source = source?.edit(next.rangeOffset, next.rangeLength, next.text);
    }
    const merged = mergeChanges(changes, source ?? text);
    analysis = analyzeLog(source ?? text, options, { analysis, changes: merged ? [merged] : [] });
    assertSame(analysis, analyzeLog(text, options), `seed ${seed}, edit ${k}`);
    const counts = shopReuse(analysis);
    reuse.built += counts?.built ?? 0;
    reuse.kept += counts?.kept ?? 0;
  }
}

describe('incremental analysis equals a fresh one', () => {
  it('after realistic edits of a log of many shops', () => {
    for (let seed = 1; seed <= 12; seed++) run(seed, manyShops(sample, 6), 40, () => 1, realisticChange);
  });

  it('after realistic edits of the weighed-delivery log', () => {
    for (let seed = 20; seed <= 25; seed++) run(seed, manyShops(weighed, 3), 30, () => 1, realisticChange);
  });

  it('after random edits anywhere, several per analysis', () => {
    for (let seed = 40; seed <= 55; seed++) run(seed, manyShops(sample, 3), 30, (random) => 1 + Math.floor(random() * 3), (text, random) => (random() < 0.5 ? realisticChange(text, random) : randomChange(text, random)));
  });

  it('after edits in a newest-first log that turn it oldest first and back', () => {
    const rows = sample.split(/\n(?=\| \d{4}-)/);
    const oldestFirst = [...rows].reverse().join('\n');
    for (let seed = 60; seed <= 63; seed++) run(seed, oldestFirst, 30, () => 1, realisticChange);
  });

  it('when the text is held in pieces, as the server holds it (edits read only a window of it)', () => {
    for (let seed = 70; seed <= 75; seed++) run(seed, manyShops(sample, 4), 30, () => 1, realisticChange, 97 + seed);
    for (let seed = 76; seed <= 81; seed++) run(seed, manyShops(sample, 2), 30, (random) => 1 + Math.floor(random() * 3), randomChange, 5 + seed);
  });

  it('carried most shops over (the tests above exercised the incremental path)', () => {
    assert.ok(reuse.kept > 2 * reuse.built, JSON.stringify(reuse));
  });
});
