// The one place where document offsets become line/character positions.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/model';
import type { Position, Range } from '../shared/protocol';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}
