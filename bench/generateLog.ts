// Writes a large synthetic exchange log of the sample's shape: table form, newest first, payloads
// pretty-printed one token per line. Shops run sessions HELLO → LIST → BILL → LIST + RECEIPT; every
// message is valid against the schemas and every cross-message rule of protocol.md holds.
import * as fs from 'node:fs';
import { makeShops, type Shop } from './fakeData';
import {
  billRequest,
  billResponse,
  getRequest,
  helloRequest,
  helloResponse,
  listResponse,
  makeBill,
  moscowText,
  payloadText,
  receiptRequest,
  type Bill,
} from './messages';
import { Random } from './prng';

/** Bump when the output changes, so cached files are regenerated. */
export const generatorVersion = 1;

export interface GenerateOptions {
  /** Stop once the log has at least this many UTF-8 bytes. */
  readonly targetBytes: number;
  readonly shops: number;
  readonly seed: number;
}

export interface GeneratedLog {
  readonly bytes: number;
  readonly rows: number;
  readonly sessions: number;
  readonly shops: number;
}

interface Row {
  readonly ms: number;
  readonly seq: number;
  readonly text: string;
}

interface ShopState {
  readonly shop: Shop;
  readonly open: Bill[];
  /** No session of this shop may start before this time. */
  freeAt: number;
}

const startMs = Date.UTC(2025, 11, 1, 6, 0, 0); // 2025-12-01 09:00:00 Moscow time

class RowSink {
  readonly rows: Row[] = [];
  bytes = 0;

  add(ms: number, shop: Shop, direction: 'Запрос' | 'Ответ', type: string, payload: unknown): void {
    const cell = payload === undefined ? '' : `${payloadText(payload)} `;
    const text = `| ${moscowText(ms)} | ${shop.id} | ${direction} (${type}) | ${cell}|`;
    this.rows.push({ ms, seq: this.rows.length, text });
    this.bytes += Buffer.byteLength(text) + 1;
  }
}

export function generateLog(path: string, options: GenerateOptions): GeneratedLog {
  const random = new Random(options.seed);
  const states: ShopState[] = makeShops(random, options.shops).map((shop) => ({ shop, open: [], freeAt: startMs }));
  const sink = new RowSink();
  let billId = random.int(3000, 9000);
  let clock = startMs;
  let sessions = 0;
  while (sink.bytes < options.targetBytes) {
    clock += random.int(0, 12) * 1000;
    const state = random.pick(states);
    if (state.freeAt > clock) continue;
    billId += random.int(1, 25);
    state.freeAt = session(random, sink, state, clock, billId) + random.int(60, 3600) * 1000;
    sessions++;
  }
  writeNewestFirst(path, sink.rows);
  return { bytes: sink.bytes - 1, rows: sink.rows.length, sessions, shops: options.shops };
}

/** One session of a shop starting at `t`; returns the time of its last row. */
function session(random: Random, sink: RowSink, state: ShopState, t: number, newBillId: number): number {
  const { shop } = state;
  const bill = makeBill(random, shop, newBillId, t - random.int(30, 900) * 1000);
  state.open.push(bill);
  if (state.open.length > 5) state.open.shift();
  const day = moscowText(t).slice(0, 10);
  if (day !== shop.shiftDay) {
    shop.shiftDay = day;
    shop.shift += 1;
  }
  const answer = () => random.int(0, 2) * 1000;

  sink.add(t, shop, 'Запрос', 'HELLO', helloRequest());
  t += answer();
  sink.add(t, shop, 'Ответ', 'HELLO', helloResponse(shop));

  t += random.int(1, 3) * 1000;
  sink.add(t, shop, 'Запрос', 'LIST', getRequest({ q: '/api/v2/list', date: 'today' }));
  t += answer();
  sink.add(t, shop, 'Ответ', 'LIST', listResponse(state.open));

  const chosen = random.chance(0.75) ? bill : random.pick(state.open);
  t += random.int(2, 20) * 1000;
  sink.add(t, shop, 'Запрос', 'BILL', billRequest(chosen));
  t += answer();
  sink.add(t, shop, 'Ответ', 'BILL', billResponse(chosen));

  // The cashier sells; then the receipt is posted while the register refreshes its list.
  t += random.int(20, 120) * 1000;
  const receiptMs = t;
  sink.add(t, shop, 'Запрос', 'RECEIPT', receiptRequest(random, shop, chosen, receiptMs));
  t += random.int(0, 1) * 1000;
  const refresh = secondList(random, state.open, chosen);
  sink.add(t, shop, 'Запрос', 'LIST', refresh.request);
  t += random.int(0, 1) * 1000;
  sink.add(t, shop, 'Ответ', 'LIST', listResponse(refresh.found));
  t = Math.max(t, receiptMs + random.int(1, 2) * 1000);
  sink.add(t, shop, 'Ответ', 'RECEIPT', random.chance(0.7) ? undefined : { success: true });

  state.open.splice(state.open.indexOf(chosen), 1);
  return t;
}

/** The register's refresh: usually today's bills, sometimes a search by number or by name, or none. */
function secondList(random: Random, open: readonly Bill[], bill: Bill): { request: object; found: readonly Bill[] } {
  const roll = random.next();
  if (roll < 0.7) return { request: getRequest({ q: '/api/v2/list', date: 'today' }), found: open };
  if (roll < 0.8) return { request: getRequest({ q: '/api/v2/list', number: bill.number }), found: [bill] };
  if (roll < 0.9) {
    const name = bill.customer.name.trim().split(' ')[0]!.toLowerCase();
    return { request: getRequest({ q: '/api/v2/list', name }), found: open.filter((b) => b.customer.name.toLowerCase().includes(name)) };
  }
  return { request: getRequest({ q: '/api/v2/list' }), found: open };
}

/** Rows in chronological order (stable within a second), written newest first, no trailing newline. */
function writeNewestFirst(path: string, rows: Row[]): void {
  rows.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
  const fd = fs.openSync(path, 'w');
  try {
    let chunk: string[] = [];
    let size = 0;
    for (let i = rows.length - 1; i >= 0; i--) {
      chunk.push(rows[i]!.text);
      size += rows[i]!.text.length;
      if (size > 1 << 20 || i === 0) {
        fs.writeSync(fd, chunk.join('\n') + (i === 0 ? '' : '\n'));
        chunk = [];
        size = 0;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
