// receipt.timestamp: the webhook's body.timestamp (ms) is within a few seconds of the log time of the
// RECEIPT request. A retry carries the first delivery's body unchanged, so it is measured from the
// first request of its retry chain. data.dateTime is the register's clock (tens of seconds off is
// normal) and is not checked.
import type { LogEntry } from '../model';
import { formatDuration, moscowTime } from './format';
import { isNumber, isObject } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptTimestampRule: MessageRule = { name: 'receiptTimestamp', kind: 'message', type: 'RECEIPT', direction: 'request', check };

/** The log time has second precision: a request logged at 18:56:03 arrived in [18:56:03, 18:56:04). */
const logPrecisionMs = 1000;

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const body = isObject(payload) ? payload.body : undefined;
  if (!isObject(body) || !isNumber(body.timestamp)) return;
  const { timestamp } = body;
  const tolerance = context.options.timestampToleranceMs;
  if (withinTolerance(timestamp, entry.time.epochMs, tolerance)) return;
  const reference = firstDelivery(context, entry);
  const logMs = reference.time.epochMs;
  if (!Number.isFinite(logMs) || withinTolerance(timestamp, logMs, tolerance)) return;
  const side = timestamp > logMs ? 'after' : 'before';
  const of = reference === entry ? 'this request' : 'the first delivery of this event';
  context.problemAt(
    entry,
    ['body', 'timestamp'],
    'value',
    'receipt.timestamp',
    `body.timestamp is ${moscowTime(timestamp)} (Moscow time), ${formatDuration(Math.abs(timestamp - logMs))} ${side} ` +
      `the log time ${reference.time.text} of ${of} (tolerance ${formatDuration(tolerance)})`,
    reference === entry ? undefined : [{ span: reference.time.span, message: 'the log time of the first delivery' }],
  );
}

/** Whether a time is at most `tolerance` outside the logged second (NaN log times are not judged). */
function withinTolerance(timestamp: number, logMs: number, tolerance: number): boolean {
  if (!Number.isFinite(logMs)) return true;
  return timestamp >= logMs - tolerance && timestamp <= logMs + logPrecisionMs - 1 + tolerance;
}

function firstDelivery(context: RuleContext, entry: LogEntry): LogEntry {
  const exchange = context.index.exchangeOf(entry.index);
  if (exchange?.retryOf === undefined) return entry;
  return context.index.entry(context.index.firstOfRetries(exchange).request) ?? entry;
}
