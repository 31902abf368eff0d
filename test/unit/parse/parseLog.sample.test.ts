import * as assert from 'node:assert/strict';
import type { LogEntry } from '../../../src/core/model';
import { parseLog } from '../../../src/core/parse/parseLog';
import { assertGolden, readSample } from './fixtures';
import { summarize } from './summary';

const slice = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

describe('parseLog: the field sample', () => {
  const text = readSample();
  const parsed = parseLog(text);

  it('matches the golden summary (checked by hand against the file)', () => {
    assertGolden('sample', summarize(parsed, text));
  });

  it('reads all 20 rows, newest first, without problems', () => {
    assert.equal(parsed.form, 'table');
    assert.equal(parsed.order, 'newest-first');
    assert.equal(parsed.entries.length, 20);
    assert.deepEqual(parsed.problems, []);
    parsed.entries.forEach((e, i) => assert.equal(e.index, i));
  });

  it('puts every cell span on its text', () => {
    const first = parsed.entries[0]!;
    assert.equal(slice(text, first.time.span), '2025-12-13 19:16:30');
    assert.equal(slice(text, first.shop.span), '131');
    assert.equal(slice(text, first.event.span), 'Ответ (HELLO)');
    assert.equal(slice(text, first.type.span), 'HELLO');
    assert.equal(first.type.text, 'HELLO');
    assert.equal(first.direction, 'response');
    assert.equal(first.time.epochMs, Date.parse('2025-12-13T16:16:30Z'));
    assert.ok(slice(text, first.span).startsWith('| 2025-12-13 19:16:30 | 131 |'));
    assert.ok(slice(text, first.span).endsWith('"protocol": "0.1.0"\n} |'));
  });

  it('gives JSON payloads a span from the opening to the closing bracket and the parsed value', () => {
    for (const e of parsed.entries.filter((x) => x.payload.status === 'json')) {
      const payload = slice(text, e.payload.span);
      assert.match(payload, /^[[{][\s\S]*[\]}]$/);
      assert.equal(e.payload.jsonOffset, e.payload.span.start);
      assert.equal(e.payload.json!.text, payload);
      assert.deepEqual(e.payload.json!.value, JSON.parse(payload));
    }
  });

  it('keeps empty cells as zero-length spans inside `| |`', () => {
    const empty = parsed.entries.filter((e) => e.payload.status === 'empty');
    assert.deepEqual(
      empty.map((e) => e.index),
      [2, 12, 13],
    );
    for (const e of empty) {
      assert.equal(e.payload.span.start, e.payload.span.end);
      assert.equal(text.slice(e.payload.span.start - 1, e.payload.span.start + 2), '| |');
      assert.equal(e.payload.json, undefined);
    }
  });

  it('keeps the data as it is: the trailing space of a name, the receipt sent twice', () => {
    const bill = value(parsed.entries[6]!) as { customer: { name: string } };
    assert.equal(bill.customer.name, 'Пётр Тестов ');
    const receipts = parsed.entries.filter((e) => e.type.text === 'RECEIPT' && e.direction === 'request');
    assert.deepEqual(
      receipts.map((e) => e.index),
      [5, 14, 17],
    );
    const bodyId = (e: LogEntry): string => (value(e) as { body: { id: string } }).body.id;
    assert.equal(bodyId(receipts[1]!), bodyId(receipts[2]!));
    assert.notEqual(bodyId(receipts[0]!), bodyId(receipts[1]!));
  });

  it('ends the last row at the end of the text (the sample has no trailing newline)', () => {
    assert.equal(parsed.entries.at(-1)!.span.end, text.length);
  });
});

function value(entry: LogEntry): unknown {
  return entry.payload.json?.value;
}
