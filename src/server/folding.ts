// Each payload cell that runs over several lines folds.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { LogDocument } from './logDocument';
import type { Analysis } from '../core/analyze';

export function foldingRanges(document: LogDocument, analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const entry of analysis.parsed.entries) {
    const startLine = document.positionAt(entry.span.start).line;
    const endLine = document.positionAt(entry.span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
