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

export type SessionsNode = ShopNode | SessionNode | ExchangeNode | MessageNode;

export const nodeIds = {
  shop: (shopId: string) => `shop:${shopId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  exchange: (exchangeId: string) => `exchange:${exchangeId}`,
  message: (exchangeId: string, part: 'request' | 'response') => `${part}:${exchangeId}`,
};
