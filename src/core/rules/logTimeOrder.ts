// log.time-order: a row whose time breaks the order of the file. The export writes rows newest first
// (other exports oldest first, detected by the parser); a row out of order is a copy-paste or export
// fault, and it makes pairing and latencies unreliable around it.
import type { LogEntry } from '../model';
import type { LogRule, RuleContext } from './types';

export const logTimeOrderRule: LogRule = { name: 'logTimeOrder', kind: 'log', run };

function run(context: RuleContext): void {
  const { order, entries } = context.parsed;
  if (order === 'unknown') return;
  const newestFirst = order === 'newest-first';
  let above: LogEntry | undefined;
  for (const entry of entries) {
    const ms = entry.time.epochMs;
    if (!Number.isFinite(ms)) continue;
    if (above) {
      const aboveMs = above.time.epochMs;
      if (newestFirst ? ms > aboveMs : ms < aboveMs) {
        const relation = newestFirst ? 'newer' : 'older';
        context.problemOn(
          entry,
          entry.time.span,
          'log.time-order',
          `${entry.time.text} is ${relation} than the row above it (${above.time.text}), but the file is ${order}`,
          [{ span: above.time.span, message: 'the row above' }],
        );
      }
    }
    above = entry;
  }
}
