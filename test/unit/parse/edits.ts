// Random edits for the property tests, made of the pieces logs are made of.
import type { ContentChange } from '../../../src/core/parse/editRegion';
import { pick } from './random';

export const logFragments: readonly string[] = [
  '| ', ' |', '|', ' | |', '\n', '\r\n', '\r', '\t', '    ', '{', '}', '[', ']', '"', ',', ':', '\\', 'x', ' ',
  '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {',
  '\n| 2025-12-13 19:06:58 | 146 | Ответ (LIST) | |',
  '| 2025-13-45 25:61:00 | 1 | Ответ (HELLO) | ',
  '2026-03-22 15:27:50\t143\tОтвет (BILL)\t{',
  '2026-03-22 15:27:50 143Ответ (BILL)\n    {',
  '"id": 3192,', '"name": "ООО | Рога",', 'true', 'null', '-1.5', '\uFEFF', '<html><title>502</title>',
  'Notice: x on line 1\n', 'Запрос', 'Ответ', 'Request', '(', ')', '2025-', '19:06:57', '\u0000', '😀',
];

export function applyChange(text: string, change: ContentChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

/** An edit somewhere in `text`, often near the places that matter (row starts, cell ends). */
export function randomChange(text: string, random: () => number): ContentChange {
  const start = randomOffset(text, random);
  const maxLength = random() < 0.1 ? 400 : 12;
  const rangeLength = Math.floor(random() * Math.min(maxLength, text.length - start + 1));
  const pieces = Math.floor(random() * 3);
  let inserted = '';
  for (let i = 0; i < pieces; i++) inserted += pick(random, logFragments);
  return { rangeOffset: start, rangeLength, text: inserted };
}

function randomOffset(text: string, random: () => number): number {
  const anchor = random();
  if (anchor < 0.3) {
    const near = text.indexOf('\n| ', Math.floor(random() * text.length));
    if (near >= 0) return Math.min(text.length, near + Math.floor(random() * 4));
  } else if (anchor < 0.45) {
    const near = text.indexOf(' |', Math.floor(random() * text.length));
    if (near >= 0) return Math.min(text.length, near + Math.floor(random() * 3));
  }
  return Math.floor(random() * (text.length + 1));
}
