// Which form the log is written in, decided by its first convincing row; text before it is skipped.
import type { LogForm } from '../model';
import { Char, isBlank, isDigit, lineEndOf } from '../text/chars';
import type { CancellationLike } from './cancellation';
import { isFault, type RowParts, type RowReader } from './rowReader';
import { tableRows } from './tableRows';
import { readMoscowTime } from './timestamp';
import { textRows } from './textRows';
import { tsvRows } from './tsvRows';

const readers: readonly RowReader[] = [tableRows, tsvRows, textRows];
const MAX_SHOP_LENGTH = 64;
const LINES_PER_CANCEL_CHECK = 4096;

export interface FirstRow {
  readonly reader: RowReader;
  readonly start: number;
}

export function readerOf(form: LogForm): RowReader {
  return readers.find((r) => r.form === form)!;
}

/** The first row (starting before `limit`) that is clearly a log row, with the reader of its form. */
export function findFirstRow(text: string, limit = text.length, cancel?: CancellationLike): FirstRow | undefined {
  let lineStart = text.charCodeAt(0) === Char.ByteOrderMark ? 1 : 0;
  for (let lines = 1; lineStart < limit; lines++) {
    const reader = convincingReaderAt(text, lineStart);
    if (reader) return { reader, start: lineStart };
    if (lines % LINES_PER_CANCEL_CHECK === 0 && cancel?.isCancellationRequested) return undefined;
    const lineFeed = text.indexOf('\n', lineStart);
    if (lineFeed < 0) return undefined;
    lineStart = lineFeed + 1;
  }
  return undefined;
}

/** The reader a full parse would choose for a row starting at `lineStart` (the first convincing one). */
export function convincingReaderAt(text: string, lineStart: number): RowReader | undefined {
  return readers.find((r) => isConvincingRow(text, r, lineStart));
}

/** A row start whose first line has a valid time, a plain shop id, a direction and a type word. */
export function isConvincingRow(text: string, reader: RowReader, lineStart: number): boolean {
  if (!reader.isRowStart(text, lineStart)) return false;
  const lineEnd = lineEndOf(text, lineStart, text.length);
  const row = reader.readRow(text, lineStart, lineEnd);
  return (
    !isFault(row) &&
    !Number.isNaN(readMoscowTime(text, row.time.start, row.time.end)) &&
    isPlainShop(text, row) &&
    isTypeWord(text, row) &&
    reader.isConvincing(text, row, lineEnd)
  );
}

function isPlainShop(text: string, row: RowParts): boolean {
  const { start, end } = row.shop;
  if (end === start || end - start > MAX_SHOP_LENGTH) return false;
  for (let p = start; p < end; p++) if (isBlank(text.charCodeAt(p))) return false;
  return true;
}

/** `BILL`, `RECEIPT`, `NEW_TYPE`: a word starting with a letter. */
function isTypeWord(text: string, row: RowParts): boolean {
  for (let p = row.type.start; p < row.type.end; p++) {
    const code = text.charCodeAt(p);
    const lower = code | 0x20;
    const isLetter = lower >= 0x61 && lower <= 0x7a;
    const isInner = isDigit(code) || code === 0x5f || code === 0x2d;
    if (!isLetter && (p === row.type.start || !isInner)) return false;
  }
  return true;
}
