// The `exchangeLog.replay.endpoints` setting, checked: which endpoints exist, which one serves a shop.
// Nothing here contacts anything; only endpoints that pass `parseEndpoints` are ever given to the transport.
import * as vscode from 'vscode';
import type { Endpoint } from '../../core/replay/request';

export interface ReplayEndpoint extends Endpoint {
  /** Shops this endpoint serves; empty = every shop. */
  readonly shops: readonly string[];
  /** TLS certificate verification (on unless set to false). */
  readonly verifyTls: boolean;
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  /** Ask before sending a state-changing request (RECEIPT, any POST); false skips the question. */
  readonly confirmStateChanging: boolean;
  /** `http://host:port`: the only origin a replay against this endpoint may contact. */
  readonly origin: string;
}

export const defaultConnectTimeoutMs = 5_000;
export const defaultTotalTimeoutMs = 30_000;
/** The default of `exchangeLog.replay.ignoreFields` (keep in sync with package.json). */
export const defaultIgnoreFields: readonly string[] = [
  '**.timestamp',
  '**.dateTime',
  '**.createdAt',
  '**.updatedAt',
  '**.requestId',
  '**.traceId',
];

export interface ParsedEndpoints {
  readonly endpoints: readonly ReplayEndpoint[];
  /** One sentence per ignored entry, for the output channel. */
  readonly problems: readonly string[];
}

export function parseEndpoints(raw: unknown): ParsedEndpoints {
  const endpoints: ReplayEndpoint[] = [];
  const problems: string[] = [];
  const entries = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw) && raw !== undefined && raw !== null) problems.push('exchangeLog.replay.endpoints is not an array.');
  entries.forEach((entry: unknown, i) => {
    const parsed = parseEndpoint(entry);
    if (typeof parsed === 'string') problems.push(`exchangeLog.replay.endpoints[${i}] is ignored: ${parsed}`);
    else if (endpoints.some((e) => e.name === parsed.name)) problems.push(`exchangeLog.replay.endpoints[${i}] is ignored: the name "${parsed.name}" is used twice.`);
    else endpoints.push(parsed);
  });
  return { endpoints, problems };
}

function parseEndpoint(entry: unknown): ReplayEndpoint | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'it is not an object.';
  const value = entry as Record<string, unknown>;
  if (typeof value.name !== 'string' || value.name.trim() === '') return 'it has no "name".';
  if (typeof value.baseUrl !== 'string') return `"${value.name}" has no "baseUrl".`;
  const origin = originOf(value.baseUrl);
  if (origin === undefined) return `the baseUrl of "${value.name}" is not an http(s) URL.`;
  const headers: Record<string, string> = {};
  if (value.headers !== undefined) {
    if (typeof value.headers !== 'object' || value.headers === null || Array.isArray(value.headers)) return `the headers of "${value.name}" are not an object.`;
    for (const [name, header] of Object.entries(value.headers)) {
      if (typeof header !== 'string') return `the header "${name}" of "${value.name}" is not a string.`;
      headers[name] = header;
    }
  }
  const shops = Array.isArray(value.shops) ? value.shops.map(String) : [];
  return {
    name: value.name.trim(),
    baseUrl: value.baseUrl.trim(),
    headers,
    shops,
    verifyTls: value.verifyTls !== false,
    connectTimeoutMs: positive(value.connectTimeoutMs, defaultConnectTimeoutMs),
    totalTimeoutMs: positive(value.totalTimeoutMs, defaultTotalTimeoutMs),
    confirmStateChanging: value.confirmStateChanging !== false,
    origin,
  };
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export function servesShop(endpoint: ReplayEndpoint, shop: string | undefined): boolean {
  return endpoint.shops.length === 0 || (shop !== undefined && endpoint.shops.includes(shop));
}

/** Endpoints serving the shop first (in settings order), then the others. */
export function orderForShop(endpoints: readonly ReplayEndpoint[], shop: string | undefined): ReplayEndpoint[] {
  return [...endpoints.filter((e) => servesShop(e, shop)), ...endpoints.filter((e) => !servesShop(e, shop))];
}

export type EndpointChoice =
  | { readonly kind: 'chosen'; readonly endpoint: ReplayEndpoint }
  /** Several endpoints serve the shop and none is active: the user picks. */
  | { readonly kind: 'ask'; readonly candidates: readonly ReplayEndpoint[] }
  | { readonly kind: 'none'; readonly message: string };

/**
 * The endpoint a replay goes to: the one named explicitly; else the active one when it serves the shop;
 * else the only endpoint serving the shop; else the user picks among those serving it.
 */
export function chooseEndpoint(endpoints: readonly ReplayEndpoint[], shop: string | undefined, named: string | undefined, active: string): EndpointChoice {
  if (named !== undefined && named !== '') {
    const endpoint = endpoints.find((e) => e.name === named);
    return endpoint ? { kind: 'chosen', endpoint } : { kind: 'none', message: vscode.l10n.t('No replay endpoint is named "{0}" in exchangeLog.replay.endpoints.', named) };
  }
  if (endpoints.length === 0) return { kind: 'none', message: vscode.l10n.t('No replay endpoint is configured: add one to exchangeLog.replay.endpoints.') };
  const activeEndpoint = endpoints.find((e) => e.name === active);
  if (activeEndpoint && servesShop(activeEndpoint, shop)) return { kind: 'chosen', endpoint: activeEndpoint };
  const serving = endpoints.filter((e) => servesShop(e, shop));
  if (serving.length === 1) return { kind: 'chosen', endpoint: serving[0]! };
  if (serving.length > 1) return { kind: 'ask', candidates: serving };
  if (activeEndpoint) return { kind: 'chosen', endpoint: activeEndpoint };
  return { kind: 'none', message: vscode.l10n.t('No replay endpoint serves shop {0}: add the shop to the "shops" of an endpoint, or select an endpoint.', shop ?? '?') };
}

/** 127.0.0.1, ::1 or localhost: a service on this machine. */
export function isLoopback(endpoint: ReplayEndpoint): boolean {
  const host = new URL(endpoint.origin).hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
