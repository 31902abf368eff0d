// Which logged exchange a replay command is about: from explicit arguments, a Sessions tree node, the
// editor's cursor, or a quick pick of the active log's exchanges (most recent first).
import * as vscode from 'vscode';
import { exchangeLabel, localeOf } from '../../shared/labels';
import { type ExchangeDetail, type ExchangeView, languageId } from '../../shared/protocol';
import type { Ctx } from '../ctx';
import type { ReplayArgs, ReplayFailureInfo } from './types';

export interface CommandTarget extends ReplayArgs {
  /** Invoked from the editor (context menu, keybinding): use the cursor when no line is given. */
  readonly fromEditor?: boolean;
  readonly sessionId?: string;
  readonly replayId?: string;
}

/** Normalises what VS Code passes to a command: nothing (palette), a Uri (editor menu), a tree node, or args. */
export function targetOf(raw: unknown): CommandTarget {
  if (raw === undefined || raw === null) return {};
  if (raw instanceof vscode.Uri) return { uri: raw.toString(), fromEditor: true };
  if (typeof raw !== 'object') return {};
  const value = raw as Record<string, unknown>;
  if (value.kind === 'exchange' || value.kind === 'message') {
    const exchange = value.exchange as ExchangeView;
    return { uri: String(value.uri), exchangeId: exchange.id, sessionId: String(value.sessionId) };
  }
  if (value.kind === 'session') return { uri: String(value.uri), sessionId: (value.session as { id: string }).id };
  if (value.kind === 'replay' || value.kind === 'replays') {
    return { uri: String(value.uri), exchangeId: (value.exchange as ExchangeView).id, ...(typeof value.replayId === 'string' ? { replayId: value.replayId } : {}) };
  }
  return value as CommandTarget;
}

export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ReplayFailureInfo };

const failed = (kind: ReplayFailureInfo['kind'], message: string): Resolved<never> => ({ ok: false, failure: { kind, message } });

export function logUriOf(target: CommandTarget): string | undefined {
  if (target.uri !== undefined) return target.uri.toString();
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === languageId ? document.uri.toString() : undefined;
}

/** The exchange the command is about, with its logged messages. */
export async function resolveExchange(ctx: Ctx, target: CommandTarget, interactive: boolean, pickTitle = vscode.l10n.t('Replay Request')): Promise<Resolved<{ uri: string; detail: ExchangeDetail }>> {
  const uri = logUriOf(target);
  if (uri === undefined) return failed('no-log', vscode.l10n.t('Open an exchange log first: there is no log to replay from.'));
  await ensureOpen(uri);
  let detail: ExchangeDetail | null;
  if (target.exchangeId !== undefined) {
    detail = await ctx.models.detail(uri, { exchangeId: target.exchangeId });
  } else if (target.line !== undefined || target.fromEditor) {
    const line = target.line ?? cursorLine(uri);
    if (line === undefined) return failed('no-exchange', vscode.l10n.t('Put the cursor on a request or response row of the log.'));
    detail = await ctx.models.detail(uri, { position: new vscode.Position(line, 0) });
  } else if (interactive) {
    const exchangeId = await pickExchange(ctx, uri, pickTitle);
    if (exchangeId === undefined) return failed('cancelled', vscode.l10n.t('No exchange was picked.'));
    detail = await ctx.models.detail(uri, { exchangeId });
  } else {
    return failed('no-exchange', vscode.l10n.t('Say which exchange to replay: pass "exchangeId" or "line".'));
  }
  if (!detail) return failed('no-exchange', vscode.l10n.t('No exchange of the log is there (it may have changed).'));
  return { ok: true, value: { uri, detail } };
}

async function ensureOpen(uri: string): Promise<void> {
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri)) return;
  try {
    await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch {
    // The server answers null for a document it does not know: reported as "no exchange".
  }
}

function cursorLine(uri: string): number | undefined {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  return editor?.selection.active.line;
}

/** Every exchange of the log, most recent first. */
export async function exchangesNewestFirst(ctx: Ctx, uri: string): Promise<ExchangeView[]> {
  const summary = ctx.models.summary(uri) ?? (await ctx.models.refresh(uri));
  if (!summary) return [];
  const sessions = summary.shops.flatMap((shop) => shop.sessions);
  const lists = await Promise.all(sessions.map((session) => ctx.models.exchangesOf(uri, session.id)));
  return lists.flat().sort((a, b) => b.startMs - a.startMs);
}

async function pickExchange(ctx: Ctx, uri: string, title: string): Promise<string | undefined> {
  const locale = localeOf(vscode.env.language);
  const exchanges = (await exchangesNewestFirst(ctx, uri)).filter((x) => x.request);
  if (exchanges.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This log has no request to replay.'));
    return undefined;
  }
  const items = exchanges.map((exchange) => ({
    label: exchangeLabel(exchange.type, exchange.facts, locale),
    description: vscode.l10n.t('shop {0} · {1}', exchange.shop, exchange.request!.timeText),
    detail: exchange.type === 'RECEIPT' ? vscode.l10n.t('$(warning) state-changing: posts the receipt again') : undefined,
    id: exchange.id,
  }));
  // The exchange under the cursor, if any, comes first and is preselected.
  const line = cursorLine(uri);
  const atCursor = line === undefined ? undefined : await ctx.models.detail(uri, { position: new vscode.Position(line, 0) });
  const first = items.findIndex((item) => item.id === atCursor?.exchange.id);
  if (first > 0) items.unshift(...items.splice(first, 1));
  const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
  quickPick.title = title;
  quickPick.placeholder = first >= 0 ? vscode.l10n.t('Pick a logged request (the one under the cursor first, then most recent first)') : vscode.l10n.t('Pick a logged request (most recent first)');
  quickPick.matchOnDescription = true;
  quickPick.items = items;
  if (first >= 0) quickPick.activeItems = [items[0]!];
  const picked = await new Promise<(typeof items)[number] | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0] ?? quickPick.activeItems[0]));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return picked?.id;
}
