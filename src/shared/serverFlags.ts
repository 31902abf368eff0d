// Node flags the language server runs with: the extension starts it with them, and the benchmark
// does too, so it measures what users run.
//
// A larger young generation (up to 64 MB per semi-space; V8 grows it only as needed): an edit of a
// 50 MB log makes a few MB of objects that the next edits' analyses drop, and with the default 16 MB
// the collector ran every few keystrokes, copying what was still live each time.
export const serverNodeFlags: readonly string[] = ['--max-semi-space-size=64'];
