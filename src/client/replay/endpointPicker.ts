// Choosing an endpoint: the quick pick ("Select Replay Endpoint") and the choice a replay makes.
import * as vscode from 'vscode';
import { config } from '../config';
import { type ReplayEndpoint, chooseEndpoint, orderForShop, servesShop } from './endpoints';
import type { ReplayFeature } from './feature';
import type { Resolved } from './targets';

export async function pickEndpoint(candidates: readonly ReplayEndpoint[], shop: string | undefined, title: string): Promise<ReplayEndpoint | undefined> {
  const active = config.replayActiveEndpoint();
  const items = orderForShop(candidates, shop).map((endpoint) => ({
    label: `${endpoint.name === active ? '$(check) ' : ''}${endpoint.name}`,
    description: endpoint.baseUrl,
    detail: [
      endpoint.shops.length === 0 ? vscode.l10n.t('serves all shops') : vscode.l10n.t('serves shops {0}', endpoint.shops.join(', ')),
      shop !== undefined && endpoint.shops.length > 0 && servesShop(endpoint, shop) ? vscode.l10n.t('including shop {0}', shop) : '',
      endpoint.verifyTls ? '' : vscode.l10n.t('TLS not verified'),
      endpoint.confirmStateChanging ? '' : vscode.l10n.t('sends RECEIPT without asking'),
    ].filter(Boolean).join(' · '),
    endpoint,
  }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Endpoint to replay against') });
  return picked?.endpoint;
}

/** The endpoint for a replay of `shop`'s request; asks only when `interactive` and several serve the shop. */
export async function endpointFor(feature: ReplayFeature, shop: string | undefined, named: string | undefined, interactive: boolean): Promise<Resolved<ReplayEndpoint>> {
  const endpoints = feature.endpoints();
  const choice = chooseEndpoint(endpoints, shop, named, config.replayActiveEndpoint());
  if (choice.kind === 'chosen') return { ok: true, value: choice.endpoint };
  if (choice.kind === 'none') return { ok: false, failure: { kind: 'no-endpoint', message: choice.message } };
  if (!interactive) {
    return { ok: false, failure: { kind: 'no-endpoint', message: vscode.l10n.t('Several endpoints serve shop {0}: pass "endpoint" or select the active endpoint.', shop ?? '?') } };
  }
  const picked = await pickEndpoint(choice.candidates, shop, vscode.l10n.t('Replay against which endpoint?'));
  return picked ? { ok: true, value: picked } : { ok: false, failure: { kind: 'cancelled', message: vscode.l10n.t('No endpoint was picked.') } };
}

/** "Select Replay Endpoint": sets `exchangeLog.replay.activeEndpoint`. Args `{ name }` skip the pick. */
export async function selectEndpoint(feature: ReplayFeature, shop: string | undefined, name?: string): Promise<string | undefined> {
  const endpoints = feature.endpoints();
  if (name !== undefined) {
    if (!endpoints.some((e) => e.name === name)) return undefined;
    await config.setReplayActiveEndpoint(name);
    return name;
  }
  if (endpoints.length === 0) {
    const open = vscode.l10n.t('Open Settings');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('No replay endpoint is configured yet.'), open);
    if (answer === open) await vscode.commands.executeCommand('workbench.action.openSettings', 'exchangeLog.replay.endpoints');
    return undefined;
  }
  const picked = await pickEndpoint(endpoints, shop, vscode.l10n.t('Select Replay Endpoint'));
  if (!picked) return undefined;
  await config.setReplayActiveEndpoint(picked.name);
  return picked.name;
}
