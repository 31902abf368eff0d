// What the analysis reads a document through. A plain string is one; so is a ChunkedText, which an
// editor keeps so that an edit does not copy the whole document.
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
  /** The whole text as one string (a ChunkedText joins its pieces once and keeps the result). */
  toString(): string;
}
