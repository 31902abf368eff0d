// receipt.event-id: the receipt id (body.data.id) is not the webhook event id (body.id); the same id in
// both means the sender filled one from the other, and retries can no longer be told from new receipts.
import type { LogEntry } from '../model';
import { describeValue } from './format';
import { isObject } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptEventIdRule: MessageRule = { name: 'receiptEventId', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const body = isObject(payload) ? payload.body : undefined;
  if (!isObject(body) || typeof body.id !== 'string' || !isObject(body.data) || body.data.id !== body.id) return;
  context.problemAt(
    entry,
    ['body', 'data', 'id'],
    'value',
    'receipt.event-id',
    `body.data.id (the receipt) is ${describeValue(body.id)}, the same as body.id (the webhook event): they must differ`,
    [{ span: context.spanAt(entry, ['body', 'id'], 'value'), message: 'body.id, the event id' }],
  );
}
