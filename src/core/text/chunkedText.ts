// A long text kept as pieces of a few tens of thousands of characters. An edit rebuilds the piece it
// falls in and copies the list of pieces (a few thousand references for 50 MB), never the text:
// a one-character edit of a 50 MB log costs microseconds, not the 100 MB copy that flattening one
// concatenated string costs. Values are immutable: `edit` returns a new text sharing the pieces.
//
// Line breaks are LF, CR LF and a lone CR, as in VS Code. A piece never ends between the CR and the
// LF of one break, so each piece indexes its own breaks.
import type { Position } from './lineIndex';
import type { TextSource } from './textSource';

const DEFAULT_PIECE = 32 * 1024;
const LF = 0x0a;
const CR = 0x0d;
const noBreaks = new Int32Array(0);

export class ChunkedText implements TextSource {
  private flat: string | undefined;

  private constructor(
    private readonly pieces: readonly string[],
    /** Offset of each piece, and the total length last. */
    private readonly starts: readonly number[],
    /** Line breaks before each piece, and the total last. */
    private readonly breaksBefore: readonly number[],
    /** For each piece: the offset (in the piece) just after each of its line breaks. */
    private readonly breakEnds: readonly Int32Array[],
    /** About how long a piece is; an edit splits a piece grown past twice this. */
    private readonly pieceSize: number,
    flat?: string,
  ) {
    this.flat = flat;
  }

  /** `pieceSize` is for tests (small pieces make every boundary case cheap to reach). */
  static fromString(text: string, pieceSize = DEFAULT_PIECE): ChunkedText {
    pieceSize = Math.max(1, Math.floor(pieceSize) || 1);
    const pieces = splitPieces(text, pieceSize);
    const breakEnds = pieces.map(breakEndsOf);
    return new ChunkedText(pieces, prefixSums(pieces, (p) => p.length), prefixSums(breakEnds, (b) => b.length), breakEnds, pieceSize, text);
  }

  get length(): number {
    return this.starts[this.starts.length - 1]!;
  }

  get lineCount(): number {
    return this.breaksBefore[this.breaksBefore.length - 1]! + 1;
  }

  toString(): string {
    return (this.flat ??= this.pieces.join(''));
  }

  slice(start: number, end: number): string {
    const length = this.length;
    start = clamp(start, 0, length);
    end = clamp(end, start, length);
    if (this.flat !== undefined) return this.flat.slice(start, end);
    if (start === end) return '';
    let i = this.pieceAt(start);
    const offset = start - this.starts[i]!;
    if (end <= this.starts[i + 1]!) return this.pieces[i]!.slice(offset, end - this.starts[i]!);
    let out = this.pieces[i]!.slice(offset);
    for (i++; end > this.starts[i + 1]!; i++) out += this.pieces[i]!;
    return out + this.pieces[i]!.slice(0, end - this.starts[i]!);
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return Number.NaN;
    const i = this.pieceAt(offset);
    return this.pieces[i]!.charCodeAt(offset - this.starts[i]!);
  }

  /** The text with [offset, offset + length) replaced by `text` (both clamped to the text). */
  edit(offset: number, length: number, text: string): ChunkedText {
    const total = this.length;
    const start = clamp(offset, 0, total);
    const end = clamp(offset + length, start, total);
    if (start === end && text.length === 0) return this;
    const count = this.pieces.length;
    if (count === 0) return ChunkedText.fromString(text, this.pieceSize);
    // The pieces the edit touches: the one holding `start` to the one holding `end` (the next piece
    // when `end` is a piece's end, so the rebuilt text ends as an old piece did), and the piece before
    // when it ends with a CR the edit may join to an LF.
    let first = this.pieceAt(start);
    const last = end >= total ? count - 1 : this.pieceAt(end);
    if (first > 0 && endsWithCr(this.pieces[first - 1]!)) first--;
    const head = this.slice(this.starts[first]!, start);
    const tail = this.slice(end, this.starts[last + 1]!);
    const rebuilt = splitPieces(ownedString(head + text + tail), this.pieceSize);
    const breakEnds = rebuilt.map(breakEndsOf);

    const pieces = this.pieces.slice(0, first).concat(rebuilt, this.pieces.slice(last + 1));
    const allBreakEnds = this.breakEnds.slice(0, first).concat(breakEnds, this.breakEnds.slice(last + 1));
    const starts = this.starts.slice(0, first + 1);
    const breaksBefore = this.breaksBefore.slice(0, first + 1);
    for (let i = first; i < pieces.length; i++) {
      starts.push(starts[i]! + pieces[i]!.length);
      breaksBefore.push(breaksBefore[i]! + allBreakEnds[i]!.length);
    }
    return new ChunkedText(pieces, starts, breaksBefore, allBreakEnds, this.pieceSize);
  }

