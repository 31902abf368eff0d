// The `uuid` format of ajv-formats, `/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i`,
// as a scan of the characters: every receipt and bill line has one or more, and the regular expression
// was the most expensive single step of validating them.

const URN_PREFIX = 'urn:uuid:';
/** `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` */
const UUID_LENGTH = 36;

export function isUuid(text: string): boolean {
  let start = 0;
  if (text.length === URN_PREFIX.length + UUID_LENGTH) {
    for (let i = 0; i < URN_PREFIX.length; i++) {
      const code = text.charCodeAt(i);
      const expected = URN_PREFIX.charCodeAt(i);
      // The letters in either case (`/i`); the colons exactly.
      if (code !== expected && !(expected >= 0x61 && expected <= 0x7a && code === expected - 0x20)) return false;
    }
    start = URN_PREFIX.length;
  } else if (text.length !== UUID_LENGTH) {
    return false;
  }
  for (let i = 0; i < UUID_LENGTH; i++) {
    const code = text.charCodeAt(start + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 0x2d) return false;
    } else if (!isHexDigit(code)) {
      return false;
    }
  }
  return true;
}

function isHexDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}
