// Where a set of content changes altered a text. Changes apply one after the other, each offset
// relative to the text the previous changes left (LSP's and vscode-languageserver-textdocument's rule).

export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** The old text [start, oldEnd) became the new text [start, newEnd); everything else is unchanged. */
export interface EditedRegion {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  readonly delta: number;
}

/** undefined when the changes do not fit the texts' lengths (then nothing can be trusted). */
export function editedRegion(
  oldLength: number,
  newLength: number,
  changes: readonly ContentChange[],
): EditedRegion | undefined {
  let length = oldLength;
  let start = Infinity;
  let unchangedTail = Infinity;
  for (const change of changes) {
    const end = change.rangeOffset + change.rangeLength;
    if (!Number.isInteger(end) || change.rangeOffset < 0 || change.rangeLength < 0 || end > length) return undefined;
    start = Math.min(start, change.rangeOffset);
    unchangedTail = Math.min(unchangedTail, length - end);
    length += change.text.length - change.rangeLength;
  }
  if (length !== newLength || start === Infinity) return undefined;
  return { start, oldEnd: oldLength - unchangedTail, newEnd: newLength - unchangedTail, delta: newLength - oldLength };
}
