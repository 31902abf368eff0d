// An open log as the server holds it: its text in pieces (an edit copies one piece, not 50 MB; see
// core/text/chunkedText.ts), with the positions API of vscode-languageserver-textdocument.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextChange } from '../core/analyze';
import { ChunkedText } from '../core/text/chunkedText';
import type { Position, Range } from '../shared/protocol';

export class LogDocument {
  private constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: ChunkedText,
  ) {}

  static create(uri: string, version: number, text: string): LogDocument {
    return new LogDocument(uri, version, ChunkedText.fromString(text));
  }

  get lineCount(): number {
    return this.text.lineCount;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    return this.text.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.text.offsetAt(position);
  }

  /**
   * The document after LSP content changes (applied in order, each in the coordinates the one before
   * left), and each as an offset edit — or undefined for a change that replaced the whole text.
   */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): { document: LogDocument; edits: (TextChange | undefined)[] } {
    let text = this.text;
    const edits: (TextChange | undefined)[] = [];
    for (const change of changes) {
      if ('range' in change) {
        const [from, to] = ordered(text.offsetAt(change.range.start), text.offsetAt(change.range.end));
        edits.push({ rangeOffset: from, rangeLength: to - from, text: change.text });
        text = text.edit(from, to - from, change.text);
      } else {
        edits.push(undefined);
        text = ChunkedText.fromString(change.text);
      }
    }
    return { document: new LogDocument(this.uri, version, text), edits };
  }
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}
