// The sessions model of a whole log, rebuilt after an edit only for the shops whose rows changed.
import type { LogEntry, ParsedLog, Span } from '../model';
import { chronologicalOrder } from './chronology';
import type { SessionOptions, SessionsModel, Shop } from './model';
import { defaultSessionOptions } from './model';
import { buildShop } from './buildShop';

/** One shop as built: its model and its entries (file indexes, chronological), which alone decide it. */
export interface ShopBuild {
  readonly shop: Shop;
  readonly indexes: readonly number[];
}

/** How a shop of this build relates to the build before an edit. */
export type ShopReuse =
  /** Built from its entries now. */
  | { readonly kind: 'built' }
  /** The same entries at the same offsets and indexes: the previous shop object, unchanged (`previous`: its position in the previous build). */
  | { readonly kind: 'same'; readonly previous: number }
  /** The same entries, moved by the edit: offsets map through `mapOffset`, indexes through `mapIndex`. */
  | { readonly kind: 'moved'; readonly previous: number; readonly mapIndex: (index: number) => number };

export interface SessionsBuild {
  readonly model: SessionsModel;
  readonly options: SessionOptions;
  /** Aligned with `model.shops`. */
  readonly shops: readonly ShopBuild[];
  /** Aligned with `model.shops`. */
  readonly reuse: readonly ShopReuse[];
  /** Every entry has the log time it had in the previous build (so do the file's time bounds). */
  readonly sameTimes: boolean;
  /** Moreover the same rows in the same order, each time cell the old one moved (text and span). */
  readonly timeCellsMoved: boolean;
  /** Chronological position of each entry index; built on first use. */
  positions?: Int32Array;
}

/**
 * Where an edit moved the old text: offsets before `start` stay, offsets from `oldEnd` on move by
 * `delta`, offsets inside [start, oldEnd) have no counterpart (NaN).
 */
