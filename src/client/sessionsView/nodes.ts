// The elements of the Sessions tree. Ids are stable across refreshes so expansion and selection survive edits.
import type { EntryView, ExchangeView, SessionSummary, ShopSummary } from '../../shared/protocol';

export interface ShopNode {
  readonly kind: 'shop';
  readonly id: string;
  readonly uri: string;
  readonly shop: ShopSummary;
}

export interface SessionNode {
  readonly kind: 'session';
  readonly id: string;
  readonly uri: string;
  readonly shopId: string;
  readonly session: SessionSummary;
}

export interface ExchangeNode {
  readonly kind: 'exchange';
  readonly id: string;
  readonly uri: string;
  readonly shopId: string;
  readonly sessionId: string;
  readonly exchange: ExchangeView;
}

export interface MessageNode {
  readonly kind: 'message';
  readonly id: string;
  readonly uri: string;
  readonly shopId: string;
  readonly sessionId: string;
  readonly exchange: ExchangeView;
  readonly part: 'request' | 'response';
  readonly entry: EntryView;
}

/** What the tree shows of one replay (kept by the replay feature for the window's life). */
export interface ReplayListItem {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly outcome: 'equal' | 'different' | 'failed' | 'not-compared';
}

/** "Replays" under an exchange that was replayed in this window; the logged messages stay beside it. */
export interface ReplaysNode {
  readonly kind: 'replays';
  readonly id: string;
  readonly uri: string;
  readonly shopId: string;
  readonly sessionId: string;
  readonly exchange: ExchangeView;
  readonly count: number;
}

export interface ReplayNode {
  readonly kind: 'replay';
  readonly id: string;
  readonly uri: string;
  readonly shopId: string;
  readonly sessionId: string;
  readonly exchange: ExchangeView;
  readonly replayId: string;
  readonly replay: ReplayListItem;
}

export type SessionsNode = ShopNode | SessionNode | ExchangeNode | MessageNode | ReplaysNode | ReplayNode;

export const nodeIds = {
  shop: (shopId: string) => `shop:${shopId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  exchange: (exchangeId: string) => `exchange:${exchangeId}`,
  message: (exchangeId: string, part: 'request' | 'response') => `${part}:${exchangeId}`,
  replays: (exchangeId: string) => `replays:${exchangeId}`,
  replay: (replayId: string) => `replay:${replayId}`,
};
