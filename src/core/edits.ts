// Folds a sequence of edits (each in the coordinates of the text left by the one before, as LSP
// and VS Code send them) into one edit of the original text, so an incremental re-parse sees a
// single touched region however many keystrokes arrived in between.
import type { TextChange } from './analyze';
import type { TextSource } from './text/textSource';

interface Region {
  /** Start of the region, the same in the original and the current text. */
  readonly start: number;
  readonly oldLength: number;
  readonly newLength: number;
}

export function mergeChanges(changes: readonly TextChange[], currentText: TextSource): TextChange | undefined {
  let region: Region | undefined;
  for (const change of changes) {
    region = region ? union(region, change) : { start: change.rangeOffset, oldLength: change.rangeLength, newLength: change.text.length };
  }
  if (!region) return undefined;
  return {
    rangeOffset: region.start,
    rangeLength: region.oldLength,
    text: currentText.slice(region.start, region.start + region.newLength),
  };
}

function union(region: Region, change: TextChange): Region {
  // Coordinates of `change` are in the text before it; the region spans [start, start+newLength) there.
  const regionEnd = region.start + region.newLength;
  const changeEnd = change.rangeOffset + change.rangeLength;
  const start = Math.min(region.start, change.rangeOffset);
  const endBefore = Math.max(regionEnd, changeEnd);
  const delta = change.text.length - change.rangeLength;
  // Length of [start, endBefore) in the original text: undo the region's own growth.
  const oldLength = endBefore - start - (region.newLength - region.oldLength);
  const newLength = endBefore - start + delta;
  return { start, oldLength, newLength };
}
