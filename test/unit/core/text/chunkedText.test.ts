import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedText } from '../../../../src/core/text/chunkedText';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const alphabet = ['a', 'б', ' ', '|', '{', '\n', '\n', '\r\n', '\r', '😀'];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

/** Every position and offset agrees with vscode-languageserver-textdocument, the server's former store. */
function assertSameAsTextDocument(chunked: ChunkedText, document: TextDocument, next: () => number): void {
  const text = document.getText();
  assert.equal(chunked.length, text.length);
  assert.equal(chunked.toString(), text);
  assert.equal(chunked.lineCount, document.lineCount);
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(chunked.positionAt(offset), document.positionAt(offset), `positionAt(${offset})`);
  }
  for (let line = -1; line <= document.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 1000]) {
      const position = { line, character };
      assert.equal(chunked.offsetAt(position), document.offsetAt(position), `offsetAt(${line}:${character})`);
    }
  }
  for (let i = 0; i < 20; i++) {
    const start = Math.floor(next() * (text.length + 1));
    const end = start + Math.floor(next() * (text.length + 1 - start));
    assert.equal(chunked.slice(start, end), text.slice(start, end), `slice(${start}, ${end})`);
  }
}

function outsideCrLf(text: string, offset: number): number {
  return text[offset - 1] === '\r' && text[offset] === '\n' ? offset + 1 : offset;
}

describe('ChunkedText (the server’s document store)', () => {
  it('reads like the string it was made from', () => {
    const text = 'a\nbb\r\ncc\rdd\n';
    const chunked = ChunkedText.fromString(text, 2);
    assert.equal(chunked.toString(), text);
    assert.equal(chunked.lineCount, 5);
    assert.deepEqual(chunked.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(chunked.positionAt(5), { line: 1, character: 2 }); // between CR and LF: before the break
    assert.equal(chunked.offsetAt({ line: 3, character: 1 }), 10);
    assert.equal(chunked.slice(1, 9), text.slice(1, 9));
  });

  it('agrees with TextDocument after random edits, whatever the piece size', () => {
    for (const pieceSize of [1, 2, 3, 7, 64]) {
      const next = random(pieceSize * 7919);
      let text = randomText(next, 120);
      let chunked = ChunkedText.fromString(text, pieceSize);
      const document = TextDocument.create('file:///t', 'x', 0, text);
      for (let step = 0; step < 60; step++) {
        // (Positions cannot name an offset between a CR and its LF: such offsets are moved past the LF.)
        const start = outsideCrLf(text, Math.floor(next() * (text.length + 1)));
        const end = outsideCrLf(text, start + Math.floor(next() * Math.min(12, text.length + 1 - start)));
        const inserted = next() < 0.3 ? '' : randomText(next, Math.floor(next() * 10));
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        TextDocument.update(document, [{ range, text: inserted }], step + 1);
        const before = chunked;
        chunked = chunked.edit(start, end - start, inserted);
        text = text.slice(0, start) + inserted + text.slice(end);
        assert.equal(document.getText(), text);
        assertSameAsTextDocument(chunked, document, next);
        // Values are immutable: the text before the edit still reads as it was.
        assert.equal(before.length, before.toString().length);
      }
    }
  });

  it('never splits a CR LF between pieces, even when an edit joins them', () => {
    let chunked = ChunkedText.fromString('ab\rcd\nef', 1);
    chunked = chunked.edit(3, 0, '\n'); // "ab\r" + "\ncd\nef": CR LF across the old boundary
    assert.equal(chunked.toString(), 'ab\r\ncd\nef');
    assert.equal(chunked.lineCount, 3);
    assert.deepEqual(chunked.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(chunked.positionAt(3), { line: 0, character: 2 });
  });

  it('keeps the text it was made from, and edits copy only the piece they touch', () => {
    const text = 'x'.repeat(10) + '\n' + 'y'.repeat(10) + '\n';
    const chunked = ChunkedText.fromString(text, 4);
    assert.equal(chunked.toString(), text);
    const edited = chunked.edit(0, 1, 'Z');
    assert.equal(edited.toString(), 'Z' + text.slice(1));
    assert.equal(chunked.toString(), text);
    assert.equal(edited.edit(0, 0, ''), edited);
  });

  it('handles an empty text and edits that empty it', () => {
    const empty = ChunkedText.fromString('');
    assert.equal(empty.length, 0);
    assert.equal(empty.lineCount, 1);
    assert.deepEqual(empty.positionAt(5), { line: 0, character: 0 });
    const filled = empty.edit(0, 0, 'a\nb');
    assert.equal(filled.toString(), 'a\nb');
    assert.equal(filled.lineCount, 2);
    const emptied = filled.edit(0, 3, '');
    assert.equal(emptied.toString(), '');
    assert.equal(emptied.lineCount, 1);
    assert.equal(emptied.offsetAt({ line: 3, character: 3 }), 0);
  });

  it('splits one very long line into pieces and edits it (the search for a cut stays within a piece)', () => {
    const line = 'x'.repeat(1_000_000) + '\r\n' + 'w'.repeat(300_000);
    const chunked = ChunkedText.fromString(line, 1000);
    const edited = chunked.edit(500_000, 1, 'y\nz');
    assert.equal(edited.lineCount, 3);
    assert.equal(edited.slice(499_999, 500_004), 'xy\nzx');
    assert.deepEqual(edited.positionAt(1_000_004), { line: 2, character: 0 });
    assert.equal(edited.toString(), line.slice(0, 500_000) + 'y\nz' + line.slice(500_001));
  });

  it('reads NaN offsets as 0, as strings do, whether or not the text is still one string', () => {
    const text = 'ab\r\ncd\ne\rf';
    for (const pieceSize of [1, 3, 100]) {
      const pieces = ChunkedText.fromString(text, pieceSize).edit(0, 0, 'Z').edit(0, 1, '');
      assert.equal(pieces.slice(1, Number.NaN), text.slice(1, Number.NaN));
      assert.equal(pieces.slice(Number.NaN, 2), text.slice(Number.NaN, 2));
      assert.equal(pieces.edit(Number.NaN, 0, 'XY').toString(), 'XY' + text);
    }
  });

  it('takes a piece size below 1 as 1', () => {
    assert.equal(ChunkedText.fromString('abc', 0).toString(), 'abc');
    assert.equal(ChunkedText.fromString('abc', -5).edit(1, 1, '').toString(), 'ac');
  });
});