  positionAt(offset: number): Position {
    const length = this.length;
    offset = clamp(offset, 0, length);
    if (length === 0) return { line: 0, character: 0 };
    const piece = offset === length ? this.pieces.length - 1 : this.pieceAt(offset);
    const within = offset - this.starts[piece]!;
    const ends = this.breakEnds[piece]!;
    const before = countAtMost(ends, within);
    const line = this.breaksBefore[piece]! + before;
    // The line usually starts in this piece (the outline asks this for every row: no second search).
    const lineStart = before > 0 ? this.starts[piece]! + ends[before - 1]! : this.lineStart(line);
    const previous = within > 0 ? this.pieces[piece]!.charCodeAt(within - 1) : this.charCodeAt(offset - 1);
    // Only an offset between a CR and its LF follows a line-break character within its line.
    const character = offset > lineStart && isLineBreak(previous) ? this.beforeLineBreak(offset, lineStart) - lineStart : offset - lineStart;
    return { line, character };
  }

  /** A position past the end of its line stops before the line break; lines past the end, at the end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.length;
    const lineStart = this.lineStart(position.line);
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < this.lineCount ? this.lineStart(position.line + 1) : this.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** Offset where a line (0-based, < lineCount) starts. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    // The piece holding the line's preceding break (the line-th, counting from 1).
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.breaksBefore[middle]! < line) low = middle;
      else high = middle - 1;
    }
    return this.starts[low]! + this.breakEnds[low]![line - this.breaksBefore[low]! - 1]!;
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** The piece holding `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Pieces of about `size` characters, cut after a line feed where there is one. */
function splitPieces(text: string, size: number): string[] {
  const max = 2 * size;
  if (text.length <= max) return text.length === 0 ? [] : [text];
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    // Searched within the next `max` characters only: a text of one long line stays linear.
    const ahead = text.slice(from, from + max + 1);
    let cut = ahead.lastIndexOf('\n', size - 1) + 1;
    if (cut === 0) cut = ahead.indexOf('\n', size) + 1;
    if (cut === 0 || cut > max) {
      cut = size;
      if (ahead.charCodeAt(cut - 1) === CR && ahead.charCodeAt(cut) === LF) cut++;
    }
    pieces.push(text.slice(from, from + cut));
    from += cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

function breakEndsOf(piece: string): Int32Array {
  const ends: number[] = [];
  if (piece.indexOf('\r') < 0) {
    for (let lf = piece.indexOf('\n'); lf >= 0; lf = piece.indexOf('\n', lf + 1)) ends.push(lf + 1);
  } else {
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code === LF) ends.push(i + 1);
      else if (code === CR) ends.push(piece.charCodeAt(i + 1) === LF ? ++i + 1 : i + 1);
    }
  }
  return ends.length === 0 ? noBreaks : Int32Array.from(ends);
}

function prefixSums<T>(items: readonly T[], size: (item: T) => number): number[] {
  const sums = [0];
  for (const item of items) sums.push(sums[sums.length - 1]! + size(item));
  return sums;
}

/** How many of the sorted `values` are ≤ `limit`. */
function countAtMost(values: Int32Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function endsWithCr(piece: string): boolean {
  return piece.charCodeAt(piece.length - 1) === CR;
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** NaN counts as `low`, as string methods count it as 0. */
function clamp(value: number, low: number, high: number): number {
  return value > high ? high : value >= low ? value : low;
}

/** A flat string of its own (a concatenation is a tree that would keep the old pieces alive). */
function ownedString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
