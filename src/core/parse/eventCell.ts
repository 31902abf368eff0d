// The event cell: a direction word and the message type in parentheses, e.g. `Запрос (BILL)`.
import type { Direction, Span } from '../model';
import { Char, isSpaceOrTab } from '../text/chars';
import { trimmedSpan } from './rowReader';

interface DirectionWord {
  readonly word: string;
  readonly direction: Direction;
  /** The export writes the Russian words capitalised; English ones turn up in any case. */
  readonly anyCase: boolean;
}

const directionWords: readonly DirectionWord[] = [
  { word: 'Запрос', direction: 'request', anyCase: false },
  { word: 'Ответ', direction: 'response', anyCase: false },
  { word: 'request', direction: 'request', anyCase: true },
  { word: 'response', direction: 'response', anyCase: true },
];

export interface EventParts {
  readonly direction: Direction;
  /** The type word inside the parentheses, trimmed. */
  readonly type: Span;
  /** Just after the closing parenthesis. */
  readonly end: number;
}

/** Reads `<direction word> (<type>)` starting exactly at `start`, within [start, limit). */
export function readEvent(text: string, start: number, limit: number): EventParts | undefined {
  const word = directionWordAt(text, start);
  if (!word) return undefined;
  let p = start + word.word.length;
  while (p < limit && isSpaceOrTab(text.charCodeAt(p))) p++;
  if (p >= limit || text.charCodeAt(p) !== Char.OpenParen) return undefined;
  const close = closingParen(text, p + 1, limit);
  if (close < 0) return undefined;
  const type = trimmedSpan(text, p + 1, close);
  return type.start === type.end ? undefined : { direction: word.direction, type, end: close + 1 };
}

function directionWordAt(text: string, start: number): DirectionWord | undefined {
  for (let i = 0; i < directionWords.length; i++) if (matchesAt(text, start, directionWords[i]!)) return directionWords[i];
  return undefined;
}

/** The start of a direction word that ends exactly at `end` (the text form runs the shop id into it). */
export function directionWordEndingAt(text: string, start: number, end: number): number {
  for (const w of directionWords) {
    const wordStart = end - w.word.length;
    if (wordStart >= start && matchesAt(text, wordStart, w)) return wordStart;
  }
  return -1;
}

function closingParen(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === Char.CloseParen) return i;
    if (code === Char.OpenParen || code === Char.LineFeed) return -1;
  }
  return -1;
}

function matchesAt(text: string, offset: number, w: DirectionWord): boolean {
  const word = w.word;
  for (let i = 0; i < word.length; i++) {
    const actual = text.charCodeAt(offset + i);
    const expected = word.charCodeAt(i);
    if (actual !== expected && !(w.anyCase && (actual | 0x20) === expected)) return false;
  }
  return true;
}
