// One replay from start to end: build the request, resolve its secrets, ask consent when it changes
// state, send it through the one transport (only to the endpoint's origin), compare and validate the
// answer. Never throws; every way it can end is a `ReplayRun`. Redacts before anything leaves here.
import * as vscode from 'vscode';
import { buildReplayRequest } from '../../core/replay/buildRequest';
import { type JsonDiff, compareJson, summarizeDiff } from '../../core/replay/compare';
import { redactHeaders, redactText, redactValue, resolveHeaders } from '../../core/replay/secrets';
import { send } from '../../node/httpTransport';
import type { ExchangeDetail } from '../../shared/protocol';
import { type Prompt, consentQuestion, needsConsent } from './consent';
import type { CredentialStore } from './credentials';
import type { ReplayEndpoint } from './endpoints';
import type { ReplayLog } from './feature';
import type { ReceivedResponse, ReplayFailureInfo, ReplayRecord } from './types';
import { validateReplayedBody } from './validation';

export interface ReplayInput {
  readonly uri: string;
  readonly detail: ExchangeDetail;
  readonly endpoint: ReplayEndpoint;
  /** The shop's protocol version (from its HELLO answer), for the schemas. */
  readonly protocol?: string;
  readonly ignore: readonly string[];
  readonly callerConfirmed: boolean;
  readonly signal: AbortSignal;
}

export interface ReplayDeps {
  readonly credentials: CredentialStore;
  readonly prompt: () => Prompt;
  readonly output: ReplayLog;
  readonly nextId: () => string;
  /** Wraps the sending phase (a progress notification with Cancel); none in automation. */
  readonly sending?: (<T>(title: string, work: () => Promise<T>) => Promise<T>) | undefined;
}

export type ReplayRun = { readonly sent: true; readonly record: ReplayRecord } | { readonly sent: false; readonly failure: ReplayFailureInfo };

const notSent = (kind: ReplayFailureInfo['kind'], message: string): ReplayRun => ({ sent: false, failure: { kind, message } });

export async function runReplay(input: ReplayInput, deps: ReplayDeps): Promise<ReplayRun> {
  const { detail, endpoint } = input;
  const logged = detail.request;
  if (!logged) return notSent('no-request', vscode.l10n.t('This exchange has no logged request to replay.'));
  if (logged.value === undefined) return notSent('no-request', vscode.l10n.t('The logged {0} request is not JSON, so it cannot be replayed.', detail.exchange.type));

  const built = buildReplayRequest(logged.value, detail.exchange.type, endpoint, { payloadText: logged.payloadText });
  if (!built.ok) return notSent('build', built.message);
  const request = built.request;

  const secrets = await deps.credentials.valuesFor(request.headers);
  const resolved = resolveHeaders(request.headers, (name) => secrets.get(name));
  if (!resolved.ok) {
    return notSent('missing-secret', vscode.l10n.t('The headers of endpoint "{0}" refer to the credential {1}, which is not set: run "Set Replay Credential".',
      endpoint.name, resolved.missing.join(', ')));
  }
  const redact = (text: string) => redactText(text, resolved.secretValues);

  if (needsConsent(request, endpoint, input.callerConfirmed)) {
    const question = consentQuestion(request, endpoint);
    if (!(await deps.prompt()(question))) {
      deps.output.info(`Replay of ${request.method} ${request.url} (${endpoint.name}) not sent: declined.`);
      return notSent('declined', vscode.l10n.t('Not sent: {0} {1} was declined.', request.method, request.url));
    }
  }
  if (input.signal.aborted) return notSent('cancelled', vscode.l10n.t('The replay was cancelled before anything was sent.'));

  const id = deps.nextId();
  deps.output.info(`Replay #${id}: ${request.method} ${redact(request.url)} (endpoint "${endpoint.name}")`);
  const sendIt = () => send(
    { method: request.method, url: request.url, headers: resolved.headers, ...(request.body === undefined ? {} : { body: request.body }) },
    {
      signal: input.signal,
      connectTimeoutMs: endpoint.connectTimeoutMs,
      totalTimeoutMs: endpoint.totalTimeoutMs,
      rejectUnauthorized: endpoint.verifyTls,
      allowedOrigins: [endpoint.origin],
      sensitiveHeaders: resolved.sensitiveHeaders,
    },
  );
  const title = vscode.l10n.t('Replaying {0} against "{1}"…', request.type, endpoint.name);
  const result = deps.sending ? await deps.sending(title, sendIt) : await sendIt();

  let response: ReceivedResponse | undefined;
  let failure: ReplayFailureInfo | undefined;
  if (result.ok) {
    const bodyText = redact(result.bodyText);
    response = {
      status: result.status,
      statusText: result.statusText,
      headers: redactHeaders(result.headers, resolved.secretValues),
      bodyText,
      ...(result.bodyJson === undefined ? {} : { bodyJson: redactValue(result.bodyJson, resolved.secretValues) }),
      ...(result.jsonError === undefined ? {} : { jsonError: redact(result.jsonError) }),
      redirects: result.redirects.map(redact),
    };
    if (result.jsonError !== undefined) {
      failure = { kind: 'not-json', message: vscode.l10n.t('{0} answered {1} {2} with a body that is not JSON ({3}).', endpoint.origin, result.status, result.statusText, result.headers['content-type'] ?? vscode.l10n.t('no Content-Type')) };
    }
  } else {
    failure = { kind: result.kind, message: redact(result.message) };
  }

  const loggedAnswer = loggedResponse(detail);
  const differences = response && !failure ? compareAnswers(loggedAnswer, response, input.ignore, deps.output) : undefined;
  const prettyBody = response?.bodyJson !== undefined ? JSON.stringify(response.bodyJson, null, 2) : undefined;
  const problems = prettyBody !== undefined ? validateReplayedBody(request.type, prettyBody, response!.bodyJson, input.protocol, (m) => deps.output.warn(m)) : [];
  const comparison = comparisonOf(failure, differences, loggedAnswer.status);
  const summary = summaryOf(response, failure, comparison, result.durationMs);

  const record: ReplayRecord = {
    id,
    uri: input.uri,
    exchangeId: detail.exchange.id,
    sessionId: detail.sessionId,
    shop: logged.shop,
    type: request.type,
    loggedAt: logged.entry.timeText,
    startedAt: new Date(),
    endpoint: endpoint.name,
    request: { method: request.method, url: redact(request.url), headers: redactHeaders(resolved.headers, resolved.secretValues), ...(request.body === undefined ? {} : { body: redact(request.body) }) },
    ...(response ? { response } : {}),
    durationMs: result.durationMs,
    ...(failure ? { failure } : {}),
    logged: loggedAnswer,
    ...(differences ? { differences } : {}),
    comparison,
    summary,
    problems,
    ...(prettyBody === undefined ? {} : { prettyBody }),
  };
  if (failure) deps.output.warn(`Replay #${id} failed (${failure.kind}): ${failure.message}`);
  else deps.output.info(`Replay #${id}: ${summary}`);
  return { sent: true, record };
}


