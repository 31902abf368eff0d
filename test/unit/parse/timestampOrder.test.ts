import * as assert from 'node:assert/strict';
import type { LogEntry } from '../../../src/core/model';
import { detectOrder } from '../../../src/core/parse/order';
import { readMoscowTime, startsWithYear } from '../../../src/core/parse/timestamp';

const time = (text: string): number => readMoscowTime(text, 0, text.length);

describe('log times', () => {
  it('are Moscow time, UTC+3 all year', () => {
    assert.equal(time('2025-12-13 19:06:57'), Date.parse('2025-12-13T16:06:57Z'));
    assert.equal(time('2025-07-01 02:00:00'), Date.parse('2025-06-30T23:00:00Z'));
    assert.equal(time('2024-02-29 00:00:00'), Date.parse('2024-02-28T21:00:00Z'));
  });

  it('tolerate extra spaces or a T between date and time', () => {
    assert.equal(time('2025-12-13   19:06:57'), time('2025-12-13 19:06:57'));
    assert.equal(time('2025-12-13T19:06:57'), time('2025-12-13 19:06:57'));
  });

  it('are NaN when unreadable', () => {
    for (const bad of ['2025-13-01 00:00:00', '2025-02-29 00:00:00', '2025-12-13 24:00:00', '2025-12-13 19:60:00',
      '2025-12-13', '2025-12-13 19:06', '2025-12-13 19:06:57Z', '13.12.2025 19:06:57', '0099-01-01 00:00:00', '']) {
      assert.ok(Number.isNaN(time(bad)), bad);
    }
  });

  it('start a row line only with a four-digit year and a dash', () => {
    assert.ok(startsWithYear('2025-12-13', 0));
    assert.ok(!startsWithYear('2025,', 0));
    assert.ok(!startsWithYear('202', 0));
  });
});

describe('detectOrder', () => {
  const entries = (...times: number[]): LogEntry[] => times.map((epochMs) => ({ time: { epochMs } }) as unknown as LogEntry);

  it('follows the majority of consecutive pairs', () => {
    assert.equal(detectOrder(entries(5, 4, 4, 3, 9, 1)), 'newest-first');
    assert.equal(detectOrder(entries(1, 2, 2, 3, 0, 4)), 'oldest-first');
  });

  it('ignores equal and unreadable times', () => {
    assert.equal(detectOrder(entries(3, 3, 3, 2)), 'newest-first');
    assert.equal(detectOrder(entries(1, NaN, 2)), 'unknown');
    assert.equal(detectOrder(entries(1, NaN, 2, 3)), 'oldest-first');
  });

  it('is unknown for a single entry, equal times or a tie', () => {
    assert.equal(detectOrder(entries()), 'unknown');
    assert.equal(detectOrder(entries(7)), 'unknown');
    assert.equal(detectOrder(entries(7, 7, 7)), 'unknown');
    assert.equal(detectOrder(entries(1, 2, 1)), 'unknown');
  });
});
