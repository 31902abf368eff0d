import * as assert from 'node:assert/strict';
import { keyNodeOf, nodeAtPath, pathAtOffset, payloadTree } from '../../../src/core/json/payloadTree';
import type { JsonText } from '../../../src/core/model';
import { parseLog } from '../../../src/core/parse/parseLog';
import { readSample } from './fixtures';

describe('payloadTree', () => {
  const text = readSample();
  const bill = parseLog(text).entries[6]!.payload;
  const json = bill.json!;

  it('is built once per JsonText and cached', () => {
    const tree = payloadTree(json);
    assert.ok(tree);
    assert.equal(payloadTree(json), tree);
    const copy: JsonText = { text: json.text, value: json.value };
    assert.notEqual(payloadTree(copy), tree);
  });

  it('has offsets relative to the JSON; adding jsonOffset lands on the document', () => {
    const node = nodeAtPath(payloadTree(json)!, ['customer', 'name'])!;
    assert.equal(node.value, 'Пётр Тестов ');
    const start = bill.jsonOffset + node.offset;
    assert.equal(text.slice(start, start + node.length), '"Пётр Тестов "');
    const key = keyNodeOf(node)!;
    assert.equal(text.slice(bill.jsonOffset + key.offset, bill.jsonOffset + key.offset + key.length), '"name"');
  });

  it('finds the path at an offset, on a key or a value', () => {
    const root = payloadTree(json)!;
    const price = nodeAtPath(root, ['products', 0, 'price'])!;
    assert.deepEqual(pathAtOffset(root, price.offset + 1), ['products', 0, 'price']);
    assert.deepEqual(pathAtOffset(root, keyNodeOf(price)!.offset + 1), ['products', 0, 'price']);
    assert.deepEqual(pathAtOffset(root, 0), []);
    assert.equal(pathAtOffset(root, json.text.length + 10), undefined);
  });

  it('has no key node for array items and the root', () => {
    const root = payloadTree(json)!;
    assert.equal(keyNodeOf(nodeAtPath(root, ['products', 0])!), undefined);
    assert.equal(keyNodeOf(root), undefined);
  });

  it('gives no tree rather than throwing for nesting too deep to walk', () => {
    const depth = 200_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    assert.equal(payloadTree({ text: deep, value: null }), undefined);
  });
});
