// Content detection, so the editor can switch a `.log`, `.txt` or `.md` file to the exchange-log language.
import { findFirstRow } from './firstRow';

const SNIFF_LENGTH = 64 * 1024;

/** Whether a row of any form of the log (time, shop, `Запрос (TYPE)`…) starts in the first 64 KB. */
export function looksLikeExchangeLog(text: string): boolean {
  return findFirstRow(text, Math.min(text.length, SNIFF_LENGTH)) !== undefined;
}
