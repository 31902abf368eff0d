// Cutting text for messages without splitting a character: a cut through a surrogate pair would
// leave half an emoji (a lone surrogate) in a diagnostic.

/** `text` cut to at most `max` UTF-16 units, backing off one unit rather than splitting a pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
