// Indexes the rules share, each built once per run on first use: chronological positions, BILL answers
// by shop and bill id, exchanges by entry and by id, the first and last log times. A run may be scoped
// to one shop (the rules relate messages of one shop only): its indexes then cover that shop alone, and
// the file-wide facts (positions, time bounds) come from a `SharedIndex` built once for all shops.
import type { LogEntry, ParsedLog } from '../model';
import { parseTimeBounds, type TimeBounds } from '../sessions/chronology';
import type { Exchange, SessionsModel, Shop } from '../sessions/model';
import { idKey, isObject, type JsonObject } from './read';

/** A BILL answer with an id, where it stands in time. */
export interface BillRef {
  readonly entry: LogEntry;
  readonly bill: JsonObject;
  /** Position in chronological order. */
  readonly position: number;
}

type BillId = number | string;

/** File-wide facts every shop's run reads, built once per analysis on first use. */
export class SharedIndex {
  private positions?: Int32Array;

  constructor(
    private readonly parsed: ParsedLog,
    private readonly sessions: SessionsModel,
  ) {}

  position(entryIndex: number): number {
    if (!this.positions) {
      const positions = new Int32Array(this.parsed.entries.length);
      const order = this.sessions.chronological;
      for (let i = 0; i < order.length; i++) positions[order[i]!] = i;
      this.positions = positions;
    }
    return this.positions[entryIndex] ?? -1;
  }

  timeBounds(): TimeBounds {
    return parseTimeBounds(this.parsed);
  }
}

/** What a scoped run covers: one shop's entries (chronological) and the shop. */
export interface LogScope {
  readonly entries: readonly LogEntry[];
  readonly shops: readonly Shop[];
}

export class LogIndex {
  private bills?: Map<string, Map<BillId, BillRef[]>>;
  private byEntry?: Map<number, Exchange>;
  private byId?: Map<string, Exchange>;
  private firsts?: Map<Exchange, Exchange>;
  /** Whether a rule read the file-wide time bounds (its results then depend on them). */
  usedTimeBounds = false;

  constructor(
    private readonly parsed: ParsedLog,
    private readonly sessions: SessionsModel,
    private readonly shared: SharedIndex = new SharedIndex(parsed, sessions),
    private readonly scope?: LogScope,
  ) {}

  /** Position of an entry (by its index) in chronological order. */
  position(entryIndex: number): number {
    return this.shared.position(entryIndex);
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
      const byEntry = new Map<number, Exchange>();
      this.forEachExchange((exchange) => {
        if (exchange.request !== undefined) byEntry.set(exchange.request, exchange);
        if (exchange.response !== undefined) byEntry.set(exchange.response, exchange);
      });
      this.byEntry = byEntry;
    }
    return this.byEntry.get(entryIndex);
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
  timeBounds(): TimeBounds {
    this.usedTimeBounds = true;
    return this.shared.timeBounds();
  }

  private forEachExchange(visit: (exchange: Exchange) => void): void {
    for (const shop of this.scope?.shops ?? this.sessions.shops) {
      for (const session of shop.sessions) for (const exchange of session.exchanges) visit(exchange);
    }
  }

  private billIndex(): Map<string, Map<BillId, BillRef[]>> {
    if (this.bills) return this.bills;
    const bills = new Map<string, Map<BillId, BillRef[]>>();
    for (const entry of this.scope?.entries ?? this.parsed.entries) {
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
