// POSIX shell quoting: the result is one word for sh, bash, zsh and dash, with nothing expanded.

const safeWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(word: string): string {
  if (safeWord.test(word)) return word;
  return `'${word.split("'").join(`'\\''`)}'`;
}
