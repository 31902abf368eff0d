// `npm test` (after `pretest` built the bundles and compiled the tests): the test layers in order, unit →
// protocol → integration, stopping at the first failing layer with its exit code. Ends with one line
// `N passed, N failed`, summed over the layers that ran.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './vscode-server.mjs';

const mochaBin = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const color = process.stdout.isTTY ? ['--color'] : [];

const layers = [
  { name: 'unit', run: () => runMochaLayer('.mocharc.unit.json') },
  { name: 'protocol', run: () => runMochaLayer('.mocharc.protocol.json') },
  { name: 'integration', run: runIntegrationLayer },
];

async function main() {
  const totals = { passed: 0, failed: 0 };
  let exitCode = 0;
  for (const layer of layers) {
    console.log(`\n##### ${layer.name}`);
    const started = Date.now();
    const result = await layer.run();
    if (result.skipped) {
      console.log(`##### ${layer.name}: skipped, ${result.skipped}`);
      continue;
    }
    totals.passed += result.passed;
    totals.failed += result.failed;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`##### ${layer.name}: ${result.passed} passed, ${result.failed} failed, exit ${result.code} (${seconds}s)`);
    if (result.code !== 0) {
      exitCode = result.code;
      break;
    }
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return exitCode;
}

async function runMochaLayer(configFile) {
  const { spec } = JSON.parse(readFileSync(path.join(repoRoot, configFile), 'utf8'));
  const specs = [spec].flat();
  if (!specs.some((s) => matchingFiles(s).length > 0)) return { skipped: `no test files match ${specs.join(', ')}` };
  const { code, output } = await run(process.execPath, [mochaBin, '--config', configFile, ...color]);
  const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(output)?.[1] ?? 0);
  const failed = count('failing');
  // A crash before mocha reported anything still counts as a failure.
  return { code, passed: count('passing'), failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function runIntegrationLayer() {
  const setup = await run('bash', [path.join(repoRoot, 'scripts', 'setup-vscode-server.sh')]);
  if (setup.code !== 0) return { code: setup.code, passed: 0, failed: 1 };
  const { code, output } = await run(process.execPath, [path.join(repoRoot, 'scripts', 'run-integration.mjs')]);
  const match = /^integration: (\d+) passed, (\d+) failed$/m.exec(output);
  const failed = Number(match?.[2] ?? 0);
  return { code, passed: Number(match?.[1] ?? 0), failed: code !== 0 && failed === 0 ? 1 : failed };
}

/** Runs a command with its output passed through, and keeps the output (colours stripped) to read counts. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      stream.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: output.replace(/\x1b\[[0-9;]*m/g, '') }),
    );
  });
}

/** Files under the repository matching a mocha spec glob (`*` and `**` only, which is what the configs use). */
function matchingFiles(glob) {
  const base = glob.split('/').filter((part, i, parts) => !parts.slice(0, i + 1).some((p) => p.includes('*')));
  const root = path.join(repoRoot, ...base);
  if (!existsSync(root)) return [];
  const pattern = new RegExp(
    `^${glob
      .split(/(\*\*\/|\*)/)
      .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
  return readdirSync(root, { recursive: true })
    .map((file) => path.posix.join(...base, String(file).split(path.sep).join('/')))
    .filter((file) => pattern.test(file));
}

process.exitCode = await main();
