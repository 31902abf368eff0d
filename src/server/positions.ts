// The one place where document offsets become line/character positions.
import type { LogDocument } from './logDocument';
import type { Span } from '../core/model';
import type { Position, Range } from '../shared/protocol';

export function toRange(document: LogDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toOffset(document: LogDocument, position: Position): number {
  return document.offsetAt(position);
}
