// bill.id-echo: a BILL request names one bill three times: get.id, the last segment of get.q, and the
// answer's id. They must agree.
import type { LogEntry } from '../model';
import { describeValue } from './format';
import { isObject, sameId } from './read';
import type { JsonPath, MessageRule, RuleContext } from './types';

export const billIdEchoRule: MessageRule = { name: 'billIdEcho', kind: 'message', type: 'BILL', direction: 'request', check };

function check(request: LogEntry, payload: unknown, context: RuleContext): void {
  const get = isObject(payload) ? payload.get : undefined;
  if (!isObject(get)) return;
  const { id, q } = get;
  if (typeof q !== 'string') return;
  if (typeof id === 'string' && !endsWithSegment(q, id)) {
    context.problemAt(
      request,
      ['get', 'id'],
      'value',
      'bill.id-echo',
      `get.id is ${describeValue(id)} but the path get.q ${describeValue(q)} ends in ${describeValue(lastSegment(q))}`,
      [{ span: context.spanAt(request, ['get', 'q'], 'value'), message: 'the request path' }],
    );
    return;
  }
  if (typeof id === 'string') checkAnswer(context, request, id, ['get', 'id']);
  else checkAnswer(context, request, lastSegment(q), ['get', 'q']);
}

function checkAnswer(context: RuleContext, request: LogEntry, requested: string, requestedAt: JsonPath): void {
  const exchange = context.index.exchangeOf(request.index);
  if (exchange?.response === undefined || exchange.request !== request.index) return;
  const response = context.parsed.entries[exchange.response];
  const answer = response?.payload.json?.value;
  if (!response || !isObject(answer)) return;
  const { id } = answer;
  if ((typeof id !== 'number' && typeof id !== 'string') || sameId(requested, id)) return;
  context.problemAt(response, ['id'], 'value', 'bill.id-echo', `id is ${describeValue(id)} but the request asked for bill ${describeValue(requested)}`, [
    { span: context.spanAt(request, requestedAt, 'value'), message: 'the bill id asked for' },
  ]);
}

/** Whether `path` ends with `/segment` (no substring is made). */
function endsWithSegment(path: string, segment: string): boolean {
  const start = path.length - segment.length;
  return segment.length > 0 && start > 0 && path.charCodeAt(start - 1) === 0x2f /* / */ && path.startsWith(segment, start);
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
