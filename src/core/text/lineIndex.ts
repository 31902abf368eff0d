// Offsets ↔ 0-based line/character positions, for the edges (CLI output, tests). Line breaks are
// LF, CR LF and a lone CR, as in VS Code.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  private readonly starts: readonly number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineContaining(clamped);
    return { line, character: clamped - this.starts[line]! };
  }

  /** The offset of a position; a character beyond the end of its line stops before the line break. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.contentEnd(position.line));
  }

  private lineContaining(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private contentEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]! - 1;
    if (this.text.charCodeAt(end) === 0x0a && this.text.charCodeAt(end - 1) === 0x0d && end > this.starts[line]!) end--;
    return end;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      const crlf = lf === cr + 1;
      starts.push(crlf ? lf + 1 : cr + 1);
      if (crlf) lf = text.indexOf('\n', lf + 1);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}
