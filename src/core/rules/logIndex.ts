// Indexes the rules share, each built once per run on first use: chronological positions, BILL answers
// by shop and bill id, exchanges by entry and by id, the first and last log times.
import type { LogEntry, ParsedLog } from '../model';
import type { Exchange, SessionsModel } from '../sessions/model';
import { idKey, isObject, type JsonObject } from './read';

/** A BILL answer with an id, where it stands in time. */
export interface BillRef {
  readonly entry: LogEntry;
  readonly bill: JsonObject;
  /** Position in chronological order. */
  readonly position: number;
}

type BillId = number | string;

export class LogIndex {
  private positions?: Int32Array;
  private bills?: Map<string, Map<BillId, BillRef[]>>;
  private byEntry?: (Exchange | undefined)[];
  private byId?: Map<string, Exchange>;
  private firsts?: Map<Exchange, Exchange>;
  private bounds?: { readonly firstMs: number; readonly lastMs: number };

  constructor(
    private readonly parsed: ParsedLog,
    private readonly sessions: SessionsModel,
  ) {}

  /** Position of an entry (by its index) in chronological order. */
  position(entryIndex: number): number {
    if (!this.positions) {
      const positions = new Int32Array(this.parsed.entries.length);
      const order = this.sessions.chronological;
      for (let i = 0; i < order.length; i++) positions[order[i]!] = i;
      this.positions = positions;
    }
    return this.positions[entryIndex] ?? -1;
  }

  /** BILL answers of a shop for a bill id (a key from `idKey`), oldest first. */
  billsOf(shop: string, billId: BillId): readonly BillRef[] | undefined {
    return this.billIndex().get(shop)?.get(billId);
  }

  /** The latest BILL answer of the bill before a chronological position. */
  billBefore(shop: string, billId: BillId, position: number): BillRef | undefined {
    const refs = this.billsOf(shop, billId);
    if (!refs) return undefined;
    // Binary search: a bill polled all day has thousands of answers.
    let low = 0;
    let high = refs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (refs[middle]!.position < position) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? refs[low - 1] : undefined;
  }

  /** The latest BILL answer of the bill before a position, else the first one after it. */
  billNear(shop: string, billId: BillId, position: number): BillRef | undefined {
    return this.billBefore(shop, billId, position) ?? this.billsOf(shop, billId)?.[0];
  }

  /** The exchange an entry (request or response) belongs to. */
  exchangeOf(entryIndex: number): Exchange | undefined {
    if (!this.byEntry) {
      const byEntry: (Exchange | undefined)[] = new Array(this.parsed.entries.length).fill(undefined);
      this.forEachExchange((exchange) => {
        if (exchange.request !== undefined) byEntry[exchange.request] = exchange;
        if (exchange.response !== undefined) byEntry[exchange.response] = exchange;
      });
      this.byEntry = byEntry;
    }
    return this.byEntry[entryIndex];
  }

  exchangeById(id: string): Exchange | undefined {
    if (!this.byId) {
      const byId = new Map<string, Exchange>();
      this.forEachExchange((exchange) => byId.set(exchange.id, exchange));
      this.byId = byId;
    }
    return this.byId.get(id);
  }

  /** The first request a retry chain repeats (the exchange itself when it is no retry). Memoized: chains can be long. */
  firstOfRetries(exchange: Exchange): Exchange {
    const firsts = (this.firsts ??= new Map());
    const chain: Exchange[] = [];
    let current = exchange;
    while (current.retryOf !== undefined) {
      const known = firsts.get(current);
      if (known) {
        current = known;
        break;
      }
      const earlier = this.exchangeById(current.retryOf);
      if (!earlier || chain.length > this.parsed.entries.length) break;
      chain.push(current);
      current = earlier;
    }
    for (const link of chain) firsts.set(link, current);
    return current;
  }

  /** The entry at an index, for exchanges' request and response indexes. */
  entry(index: number | undefined): LogEntry | undefined {
    return index === undefined ? undefined : this.parsed.entries[index];
  }

  /** Earliest and latest readable log times (NaN when none). */
  timeBounds(): { readonly firstMs: number; readonly lastMs: number } {
    if (!this.bounds) {
      let firstMs = Number.POSITIVE_INFINITY;
      let lastMs = Number.NEGATIVE_INFINITY;
      for (const entry of this.parsed.entries) {
        const ms = entry.time.epochMs;
        if (ms < firstMs) firstMs = ms;
        if (ms > lastMs) lastMs = ms;
      }
      this.bounds = Number.isFinite(firstMs) ? { firstMs, lastMs } : { firstMs: Number.NaN, lastMs: Number.NaN };
    }
    return this.bounds;
  }

  private forEachExchange(visit: (exchange: Exchange) => void): void {
    for (const shop of this.sessions.shops) {
      for (const session of shop.sessions) for (const exchange of session.exchanges) visit(exchange);
    }
  }

  private billIndex(): Map<string, Map<BillId, BillRef[]>> {
    if (this.bills) return this.bills;
    const bills = new Map<string, Map<BillId, BillRef[]>>();
    for (const entry of this.parsed.entries) {
      if (entry.direction !== 'response' || entry.type.text !== 'BILL') continue;
      const bill = entry.payload.json?.value;
      if (!isObject(bill)) continue;
      const key = idKey(bill.id);
      if (key === undefined) continue;
      let ofShop = bills.get(entry.shop.text);
      if (!ofShop) bills.set(entry.shop.text, (ofShop = new Map()));
      const ref: BillRef = { entry, bill, position: this.position(entry.index) };
      const list = ofShop.get(key);
      if (list) list.push(ref);
      else ofShop.set(key, [ref]);
    }
    for (const ofShop of bills.values()) {
      for (const list of ofShop.values()) if (list.length > 1) list.sort((a, b) => a.position - b.position);
    }
    return (this.bills = bills);
  }
}
