// "Copy as cURL", "Export as .http" and "Dry Run Replay": the request as it would be sent, without
// sending it. Secrets stay `${secret:NAME}` placeholders in exports; the dry run shows them as `***`.
import * as vscode from 'vscode';
import { buildReplayRequest } from '../../core/replay/buildRequest';
import { toCurl } from '../../core/replay/curl';
import { type HttpFileItem, toHttpFile } from '../../core/replay/httpFile';
import type { ReplayRequest } from '../../core/replay/request';
import { redactHeaders, resolveHeaders } from '../../core/replay/secrets';
import type { ExchangeDetail } from '../../shared/protocol';
import { needsConsent } from './consent';
import { endpointFor } from './endpointPicker';
import type { ReplayEndpoint } from './endpoints';
import type { ReplayFeature } from './feature';
import { type CommandTarget, resolveExchange } from './targets';

export interface ExportResult {
  readonly ok: boolean;
  readonly text?: string;
  readonly uri?: string;
  readonly message?: string;
}

interface Built {
  readonly detail: ExchangeDetail;
  readonly endpoint: ReplayEndpoint;
  readonly request: ReplayRequest;
}

async function buildFor(feature: ReplayFeature, target: CommandTarget, title: string): Promise<{ ok: true; built: Built } | { ok: false; message: string }> {
  const interactive = target.show !== false;
  const exchange = await resolveExchange(feature.ctx, target, interactive, title);
  if (!exchange.ok) return { ok: false, message: exchange.failure.message };
  const { detail } = exchange.value;
  const endpoint = await endpointFor(feature, detail.request?.shop ?? detail.exchange.shop, target.endpoint, interactive);
  if (!endpoint.ok) return { ok: false, message: endpoint.failure.message };
  if (detail.request?.value === undefined) return { ok: false, message: vscode.l10n.t('This exchange has no logged JSON request.') };
  const built = buildReplayRequest(detail.request.value, detail.exchange.type, endpoint.value, { payloadText: detail.request.payloadText });
  return built.ok ? { ok: true, built: { detail, endpoint: endpoint.value, request: built.request } } : { ok: false, message: built.message };
}

function refuse(message: string, target: CommandTarget): ExportResult {
  if (target.show !== false && message !== '') void vscode.window.showWarningMessage(message);
  return { ok: false, message };
}

export async function copyCurlCommand(feature: ReplayFeature, target: CommandTarget): Promise<ExportResult> {
  const result = await buildFor(feature, target, vscode.l10n.t('Copy as cURL'));
  if (!result.ok) return refuse(result.message, target);
  const text = toCurl(result.built.request);
  try {
    await vscode.env.clipboard.writeText(text);
  } catch (error) {
    feature.log.warn(`Copy as cURL: the clipboard refused the text (${error instanceof Error ? error.message : String(error)}).`);
    return refuse(vscode.l10n.t('The clipboard is not available: use "Export as .http" instead.'), target);
  }
  if (target.show !== false) void vscode.window.showInformationMessage(vscode.l10n.t('Copied as cURL (credentials stay {0} placeholders).', '${secret:NAME}'));
  return { ok: true, text };
}

/** One exchange, or every request of a session (`sessionId`): an untitled `http` document, a file (`saveAs`), or only the text (`show: false`). */
export async function exportHttpCommand(feature: ReplayFeature, target: CommandTarget & { readonly saveAs?: boolean }): Promise<ExportResult> {
  const items: HttpFileItem[] = [];
  if (target.sessionId !== undefined && target.exchangeId === undefined && target.uri !== undefined) {
    const exchanges = (await feature.ctx.models.exchangesOf(target.uri.toString(), target.sessionId)).filter((x) => x.request);
    for (const exchange of exchanges) {
      const result = await buildFor(feature, { ...target, exchangeId: exchange.id }, vscode.l10n.t('Export as .http'));
      if (!result.ok) return refuse(result.message, target);
      items.push(itemOf(result.built));
    }
  } else {
    const result = await buildFor(feature, target, vscode.l10n.t('Export as .http'));
    if (!result.ok) return refuse(result.message, target);
    items.push(itemOf(result.built));
  }
  if (items.length === 0) return refuse(vscode.l10n.t('This session has no request to export.'), target);
  const text = toHttpFile(items);
  if (target.saveAs) {
    const file = await vscode.window.showSaveDialog({ filters: { HTTP: ['http', 'rest'] }, saveLabel: vscode.l10n.t('Export') });
    if (!file) return { ok: false, message: vscode.l10n.t('Not saved.') };
    await vscode.workspace.fs.writeFile(file, Buffer.from(text, 'utf8'));
    return { ok: true, text, uri: file.toString() };
  }
  if (target.show === false) return { ok: true, text };
  const languages = await vscode.languages.getLanguages();
  const document = await vscode.workspace.openTextDocument({ language: languages.includes('http') ? 'http' : 'plaintext', content: text });
  await vscode.window.showTextDocument(document);
  return { ok: true, text, uri: document.uri.toString() };
}

function itemOf(built: Built): HttpFileItem {
  return { request: built.request, loggedAt: built.detail.request?.entry.timeText ?? '', shop: built.detail.request?.shop ?? built.detail.exchange.shop };
}

/** The exact request a replay would send, credentials shown as `***`, in a read-only document. */
export async function dryRunCommand(feature: ReplayFeature, target: CommandTarget): Promise<ExportResult> {
  const result = await buildFor(feature, target, vscode.l10n.t('Dry Run Replay'));
  if (!result.ok) return refuse(result.message, target);
  const { request, endpoint, detail } = result.built;
  const secrets = await feature.credentials.valuesFor(request.headers);
  const resolved = resolveHeaders(request.headers, (name) => secrets.get(name));
  const t = vscode.l10n.t;
  const lines = [
    `# ${t('Dry run: nothing was sent.')}`,
    `# ${t('Endpoint "{0}" · {1} · shop {2} · logged {3}', endpoint.name, request.type, detail.request?.shop ?? '', detail.request?.entry.timeText ?? '')}`,
    `# ${needsConsent(request, endpoint, false) ? t('State-changing: a replay asks for confirmation first.') : request.stateChanging ? t('State-changing: this endpoint sends it without asking.') : t('Read-only request (GET).')}`,
    `# ${endpoint.verifyTls ? t('TLS certificates verified.') : t('TLS certificates NOT verified for this endpoint.')} ${t('Timeouts: connect {0} ms, total {1} ms.', endpoint.connectTimeoutMs, endpoint.totalTimeoutMs)}`,
    ...(resolved.missing.length > 0 ? [`# ${t('Missing credentials (run "Set Replay Credential"): {0}', resolved.missing.join(', '))}`] : []),
    `${request.method} ${request.url}`,
    ...Object.entries(redactHeaders(resolved.headers, resolved.secretValues)).map(([name, value]) => `${name}: ${value}`),
    ...(request.body === undefined ? [] : ['', request.body]),
  ];
  const text = `${lines.join('\n')}\n`;
  const uri = feature.documents.addDryRun(request.type, text);
  if (target.show !== false) await vscode.window.showTextDocument(uri, { preview: true });
  return { ok: true, text, uri: uri.toString() };
}
