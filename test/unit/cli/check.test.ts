import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const cli = path.join(repoRoot, 'dist/cli.js');
const sample = path.join(repoRoot, 'test/fixtures/exchange-sample.log');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mutated(from: string, to: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exlog-check-'));
  const file = path.join(dir, 'mutated.log');
  const text = readFileSync(sample, 'utf8');
  assert.ok(text.includes(from));
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('exchange-log check', () => {
  it('prints the sample\'s two findings as file:line:col and exits 0 (no errors)', () => {
    const { code, stdout } = run('check', sample);
    assert.equal(code, 0);
    assert.deepEqual(stdout.trim().split('\n').map((l) => l.replace(sample, 'S').split(' ').slice(0, 3).join(' ')), [
      'S:238:30: warning exchange.slow',
      'S:239:30: information exchange.retry',
    ]);
  });

  it('exits 1 on an error and points at the exact token', () => {
    const file = mutated('"prepaymentEnable": true\n} |\n| 2025-12-13 19:06:57', '"prepaymentEnable": "yes"\n} |\n| 2025-12-13 19:06:57');
    const { code, stdout } = run('check', file);
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:184:21: error schema.type prepaymentEnable: expected boolean, got string "yes"$`, 'm'));
  });

  it('speaks JSON for machines, with the same findings', () => {
    const { code, stdout } = run('check', sample, '--format', 'json');
    assert.equal(code, 0);
    const { problems } = JSON.parse(stdout) as { problems: { code: string; line: number; column: number; severity: string }[] };
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.column, p.severity]), [
      ['exchange.slow', 238, 30, 'warning'],
      ['exchange.retry', 239, 30, 'information'],
    ]);
  });

  it('takes severity overrides and the slow threshold', () => {
    const { stdout } = run('check', sample, '--severity', 'exchange.retry=off', '--slow-response-seconds', '20');
    assert.equal(stdout, '');
    const strict = run('check', sample, '--severity', 'exchange.slow=error');
    assert.equal(strict.code, 1);
  });

  it('reads a log with lone CR line ends as the editor does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exlog-cr-'));
    const file = path.join(dir, 'cr.log');
    writeFileSync(file, readFileSync(sample, 'utf8').replace(/\n/g, '\r'));
    const { code, stdout } = run('check', file, '--format', 'json');
    assert.equal(code, 0);
    const { problems } = JSON.parse(stdout) as { problems: { code: string; line: number }[] };
    assert.deepEqual(problems.map((p) => [p.code, p.line]), [['exchange.slow', 238], ['exchange.retry', 239]]);
  });

  it('warns about a file that holds no exchange-log row (e.g. another encoding)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exlog-enc-'));
    const file = path.join(dir, 'cp1251.log');
    writeFileSync(file, Buffer.from([0x7c, 0x20, 0xc7, 0xe0, 0xef, 0xf0, 0xee, 0xf1, 0x0a]));
    const { code, stdout } = run('check', file);
    assert.equal(code, 0);
    assert.match(stdout, /:1:1: warning log\.no-rows /);
  });

  it('refuses bad arguments with exit 2 and says why', () => {
    assert.equal(run('check').code, 2);
    const unknown = run('check', sample, '--severity', 'no.such=error');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown code no\.such/);
    const missing = run('check', '/nonexistent/file.log');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read/);
  });
});

describe('exchange-log sessions', () => {
  it('prints the sample\'s sessions as JSON with line numbers, latency and retry flags', () => {
    const { code, stdout } = run('sessions', sample, '--json');
    assert.equal(code, 0);
    const model = JSON.parse(stdout) as { shops: { id: string; systemName?: string; sessions: { exchanges: { type: string; requestLine?: number; responseLine?: number; latencyMs?: number; retry: boolean; unanswered: boolean }[] }[] }[] };
    assert.deepEqual(model.shops.map((s) => s.id), ['19', '146', '131']);
    const shop19 = model.shops[0]!.sessions[0]!.exchanges;
    assert.deepEqual(shop19.map((x) => [x.type, x.requestLine, x.responseLine, x.latencyMs, x.retry, x.unanswered]), [
      ['BILL', 523, 493, 0, false, false],
      ['RECEIPT', 377, 238, 11000, false, false],
      ['LIST', 364, 355, 1000, false, false],
      ['RECEIPT', 239, 237, 4000, true, false],
    ]);
    assert.deepEqual(model.shops[1]!.sessions[0]!.exchanges.map((x) => x.type), ['HELLO', 'LIST', 'BILL', 'LIST', 'RECEIPT']);
    assert.equal(model.shops[2]!.systemName, 'demo-shop, demo-shop-east');
  });

  it('prints a readable outline by default', () => {
    const { stdout } = run('sessions', sample);
    assert.match(stdout, /^shop 19$/m);
    assert.match(stdout, /RECEIPT 200335C · 18\u00a0174 · Ольга {2}\[4 s, RETRY after 11 s, request line 239, response line 237\]/);
  });
});
