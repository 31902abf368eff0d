// receipt.post-body: a RECEIPT request's `post` repeats its `body`. Compared structurally: the log
// stores keys in a database's order, so key order never matters; array order does.
import { describeValue, formatPath } from './format';
import type { LogEntry } from '../model';
import { isObject } from './read';
import type { JsonPath, MessageRule, RuleContext } from './types';

export const receiptPostBodyRule: MessageRule = { name: 'receiptPostBody', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  // post of another type than object or [] is the schemas' to report.
  if (!isObject(payload) || !isObject(payload.body) || typeof payload.post !== 'object' || payload.post === null) return;
  const { post, body } = payload;
  if (sameJson(post, body)) return;
  const difference = firstDifference(post, body, []);
  if (difference) report(context, entry, post, body, difference);
}

function report(context: RuleContext, entry: LogEntry, post: unknown, body: unknown, { path, kind }: Difference): void {
  const where = formatPath(['post', ...path]);
  const mirror = formatPath(['body', ...path]);
  if (kind === 'value') {
    const message = `${where} is ${describeValue(valueAtPath(post, path))} but ${mirror} is ${describeValue(valueAtPath(body, path))}: post must repeat body`;
    context.problemAt(entry, ['post', ...path], 'value', 'receipt.post-body', message, [
      { span: context.spanAt(entry, ['body', ...path], 'value'), message: `${mirror} in the body` },
    ]);
  } else if (kind === 'missing') {
    const message = `${where} is missing but ${mirror} is ${describeValue(valueAtPath(body, path))}: post must repeat body`;
    context.problemAt(entry, ['post', ...path.slice(0, -1)], 'key', 'receipt.post-body', message, [
      { span: context.spanAt(entry, ['body', ...path], 'key'), message: `${mirror} in the body` },
    ]);
  } else {
    const parent = ['body', ...path.slice(0, -1)];
    context.problemAt(entry, ['post', ...path], 'key', 'receipt.post-body', `${where} is not in the body (${mirror} is missing): post must repeat body`, [
      { span: context.spanAt(entry, parent, 'key'), message: `${formatPath(parent)} in the body` },
    ]);
  }
}

/** Deep equality of parsed JSON, ignoring key order. Allocates nothing. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    count++;
  }
  for (const _key in right) count--;
  return count === 0;
}

interface Difference {
  /** Where inside post/body; for `missing`, the path of the property post lacks. */
  readonly path: JsonPath;
  /** `value`: both have it, differently; `missing`: body has it, post does not; `extra`: the reverse. */
  readonly kind: 'value' | 'missing' | 'extra';
}

/** The first place (body's key order, then post's extra keys) where post differs from body. */
function firstDifference(post: unknown, body: unknown, path: (string | number)[]): Difference | undefined {
  if (sameJson(post, body)) return undefined;
  if (Array.isArray(post) && Array.isArray(body)) {
    const shared = Math.min(post.length, body.length);
    for (let i = 0; i < shared; i++) {
      const found = firstDifference(post[i], body[i], [...path, i]);
      if (found) return found;
    }
    if (post.length > body.length) return { path: [...path, body.length], kind: 'value' };
    return { path: [...path, post.length], kind: 'missing' };
  }
  if (isObject(post) && isObject(body)) {
    for (const key in body) {
      if (!hasOwn(post, key)) return { path: [...path, key], kind: 'missing' };
      const found = firstDifference(post[key], body[key], [...path, key]);
      if (found) return found;
    }
    for (const key in post) if (!hasOwn(body, key)) return { path: [...path, key], kind: 'extra' };
  }
  return { path, kind: 'value' };
}

function valueAtPath(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) && hasOwn(current, segment) ? current[segment] : undefined;
  }
  return current;
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
