// Assertions and defaults shared by the transport tests (unit here, integration inside VS Code later).
import * as assert from 'node:assert/strict';
import type { ReplayFailure, ReplayResponse, SendOptions, SendResult } from '../../src/node/transportTypes';

/** Short timeouts so a hang fails the test quickly; only `server.origin` allowed. */
export function sendOptions(server: { readonly origin: string }, extra: Partial<SendOptions> = {}): SendOptions {
  return { connectTimeoutMs: 1000, totalTimeoutMs: 1500, rejectUnauthorized: true, allowedOrigins: [server.origin], ...extra };
}

export function answered(result: SendResult): ReplayResponse {
  if (!result.ok) assert.fail(`expected an answer, got ${result.kind}: ${result.message}`);
  return result;
}

export function failed(result: SendResult, kind: ReplayFailure['kind']): ReplayFailure {
  if (result.ok) assert.fail(`expected ${kind}, got HTTP ${result.status}`);
  assert.equal(result.kind, kind, result.message);
  return result;
}
