// Runs the integration suite (out/test/integration/suite/index.js) inside a real VS Code: the VS Code server from
// npm, its workbench opened in Debian's headless Chromium. Two passes:
//   main        Workspace Trust disabled (everything trusted); every *.test.js except *.restricted.test.js
//   restricted  Workspace Trust enabled, the workspace never trusted (Restricted Mode); only *.restricted.test.js
// Assumes `npm run build` and `npm run compile-tests` ran. Env: INTEGRATION_TIMEOUT_MS (per pass, default 8 min),
// INTEGRATION_GREP (mocha grep), INTEGRATION_PASS (main|restricted: run one pass), INTEGRATION_VERBOSE=1 (server
// and workbench output too), INTEGRATION_KEEP=1 (keep the temp folders).
// Tests ask for a screenshot by logging `__screenshot__:<name>` (see test/integration/suite/screenshot.ts): the
// page is saved to test-results/<name>.png, then test-results/<name>.done is written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { repoRoot, startServer } from './vscode-server.mjs';

const PASSES = [
  { name: 'main', trust: true },
  { name: 'restricted', trust: false },
];
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS) || 8 * 60_000;
const verbose = process.env.INTEGRATION_VERBOSE === '1';
const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const testsModule = path.join(repoRoot, 'out', 'test', 'integration', 'suite', 'index');
const resultsDir = path.join(repoRoot, 'test-results');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Output of a healthy run that is not a failure (see shared docs vscode-tests.md), matched against whole entries.
const NOISE = [
  /vsda|vscode-regexp-languagedetection/,
  /marketplace\.visualstudio\.com|open-vsx\.org|gallery/i,
  /ERR_NAME_NOT_RESOLVED|ENOTFOUND|EAI_AGAIN/,
  /status of 404/,
  // the workbench's own start-up and shutdown chatter
  /^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions cache/,
  /^\[Service Worker\]|^ChatSessionStore:/,
  /Long running operations during shutdown are unsupported in the web/,
  /Failed to execute 'abort' on 'IDBTransaction'/,
];

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`[runner] ${signal}: stopping`);
  });
}

async function main() {
  for (const file of [path.join(repoRoot, 'dist', 'client.js'), `${testsModule}.js`]) {
    if (!existsSync(file)) {
      console.error(`missing ${path.relative(repoRoot, file)}: run \`npm run build && npm run compile-tests\``);
      return 2;
    }
  }
  mkdirSync(resultsDir, { recursive: true });
  const selected = PASSES.filter((p) => !process.env.INTEGRATION_PASS || p.name === process.env.INTEGRATION_PASS);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const totals = { passed: 0, failed: 0 };
  let exitCode = 0;
  try {
    for (const pass of selected) {
      if (interrupted) break;
      const started = Date.now();
      console.log(`\n=== integration pass: ${pass.name} (workspace trust ${pass.trust ? 'disabled' : 'enabled, folder untrusted'})`);
      const result = await runPass(browser, pass);
      totals.passed += result.passed;
      totals.failed += result.failed;
      console.log(`=== ${pass.name}: exit ${result.code}, ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      if (result.code !== 0 && exitCode === 0) exitCode = result.code;
    }
  } finally {
    await browser.close();
  }
  console.log(`integration: ${totals.passed} passed, ${totals.failed} failed`);
  return interrupted ? 130 : exitCode;
}

async function runPass(browser, pass) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `exlog-it-${pass.name}-`));
  const workspace = path.join(tmp, 'workspace');
  cpSync(fixtureDir, workspace, { recursive: true });
  const result = { code: 1, passed: 0, failed: 0, reported: false };
  let server;
  let context;
  try {
    server = await startServer({
      userDataDir: path.join(tmp, 'user-data'),
      extensionsDir: path.join(tmp, 'extensions'),
      trust: pass.trust,
      env: {
        EXLOG_TEST_PASS: pass.name,
        EXLOG_TEST_RESULTS_DIR: resultsDir,
        EXLOG_SCREENSHOTS: '1',
        ...(process.env.INTEGRATION_GREP ? { EXLOG_TEST_GREP: process.env.INTEGRATION_GREP } : {}),
      },
      onOutput: verbose ? (line) => console.log(`[server] ${line}`) : undefined,
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const { exit } = await watchPage(page, result);
    const url = server.url(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsModule)],
      ['skipWelcome', 'true'],
    ]);
    if (verbose) console.log(`[runner] ${url}`);
    await page.goto(url);
    result.code = await withTimeout(exit, timeoutMs, `pass ${pass.name} did not finish in ${timeoutMs} ms`);
    await result.screenshots;
  } catch (error) {
    console.error(`[runner] ${error.message}`);
    const page = context?.pages()[0];
    if (page && !interrupted) await takeScreenshot(page, `failure-${pass.name}`);
    result.code = 1;
  } finally {
    await context?.close().catch(() => {});
    await server?.stop();
    if (process.env.INTEGRATION_KEEP === '1') console.log(`[runner] kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  // A suite that died before reporting counts as one failure.
  if (!result.reported && result.code !== 0) result.failed = Math.max(result.failed, 1);
  return result;
}

/**
 * Hooks the workbench's automation callbacks; call before page.goto. `exit` resolves with the code the workbench
 * reports when the test module's run() settles (0 when it resolved). Fills `result` from the suite's output.
 */
async function watchPage(page, result) {
  let settle;
  const exit = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  exit.catch(() => {}); // a page closed during page.goto is reported through the race in runPass
  result.screenshots = Promise.resolve();
  page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
  page.on('close', () => settle.reject(new Error('the workbench page closed')));
  page.on('pageerror', (error) => console.log(`[workbench pageerror] ${error.message}`));
  if (verbose) page.on('console', (message) => print(`browser ${message.type()}`, message.text()));
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
  // The workbench's log, which carries the extension host's console (mocha's reporter, the tests' output).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatEntry(args);
    const line = text.trim();
    const shot = /^__screenshot__:([\w.-]+)$/.exec(line);
    const outcome = /^__result__:(\{.*\})$/.exec(line);
    if (shot) result.screenshots = result.screenshots.then(() => takeScreenshot(page, shot[1]));
    else if (outcome) Object.assign(result, JSON.parse(outcome[1]), { reported: true });
    else if (verbose || !NOISE.some((re) => re.test(text))) print(type, text);
  });
  return { exit };
}

async function takeScreenshot(page, name) {
  const png = path.join(resultsDir, `${name}.png`);
  let status = 'ok';
  try {
    // Let hovers and widgets finish fading in: a picture for people, not a synchronisation point.
    await page.waitForTimeout(400);
    await page.screenshot({ path: png });
    console.log(`[runner] screenshot ${path.relative(repoRoot, png)}`);
  } catch (error) {
    status = `error: ${error.message}`;
  }
  // Written whole, then renamed: the test's fs.watch must never see it half-written.
  const done = path.join(resultsDir, `${name}.done`);
  writeFileSync(`${done}.tmp`, status);
  renameSync(`${done}.tmp`, done);
}

/** One log entry as text: console arguments with printf-style placeholders, as the workbench passes them. */
function formatEntry(args) {
  const parts = Array.isArray(args) ? args : [args];
  return format(...parts).replace(/\n$/, '');
}

function print(type, text) {
  const prefix = type === 'info' || type === 'debug' || type === 'trace' ? '' : `[${type}] `;
  console.log(prefix ? text.replace(/^/gm, prefix) : text);
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

process.exitCode = await main().catch((error) => {
  console.error(error);
  return 1;
});
