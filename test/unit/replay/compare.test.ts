import * as assert from 'node:assert/strict';
import { compareJson, normalizeJson, prettyNormalized, summarizeDiff } from '../../../src/core/replay/compare';
import { readReplayFixture } from '../../support/replayFixtures';

const bill = readReplayFixture('bill-3192.json') as Record<string, unknown>;

/** The same value with object keys in reverse order at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  }
  return value;
}

describe('normalizeJson / prettyNormalized', () => {
  it('sorts keys recursively and keeps array order', () => {
    assert.equal(JSON.stringify(normalizeJson({ b: 1, a: { d: [{ z: 1, y: 2 }, 3], c: null } })), '{"a":{"c":null,"d":[{"y":2,"z":1},3]},"b":1}');
  });

  it('pretty-prints with 2 spaces, the same text whatever the key order', () => {
    assert.equal(prettyNormalized({ b: 1, a: [true] }), '{\n  "a": [\n    true\n  ],\n  "b": 1\n}');
    assert.equal(prettyNormalized(reversedKeys(bill)), prettyNormalized(bill));
    assert.equal(prettyNormalized(undefined), '');
  });

  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    assert.deepEqual(Object.keys(normalizeJson(value) as object), ['__proto__', 'a']);
  });
});

describe('compareJson', () => {
  it('key order is ignored', () => {
    const result = compareJson(bill, reversedKeys(bill), { ignore: [] });
    assert.equal(result.equal, true);
    assert.equal(summarizeDiff(result), 'no differences');
  });

  it('reports changed, added and removed paths', () => {
    const replayed = structuredClone(bill) as Record<string, any>;
    replayed.products[0].price = 41900;
    replayed.summ = 41900;
    replayed.products.push({ id: 1 });
    delete replayed.customer.okpo;
    replayed.extra = 'new';
    const result = compareJson(bill, replayed, { ignore: [] });
    assert.deepEqual(result.changed, [
      { path: 'products[0].price', logged: 41800, replayed: 41900 },
      { path: 'summ', logged: 41800, replayed: 41900 },
    ]);
    assert.deepEqual(result.added, [{ path: 'extra', value: 'new' }, { path: 'products[1]', value: { id: 1 } }]);
    assert.deepEqual(result.removed, [{ path: 'customer.okpo', value: '' }]);
    assert.equal(result.equal, false);
    assert.equal(summarizeDiff(result), '2 changed, 2 added, 1 removed');
  });

  it('a different kind of value is a change at that path', () => {
    const result = compareJson({ a: { b: 1 }, c: [1], d: null }, { a: [1], c: { 0: 1 }, d: 0 }, { ignore: [] });
    assert.deepEqual(result.changed.map((c) => c.path), ['a', 'c', 'd']);
    assert.deepEqual(compareJson([], {}, { ignore: [] }).changed, [{ path: '', logged: [], replayed: {} }]);
  });

  it('an empty logged body against a JSON answer', () => {
    const result = compareJson(undefined, { success: true }, { ignore: [] });
    assert.deepEqual(result.changed, [{ path: '', logged: undefined, replayed: { success: true } }]);
  });

  it('odd keys are quoted in paths', () => {
    const result = compareJson({ 'a b': 1 }, { 'a b': 2 }, { ignore: [] });
    assert.equal(result.changed[0]?.path, '["a b"]');
  });

  it('ignore patterns suppress volatile fields and are counted', () => {
    const logged = { id: 'e1', timestamp: 1, data: { id: 'r1', dateTime: 'T1', items: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] } };
    const replayed = { id: 'e2', timestamp: 2, data: { id: 'r2', dateTime: 'T2', items: [{ id: 'x', n: 1 }, { id: 'y', n: 3 }] } };
    const result = compareJson(logged, replayed, { ignore: ['id', '**.timestamp', 'data.dateTime', '*.id', 'data.items[].id'] });
    assert.deepEqual(result.changed, [{ path: 'data.items[1].n', logged: 2, replayed: 3 }]);
    assert.equal(result.ignored, 6);
    assert.equal(summarizeDiff(result), '1 changed, 0 added, 0 removed (6 ignored)');
  });

  it('an ignored object covers what is below it, added or removed', () => {
    const result = compareJson({ a: 1, meta: { t: 1 } }, { a: 1, meta: { t: 2, u: 3 } }, { ignore: ['meta'] });
    assert.equal(result.equal, true);
    assert.equal(result.ignored, 2);
    assert.equal(summarizeDiff(result), 'no differences (2 ignored)');
  });

  it('invalid patterns are reported and ignore nothing', () => {
    const result = compareJson({ a: 1 }, { a: 2 }, { ignore: ['a..b', '[x]', ''] });
    assert.deepEqual(result.invalidPatterns, ['a..b', '[x]', '']);
    assert.equal(result.changed.length, 1);
  });
});
