// Cells that repeat a few values (the event, the message type): the row's characters are compared with
// the strings already made, so the log's 100 000 rows share a dozen strings instead of making one each.
import type { Slicer } from '../text/ownedString';

/** More distinct values than this (a strange log) are sliced as they come. */
const MAX_REMEMBERED = 32;

export class CellStrings {
  /** The cells' characters as found in the text, and the string kept for each. */
  private readonly found: string[] = [];
  private readonly kept: string[] = [];

  constructor(
    private readonly slice: Slicer,
    private readonly upperCase: boolean,
  ) {}

  get(text: string, start: number, end: number): string {
    const found = this.found;
    const length = end - start;
    for (let i = 0; i < found.length; i++) {
      const candidate = found[i]!;
      if (candidate.length === length && sameChars(text, start, candidate)) return this.kept[i]!;
    }
    const raw = this.slice(text, start, end);
    const kept = this.upperCase ? upperCase(raw) : raw;
    if (found.length < MAX_REMEMBERED) {
      found.push(raw);
      this.kept.push(kept);
    }
    return kept;
  }
}

function sameChars(text: string, start: number, candidate: string): boolean {
  for (let i = candidate.length - 1; i >= 0; i--) if (text.charCodeAt(start + i) !== candidate.charCodeAt(i)) return false;
  return true;
}

/** `toUpperCase`, without its call (and a new string) for a cell that is upper case already. */
function upperCase(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 0x7f || (code >= 0x61 && code <= 0x7a)) return raw.toUpperCase();
  }
  return raw;
}