export interface OffsetShift {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

export function mapOffset(shift: OffsetShift, offset: number): number {
  if (offset < shift.start) return offset;
  return offset >= shift.oldEnd ? offset + shift.delta : Number.NaN;
}

/** Groups a parsed log into shops and sessions, and pairs each response with its request. */
export function buildSessions(parsed: ParsedLog, options: SessionOptions = defaultSessionOptions): SessionsModel {
  return buildSessionsFrom(parsed, options).model;
}

export interface PreviousBuild {
  readonly build: SessionsBuild;
  /** The parse the previous build was made from. */
  readonly parsed: ParsedLog;
  readonly shift: OffsetShift;
}

/**
 * `buildSessions`, re-using the shops of a previous build (of the text before an edit) whose entries
 * the edit did not touch: a shop depends on its own entries only, so those are carried over (their
 * entry indexes remapped when rows were added or removed above them). The result equals a fresh build.
 */
export function buildSessionsFrom(parsed: ParsedLog, options: SessionOptions = defaultSessionOptions, previous?: PreviousBuild): SessionsBuild {
  if (previous && previous.build.options.idleGapMs === options.idleGapMs && previous.parsed.form === parsed.form && previous.parsed.order === parsed.order) {
    const window = changedWindow(previous.parsed.entries, parsed.entries, previous.shift);
    if (window) return rebuildWindow(parsed, previous, window);
  }
  return buildAll(parsed, options, previous);
}

function buildAll(parsed: ParsedLog, options: SessionOptions, previous?: PreviousBuild): SessionsBuild {
  const chronological = chronologicalOrder(parsed);
  const indexesByShop = new Map<string, number[]>();
  const all = parsed.entries;
  for (let i = 0; i < chronological.length; i++) {
    const index = chronological[i]!;
    const shop = all[index]!.shop.text;
    const list = indexesByShop.get(shop);
    if (list) list.push(index);
    else indexesByShop.set(shop, [index]);
  }
  const usable = previous && previous.build.options.idleGapMs === options.idleGapMs ? previous : undefined;
  const before = usable ? previousShops(usable.build) : undefined;
  const shops: ShopBuild[] = [];
  const reuse: ShopReuse[] = [];
  for (const [id, indexes] of indexesByShop) {
    const old = before?.get(id);
    const carried = old !== undefined ? carryOver(usable!, old, all, indexes) : undefined;
    if (carried) {
      shops.push(carried.build);
      reuse.push(carried.reuse);
    } else {
      shops.push({ shop: buildShop(id, indexes.map((i) => all[i]!), options), indexes });
      reuse.push({ kind: 'built' });
    }
  }
  return { model: { shops: shops.map((s) => s.shop), chronological }, options, shops, reuse, sameTimes: false, timeCellsMoved: false };
}

/** Position of each shop of a build by id. */
function previousShops(build: SessionsBuild): Map<string, number> {
  const byId = new Map<string, number>();
  build.shops.forEach((shop, position) => byId.set(shop.shop.id, position));
  return byId;
}

/** The previous shop for the same entries, moved as the edit moved them; undefined when any differs. */
function carryOver(previous: PreviousBuild, position: number, all: readonly LogEntry[], indexes: readonly number[]): { build: ShopBuild; reuse: ShopReuse } | undefined {
  const old = previous.build.shops[position]!;
  const oldEntries = previous.parsed.entries;
  if (old.indexes.length !== indexes.length) return undefined;
  let moved = false;
  let renumbered = false;
  for (let i = 0; i < indexes.length; i++) {
    const a = oldEntries[old.indexes[i]!]!;
    const b = all[indexes[i]!]!;
    if (a === b) continue;
    if (!sameEntry(a, b, previous.shift)) return undefined;
    moved = true;
    if (a.index !== b.index) renumbered = true;
  }
  if (!moved) return { build: old, reuse: { kind: 'same', previous: position } };
  if (!renumbered) return { build: old, reuse: { kind: 'moved', previous: position, mapIndex: identity } };
  const map = new Map<number, number>();
  for (let i = 0; i < indexes.length; i++) map.set(old.indexes[i]!, indexes[i]!);
  const mapIndex = (index: number): number => map.get(index) ?? index;
  return { build: { shop: renumberShop(old.shop, mapIndex), indexes }, reuse: { kind: 'moved', previous: position, mapIndex } };
}

const identity = (index: number): number => index;

function sameSpan(a: Span, b: Span, shift: OffsetShift): boolean {
  return b.start === mapOffset(shift, a.start) && b.end === mapOffset(shift, a.end);
}

/** Whether `b` is `a` moved by the edit: every field the sessions, schemas and rules read is equal. */
function sameEntry(a: LogEntry, b: LogEntry, shift: OffsetShift): boolean {
  return (
    a.payload.json === b.payload.json &&
    a.payload.status === b.payload.status &&
    a.shop.text === b.shop.text &&
    a.time.text === b.time.text &&
    sameTime(a, b) &&
    a.direction === b.direction &&
    a.type.text === b.type.text &&
    a.event.text === b.event.text &&
    b.payload.jsonOffset === mapOffset(shift, a.payload.jsonOffset) &&
    sameSpan(a.span, b.span, shift) &&
    sameSpan(a.time.span, b.time.span, shift) &&
    sameSpan(a.shop.span, b.shop.span, shift) &&
    sameSpan(a.event.span, b.event.span, shift) &&
    sameSpan(a.type.span, b.type.span, shift) &&
    sameSpan(a.payload.span, b.payload.span, shift)
  );
}

function sameTime(a: LogEntry, b: LogEntry): boolean {
  return a.time.epochMs === b.time.epochMs || (Number.isNaN(a.time.epochMs) && Number.isNaN(b.time.epochMs));
}

/** The entries an edit replaced: old [front, oldBack) became new [front, newBack); the rest only moved. */
interface EntryWindow {
  readonly front: number;
  readonly oldBack: number;
  readonly newBack: number;
}

/**
 * Rows before the edit are the same objects; a row that starts after the edited text is read from
 * unchanged text alone (it ends where the next row starts), so once one such row is the old row moved,
 * so are all after it. Found with a pointer scan and a binary search, not by comparing every entry.
 */
function changedWindow(old: readonly LogEntry[], now: readonly LogEntry[], shift: OffsetShift): EntryWindow | undefined {
  const limit = Math.min(old.length, now.length);
  let front = 0;
  while (front < limit && old[front] === now[front]) front++;
  const newEnd = shift.oldEnd + shift.delta;
  // The first new entry starting after the edited text.
  let low = front;
  let high = now.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (now[middle]!.span.start > newEnd) high = middle;
    else low = middle + 1;
  }
  const delta = now.length - old.length;
  // A few rows at most lie between the edit and the first moved one (a row the edit split or joined).
  for (let k = low, tries = 0; k < now.length && tries < 64; k++, tries++) {
    const o = k - delta;
    if (o < front || o >= old.length) continue;
    if (now[k]!.payload.json !== undefined && sameEntry(old[o]!, now[k]!, shift)) return { front, oldBack: o, newBack: k };
  }
  // No row after the edit (an edit in the last rows): the window runs to the end.
  return low >= now.length ? { front, oldBack: old.length, newBack: now.length } : undefined;
}

