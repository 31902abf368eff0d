// How each node looks: label, description, icon, tooltip, context value, click command.
import * as vscode from 'vscode';
import type { Severity } from '../../core/model';
import { directionLabel, exchangeCountLabel, exchangeLabel, formatDuration, localeOf, sessionLabel, shopLabel } from '../../shared/labels';
import type { ExchangeView, ProblemCounts } from '../../shared/protocol';
import type { ExchangeNode, MessageNode, ReplayNode, ReplaysNode, SessionNode, SessionsNode, ShopNode } from './nodes';

const locale = () => localeOf(vscode.env.language);

function severityIcon(worst: Severity | undefined): vscode.ThemeIcon | undefined {
  if (worst === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (worst === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return undefined;
}

export function problemsText(counts: ProblemCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(counts.error === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', counts.error));
  if (counts.warning) parts.push(counts.warning === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', counts.warning));
  if (counts.information) parts.push(counts.information === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', counts.information));
  return parts.join(', ');
}

function shopItem(node: ShopNode): vscode.TreeItem {
  const { shop } = node;
  const item = new vscode.TreeItem(shopLabel(shop.id, shop.systemName, locale()), vscode.TreeItemCollapsibleState.Expanded);
  const sessions = shop.sessions.length === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', shop.sessions.length);
  item.description = [sessions, exchangeCountLabel(shop.exchangeCount, locale()), problemsText(shop.problems)].filter(Boolean).join(' · ');
  item.iconPath = severityIcon(shop.worst) ?? new vscode.ThemeIcon('organization');
  item.contextValue = 'shop';
  item.tooltip = [shopLabel(shop.id, shop.systemName, locale()), shop.protocol ? vscode.l10n.t('protocol {0}', shop.protocol) : '', item.description].filter(Boolean).join('\n');
  return item;
}

function sessionItem(node: SessionNode): vscode.TreeItem {
  const { session } = node;
  const item = new vscode.TreeItem(sessionLabel(session.startText, session.endText), vscode.TreeItemCollapsibleState.Collapsed);
  const started = session.startedBy === 'hello' ? vscode.l10n.t('started by a HELLO request') : session.startedBy === 'gap' ? vscode.l10n.t('started after a pause') : vscode.l10n.t('the log starts mid-session');
  item.description = [exchangeCountLabel(session.exchangeCount, locale()), problemsText(session.problems)].filter(Boolean).join(' · ');
  item.iconPath = severityIcon(session.worst) ?? new vscode.ThemeIcon(session.startedBy === 'hello' ? 'plug' : 'history');
  item.tooltip = `${item.label as string}\n${started}\n${item.description}`;
  item.contextValue = 'session';
  return item;
}

export function exchangeStatusText(exchange: ExchangeView): string {
  const parts: string[] = [];
  if (exchange.latencyMs !== undefined) parts.push(formatDuration(exchange.latencyMs));
  if (exchange.state === 'unanswered') parts.push(vscode.l10n.t('no response'));
  if (exchange.state === 'orphan') parts.push(vscode.l10n.t('response without request'));
  if (exchange.retryOf !== undefined) parts.push(vscode.l10n.t('retry after {0}', formatDuration(exchange.retryAfterMs ?? 0)));
  return parts.join(' · ');
}

function exchangeIcon(exchange: ExchangeView): vscode.ThemeIcon {
  const problem = severityIcon(exchange.worst);
  if (problem) return problem;
  if (exchange.retryOf !== undefined) return new vscode.ThemeIcon('sync', new vscode.ThemeColor('charts.blue'));
  if (exchange.state === 'unanswered') return new vscode.ThemeIcon('question', new vscode.ThemeColor('charts.yellow'));
  if (exchange.state === 'orphan') return new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('charts.yellow'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}

function exchangeItem(node: ExchangeNode): vscode.TreeItem {
  const { exchange } = node;
  const item = new vscode.TreeItem(exchangeLabel(exchange.type, exchange.facts, locale()), vscode.TreeItemCollapsibleState.Collapsed);
  const first = exchange.request ?? exchange.response;
  item.description = [first?.timeText.slice(11), exchangeStatusText(exchange), problemsText(exchange.problems)].filter(Boolean).join(' · ');
  item.iconPath = exchangeIcon(exchange);
  item.contextValue = `exchange.${exchange.state}${exchange.request ? '.hasRequest' : ''}${exchange.response ? '.hasResponse' : ''}`;
  item.tooltip = new vscode.MarkdownString([`**${exchange.type}** — ${exchange.state}`, item.description].join('\n\n'));
  if (first) item.command = revealCommand(node.uri, first.eventRange);
  return item;
}

function messageItem(node: MessageNode): vscode.TreeItem {
  const item = new vscode.TreeItem(directionLabel(node.part, locale()), vscode.TreeItemCollapsibleState.None);
  const status = node.entry.payloadStatus === 'empty' ? vscode.l10n.t('empty cell') : node.entry.payloadStatus === 'invalid' ? vscode.l10n.t('not JSON') : '';
  item.description = [node.entry.timeText, status, problemsText(node.entry.problems)].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(node.part === 'request' ? 'arrow-right' : 'arrow-left');
  item.contextValue = `message.${node.part}`;
  item.command = revealCommand(node.uri, node.entry.eventRange);
  return item;
}

function replaysItem(node: ReplaysNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Replays'), vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(node.count);
  item.iconPath = new vscode.ThemeIcon('history');
  item.tooltip = vscode.l10n.t('Replays of this exchange in this window; the logged request and response are unchanged.');
  item.contextValue = 'replays';
  return item;
}

const replayIcons = {
  equal: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  different: new vscode.ThemeIcon('diff', new vscode.ThemeColor('charts.yellow')),
  failed: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'not-compared': new vscode.ThemeIcon('circle-outline'),
};

function replayItem(node: ReplayNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.replay.label, vscode.TreeItemCollapsibleState.None);
  item.description = node.replay.description;
  item.tooltip = node.replay.tooltip;
  item.iconPath = replayIcons[node.replay.outcome];
  item.contextValue = `replay.${node.replay.outcome}`;
  item.command = { command: 'exchangeLog.replay.showResult', title: vscode.l10n.t('Show Replay Result'), arguments: [{ replayId: node.replayId }] };
  return item;
}

function revealCommand(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Command {
  return { command: 'exchangeLog.revealRange', title: vscode.l10n.t('Reveal in Editor'), arguments: [uri, range] };
}

export function treeItemOf(node: SessionsNode): vscode.TreeItem {
  const item =
    node.kind === 'shop' ? shopItem(node) : node.kind === 'session' ? sessionItem(node) : node.kind === 'exchange' ? exchangeItem(node)
      : node.kind === 'replays' ? replaysItem(node) : node.kind === 'replay' ? replayItem(node) : messageItem(node);
  item.id = node.id;
  return item;
}
