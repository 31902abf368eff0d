// `exchange-log replay` end to end: the built CLI (dist/cli.js, `npm run build` first) against the fake
// protocol server on 127.0.0.1.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type FakeProtocolServer, startFakeProtocolServer, refusedUrl } from '../../support/fakeProtocolServer';
import { replayFixturesDir } from '../../support/replayFixtures';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'test', 'fixtures', 'workspace', 'exchange-sample.log');
// Lines of the sample (1-based, as the editor shows them).
const billRequestLine = 186; // | 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {
const billResponseInside = 160; // inside | 2025-12-13 19:06:58 | 146 | Ответ (BILL) |
const receiptRequestInside = 45; // inside | 2025-12-13 19:07:39 | 146 | Запрос (RECEIPT) |

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'replay', ...args], { env: { ...process.env, ...env }, timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('exchange-log replay (CLI)', function () {
  this.timeout(20_000);
  let server: FakeProtocolServer;

  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js exists: run `npm run build` first'));
  beforeEach(async () => {
    server = await startFakeProtocolServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('replays the BILL of the request row at --line and finds no differences (exit 0)', async () => {
    const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', server.url]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^BILL · shop 146 · logged 2025-12-13 19:06:57 \(request line 186\)$/m);
    assert.match(run.stdout, new RegExp(`^GET ${server.url}/api/v2/bill/byid/3192$`, 'm'));
    assert.match(run.stdout, /^200 OK · \d+ ms$/m);
    assert.match(run.stdout, /^no differences$/m);
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request!.method, 'GET');
    assert.equal(request!.url, '/api/v2/bill/byid/3192');
    assert.equal(request!.headers.accept, 'application/json');
    assert.equal(request!.headers.vary, undefined, 'the logged "vary" is a response header: not resent');
  });

  it('takes the exchange of a response row too', async () => {
    const run = await runCli([sample, '--line', String(billResponseInside), '--endpoint', `${server.url}/`]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(server.requests[0]?.url, '/api/v2/bill/byid/3192');
  });

  describe('against a service whose bill changed', () => {
    let changed: FakeProtocolServer;
    let dir: string;
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exlog-replay-cli-'));
      fs.cpSync(replayFixturesDir(), dir, { recursive: true });
      const bill = JSON.parse(fs.readFileSync(path.join(dir, 'bill-3192.json'), 'utf8')) as Record<string, unknown> & { products: Record<string, unknown>[] };
      bill.products[0]!.price = 41000;
      bill.summ = 41000;
      delete bill.prepaymentEnable;
      bill.currency = 'RUB';
      fs.writeFileSync(path.join(dir, 'bill-3192.json'), JSON.stringify(bill));
      changed = await startFakeProtocolServer({ fixturesDir: dir });
    });
    after(async () => {
      await changed.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('prints changed, added and removed paths (exit 1)', async () => {
      const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', changed.url]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^2 changed, 1 added, 1 removed$/m);
      assert.match(run.stdout, /^ {2}changed products\[0\]\.price: 41800 -> 41000$/m);
      assert.match(run.stdout, /^ {2}changed summ: 41800 -> 41000$/m);
      assert.match(run.stdout, /^ {2}added {3}currency: "RUB"$/m);
      assert.match(run.stdout, /^ {2}removed prepaymentEnable: true$/m);
    });

    it('ignores the paths given with --ignore', async () => {
      const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', changed.url, '--ignore', '**.price', '--ignore', 'summ', '--ignore', 'currency', '--ignore', 'prepaymentEnable']);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, /^no differences \(4 ignored\)$/m);
    });

    it('prints the differences as JSON with --json', async () => {
      const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', changed.url, '--json']);
      assert.equal(run.code, 1);
      const result = JSON.parse(run.stdout) as { status: number; differences: { equal: boolean; changed: { path: string }[] } };
      assert.equal(result.status, 200);
      assert.equal(result.differences.equal, false);
      assert.deepEqual(result.differences.changed.map((c) => c.path), ['products[0].price', 'summ']);
    });
  });

  it('does not send a RECEIPT without --yes: prints what it would send and exits 3', async () => {
    const run = await runCli([sample, '--line', String(receiptRequestInside), '--endpoint', server.url]);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stdout, new RegExp(`^POST ${server.url}/api/v2/receipts$`, 'm'));
    assert.match(run.stdout, /^Content-Type: application\/json; charset=utf-8$/m);
    assert.match(run.stdout, /"type":"ReceiptCreated"/);
    assert.match(run.stdout, /Add --yes to send it/);
    assert.equal(server.requests.length, 0, 'nothing was sent');
  });

  it('sends the RECEIPT with --yes; the empty logged cell is not compared (exit 0)', async () => {
    const run = await runCli([sample, '--line', String(receiptRequestInside), '--endpoint', server.url, '--yes']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^200 OK · \d+ ms$/m);
    assert.match(run.stdout, /not compared: the logged response is an empty cell/);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]!.method, 'POST');
    assert.equal((JSON.parse(server.requests[0]!.body) as { type: string }).type, 'ReceiptCreated');
  });

  it('sends --header values with ${secret:NAME} from the environment, and never prints the secret', async () => {
    const secret = 'tok-3f9a1c77-never-print';
    const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', server.url, '--header', 'Authorization: Bearer ${secret:TOKEN}'], { EXCHANGE_LOG_SECRET_TOKEN: secret });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(server.requests[0]!.headers.authorization, `Bearer ${secret}`);
    assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret));
  });

  it('fails (exit 2) when a header secret is not in the environment, sending nothing', async () => {
    const run = await runCli([sample, '--line', String(billRequestLine), '--endpoint', server.url, '--header', 'Authorization: Bearer ${secret:ABSENT}']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /EXCHANGE_LOG_SECRET_ABSENT/);
    assert.equal(server.requests.length, 0);
  });

  it('ends in a clear message (exit 2) for an HTML 502, a refused connection and a slow answer', async () => {
    const html = await runCli([sample, '--line', String(billRequestLine), '--endpoint', `${server.url}/__fault/html-502`]);
    assert.equal(html.code, 2);
    assert.match(html.stdout, /^502 Bad Gateway · \d+ ms$/m);
    assert.match(html.stderr, /the answer is not JSON: .*text\/html/);

    const refused = await runCli([sample, '--line', String(billRequestLine), '--endpoint', await refusedUrl()]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /refused the connection.*\(refused, after \d+ ms\)/);

    const slow = await runCli([sample, '--line', String(billRequestLine), '--endpoint', `${server.url}/__fault/slow`, '--timeout', '300']);
    assert.equal(slow.code, 2);
    assert.match(slow.stderr, /did not answer completely within 300 ms.*\(timeout/);
  });

  it('rejects bad usage and lines outside any row (exit 2)', async () => {
    assert.equal((await runCli([sample, '--endpoint', server.url])).code, 2);
    assert.equal((await runCli([sample, '--line', '186'])).code, 2);
    const outside = await runCli([sample, '--line', '99999', '--endpoint', server.url]);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /outside the file/);
    assert.equal(server.requests.length, 0);
  });
});
