import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseLog } from '../../../src/core/parse/parseLog';
import { buildSessions } from '../../../src/core/sessions/buildSessions';
import type { Exchange, SessionsModel } from '../../../src/core/sessions/model';

const repoRoot = path.resolve(__dirname, '../../../..');
const sample = readFileSync(path.join(repoRoot, 'test/fixtures/exchange-sample.log'), 'utf8');

function model(text: string, idleGapMs = 30 * 60_000): SessionsModel {
  return buildSessions(parseLog(text), { idleGapMs });
}

function shop(m: SessionsModel, id: string) {
  const found = m.shops.find((s) => s.id === id);
  assert.ok(found, `shop ${id}`);
  return found;
}

function exchangesOf(m: SessionsModel, id: string): Exchange[] {
  return shop(m, id).sessions.flatMap((s) => [...s.exchanges]);
}

/** Reverses the rows of a newest-first table log: the same log exported oldest first. */
function oldestFirst(text: string): string {
  const rows = text.split(/\n(?=\| \d{4}-)/);
  return rows.reverse().join('\n');
}

describe('sessions of the field sample', () => {
  const m = model(sample);

  it('has shops 19, 146 and 131 in order of first appearance in time', () => {
    assert.deepEqual(m.shops.map((s) => s.id), ['19', '146', '131']);
  });

  it('orders all 20 entries oldest first', () => {
    assert.equal(m.chronological.length, 20);
    assert.equal(m.chronological[0], 19); // the last row of the file is the oldest
    assert.equal(m.chronological[19], 0);
  });

  it('shop 146: HELLO, LIST, BILL, LIST, RECEIPT, all answered, one session started by HELLO', () => {
    const s = shop(m, '146');
    assert.equal(s.sessions.length, 1);
    assert.equal(s.sessions[0]!.startedBy, 'hello');
    assert.equal(s.systemName, 'demo-market');
    const x = exchangesOf(m, '146');
    assert.deepEqual(x.map((e) => e.type), ['HELLO', 'LIST', 'BILL', 'LIST', 'RECEIPT']);
    assert.ok(x.every((e) => e.state === 'answered'));
    assert.ok(x.every((e) => e.retryOf === undefined), 'a LIST asked again a minute later is not a retry');
    assert.deepEqual(x.map((e) => e.latencyMs), [0, 0, 1000, 0, 1000]);
  });

  it('shop 19: BILL, RECEIPT, LIST, RECEIPT — the second RECEIPT retries the first; the first is answered after 11 s', () => {
    const x = exchangesOf(m, '19');
    assert.deepEqual(x.map((e) => e.type), ['BILL', 'RECEIPT', 'LIST', 'RECEIPT']);
    const [bill, first, , second] = x;
    assert.equal(shop(m, '19').sessions[0]!.startedBy, 'start');
    assert.equal(first!.latencyMs, 11_000);
    assert.equal(first!.response, 13); // `18:56:14 Ответ (RECEIPT)` is row 13 of the file
    assert.equal(second!.retryOf, first!.id);
    assert.equal(second!.retryAfterMs, 11_000);
    assert.equal(second!.latencyMs, 4_000);
    assert.equal(second!.facts.eventId, '2a7b9c01-4d3e-4f5a-8b6c-7d8e9f0a1b33');
    assert.deepEqual(bill!.facts, { billId: '200335', billNumber: '200335C', amount: 18174, customer: 'Ольга' });
  });

  it('shop 131: HELLO only, with the system name of its answer', () => {
    const s = shop(m, '131');
    assert.equal(s.systemName, 'demo-shop, demo-shop-east');
    assert.equal(s.protocol, '0.1.0');
    assert.deepEqual(exchangesOf(m, '131').map((e) => [e.type, e.state]), [['HELLO', 'answered']]);
  });

  it('gives LIST and RECEIPT their key facts', () => {
    const [, list, , , receipt] = exchangesOf(m, '146');
    assert.deepEqual(list!.facts, { query: 'date=today', billCount: 1 });
    assert.equal(receipt!.facts.billNumber, 'M3192');
    assert.equal(receipt!.facts.amount, 41800);
    assert.equal(receipt!.facts.customer, 'Пётр Тестов');
  });

  it('keeps exchange ids stable and unique', () => {
    const ids = m.shops.flatMap((s) => s.sessions.flatMap((x) => x.exchanges.map((e) => e.id)));
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids, model(sample).shops.flatMap((s) => s.sessions.flatMap((x) => x.exchanges.map((e) => e.id))));
  });
});

describe('sessions: order, gaps, pairing', () => {
  it('gives the same conversation for the oldest-first export', () => {
    const newest = model(sample);
    const oldest = model(oldestFirst(sample));
    const strip = (mm: SessionsModel) => mm.shops.map((s) => ({ id: s.id, x: s.sessions.flatMap((ss) => ss.exchanges.map((e) => [e.type, e.state, e.latencyMs, e.retryAfterMs])) }));
    assert.deepEqual(strip(oldest), strip(newest));
  });

  it('starts a new session after an idle gap', () => {
    const m = model(sample, 60_000); // one minute: shop 19's BILL (18:51:54) and RECEIPT (18:56:03) part
    const sessions = shop(m, '19').sessions;
    assert.deepEqual(sessions.map((s) => [s.startedBy, s.exchanges.map((e) => e.type)]), [
      ['start', ['BILL']],
      ['gap', ['RECEIPT', 'LIST', 'RECEIPT']],
    ]);
  });

  it('marks a request without response as unanswered and a response without request as an orphan', () => {
    // Drop the response of shop 146's BILL and the request of its first LIST.
    const rows = sample.split(/\n(?=\| \d{4}-)/);
    const withoutBillAnswer = rows.filter((r) => !r.startsWith('| 2025-12-13 19:06:58 | 146 | Ответ (BILL)') && !r.startsWith('| 2025-12-13 19:06:38 | 146 | Запрос (LIST)'));
    const x = exchangesOf(model(withoutBillAnswer.join('\n')), '146');
    assert.deepEqual(x.map((e) => [e.type, e.state]), [['HELLO', 'answered'], ['LIST', 'orphan'], ['BILL', 'unanswered'], ['LIST', 'answered'], ['RECEIPT', 'answered']]);
  });

  it('never fails on an empty log', () => {
    assert.deepEqual(model('').shops, []);
  });
});
