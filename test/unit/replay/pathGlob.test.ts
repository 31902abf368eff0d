import * as assert from 'node:assert/strict';
import { type PathSegment, coversPath, formatPath, parsePathPattern } from '../../../src/core/replay/pathGlob';

function covers(pattern: string, segments: PathSegment[]): boolean {
  const parsed = parsePathPattern(pattern);
  assert.ok(parsed, `pattern ${pattern} should parse`);
  return coversPath(parsed, segments);
}

describe('path patterns', () => {
  it('formats paths', () => {
    assert.equal(formatPath(['products', 0, 'price']), 'products[0].price');
    assert.equal(formatPath([0, 'id']), '[0].id');
    assert.equal(formatPath(['a', 'b-c', 'd']), 'a["b-c"].d');
    assert.equal(formatPath([]), '');
  });

  it('exact keys and indexes', () => {
    assert.ok(covers('id', ['id']));
    assert.ok(!covers('id', ['data', 'id']));
    assert.ok(covers('products[0].price', ['products', 0, 'price']));
    assert.ok(!covers('products[1].price', ['products', 0, 'price']));
    assert.ok(covers('["b-c"]', ['b-c']));
  });

  it('* is one segment, key or index', () => {
    assert.ok(covers('*.id', ['data', 'id']));
    assert.ok(covers('*.id', [3, 'id']));
    assert.ok(!covers('*.id', ['id']));
    assert.ok(!covers('*.id', ['products', 0, 'id']));
  });

  it('[] and [*] are any index, never a key', () => {
    assert.ok(covers('products[].id', ['products', 4, 'id']));
    assert.ok(covers('products[*].id', ['products', 0, 'id']));
    assert.ok(!covers('products[].id', ['products', 'x', 'id']));
  });

  it('** is any depth, including none', () => {
    assert.ok(covers('**.timestamp', ['timestamp']));
    assert.ok(covers('**.timestamp', ['data', 'items', 2, 'timestamp']));
    assert.ok(covers('data.**.id', ['data', 'id']));
    assert.ok(covers('data.**.id', ['data', 'items', 0, 'id']));
    assert.ok(!covers('data.**.id', ['extras', 'id']));
  });

  it('a pattern covers the subtree below what it matches', () => {
    assert.ok(covers('data', ['data', 'items', 0, 'id']));
    assert.ok(!covers('data.items', ['data']));
  });

  it('rejects malformed patterns', () => {
    for (const bad of ['', '.', 'a.', '.a', 'a..b', '[x]', 'a[', 'a b', '["unterminated]']) {
      assert.equal(parsePathPattern(bad), undefined, bad);
    }
  });
});