/** The fast path: the same rows and times outside a small window; only shops with an entry in it are rebuilt. */
function rebuildWindow(parsed: ParsedLog, previous: PreviousBuild, window: EntryWindow): SessionsBuild {
  const old = previous.parsed.entries;
  const now = parsed.entries;
  const build = previous.build;
  const { front, oldBack, newBack } = window;
  // Only when no row was added or removed and every time stayed does the chronological order stay.
  if (oldBack !== newBack) return buildAll(parsed, build.options, previous);
  for (let i = front; i < newBack; i++) if (!sameTime(old[i]!, now[i]!)) return buildAll(parsed, build.options, previous);
  let timeCellsMoved = true;
  for (let i = front; i < newBack && timeCellsMoved; i++) {
    const a = old[i]!.time;
    const b = now[i]!.time;
    timeCellsMoved = a.text === b.text && sameSpan(a.span, b.span, previous.shift);
  }
  const chronological = build.model.chronological;
  const positions = (build.positions ??= positionsOf(chronological, now.length));
  const touched = new Set<string>();
  for (let i = front; i < newBack; i++) {
    touched.add(old[i]!.shop.text);
    touched.add(now[i]!.shop.text);
  }
  const moved = previous.shift.delta !== 0;
  const shops: ShopBuild[] = [];
  const reuse: ShopReuse[] = [];
  const seen = new Set<string>();
  build.shops.forEach((shop, position) => {
    const id = shop.shop.id;
    seen.add(id);
    if (!touched.has(id)) {
      shops.push(shop);
      reuse.push(moved ? { kind: 'moved', previous: position, mapIndex: identity } : { kind: 'same', previous: position });
      return;
    }
    const indexes = shop.indexes.filter((i) => i < front || i >= newBack);
    for (let i = front; i < newBack; i++) if (now[i]!.shop.text === id) indexes.push(i);
    if (indexes.length === 0) return;
    indexes.sort((a, b) => positions[a]! - positions[b]!);
    shops.push({ shop: buildShop(id, indexes.map((i) => now[i]!), build.options), indexes });
    reuse.push({ kind: 'built' });
  });
  for (const id of touched) {
    if (seen.has(id)) continue;
    const indexes: number[] = [];
    for (let i = front; i < newBack; i++) if (now[i]!.shop.text === id) indexes.push(i);
    if (indexes.length === 0) continue;
    indexes.sort((a, b) => positions[a]! - positions[b]!);
    shops.push({ shop: buildShop(id, indexes.map((i) => now[i]!), build.options), indexes });
    reuse.push({ kind: 'built' });
  }
  // Shops in order of their first entry in time (only the touched ones can have moved).
  const order = shops.map((_, s) => s);
  const firstOf = (s: number) => positions[shops[s]!.indexes[0]!]!;
  let sorted = true;
  for (let s = 1; s < order.length && sorted; s++) if (firstOf(s - 1) > firstOf(s)) sorted = false;
  if (!sorted) order.sort((a, b) => firstOf(a) - firstOf(b));
  const orderedShops = sorted ? shops : order.map((s) => shops[s]!);
  const orderedReuse = sorted ? reuse : order.map((s) => reuse[s]!);
  return {
    model: { shops: orderedShops.map((s) => s.shop), chronological },
    options: build.options,
    shops: orderedShops,
    reuse: orderedReuse,
    sameTimes: true,
    timeCellsMoved,
    positions,
  };
}

function positionsOf(chronological: readonly number[], count: number): Int32Array {
  const positions = new Int32Array(count);
  for (let i = 0; i < chronological.length; i++) positions[chronological[i]!] = i;
  return positions;
}

function renumberShop(shop: Shop, mapIndex: (index: number) => number): Shop {
  return {
    ...shop,
    sessions: shop.sessions.map((session) => ({
      ...session,
      exchanges: session.exchanges.map((exchange) => ({
        ...exchange,
        request: exchange.request === undefined ? undefined : mapIndex(exchange.request),
        response: exchange.response === undefined ? undefined : mapIndex(exchange.response),
      })),
    })),
  };
}
