// How the parser takes strings out of the document text.
//
// V8 represents a longer slice as a view into its parent string, which keeps the whole parent alive.
// A full parse takes views (copying would cost it a third of its time). An incremental reparse takes
// copies: the entries it makes outlive many versions of the document, and views would pin each of
// those versions (50 MB apiece) in memory. So a result pins at most the text of its last full parse.

export type Slicer = (text: string, start: number, end: number) => string;

export const viewSlice: Slicer = (text, start, end) => text.slice(start, end);

/** A string of its own: concatenating then slicing again flattens the characters into a fresh string. */
export const ownedSlice: Slicer = (text, start, end) => {
  const slice = text.slice(start, end);
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
};