function loggedResponse(detail: ExchangeDetail): ReplayRecord['logged'] {
  const response = detail.response;
  if (!response) return { status: 'missing' };
  if (response.entry.payloadStatus === 'json' && response.value !== undefined) return { status: 'json', value: response.value };
  return { status: response.entry.payloadStatus === 'invalid' ? 'invalid' : 'empty' };
}

/** A structural diff when both sides can be compared: both JSON, or both empty. */
function compareAnswers(logged: ReplayRecord['logged'], response: ReceivedResponse, ignore: readonly string[], output: ReplayLog): JsonDiff | undefined {
  const replayedEmpty = response.bodyText.trim() === '';
  let diff: JsonDiff | undefined;
  if (logged.status === 'json' && response.bodyJson !== undefined) diff = compareJson(logged.value, response.bodyJson, { ignore });
  else if (logged.status === 'empty' && replayedEmpty) diff = compareJson(undefined, undefined, { ignore });
  if (diff && diff.invalidPatterns.length > 0) output.warn(`exchangeLog.replay.ignoreFields: not valid patterns (ignored): ${diff.invalidPatterns.join(', ')}`);
  return diff;
}

/** How the answer compares with the logged one, in words. */
function comparisonOf(failure: ReplayFailureInfo | undefined, diff: JsonDiff | undefined, logged: ReplayRecord['logged']['status']): string {
  if (failure) return vscode.l10n.t('not compared: {0}', failure.message);
  if (diff) return summarizeDiff(diff);
  if (logged === 'missing') return vscode.l10n.t('no logged response to compare with');
  if (logged === 'invalid') return vscode.l10n.t('the logged response is not JSON: not compared');
  return vscode.l10n.t('the logged response is an empty cell (this export hides short bodies): not compared');
}

function summaryOf(response: ReceivedResponse | undefined, failure: ReplayFailureInfo | undefined, comparison: string, ms: number): string {
  if (!response) return failure?.message ?? comparison;
  const head = `${response.status} ${response.statusText}`.trim();
  return `${head} · ${ms} ms · ${failure ? failure.message : comparison}`;
}
