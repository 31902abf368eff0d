// Bundles the TypeScript benchmark (bench/main.ts and the core it measures) with esbuild into
// bench/.data/bench.cjs, then runs it with a full GC available between runs and room for the 90 MB log.
// `npm run bench -- --quick` (small logs), `--regenerate`, `--no-server`, `--profile`.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(benchDir, '.data', 'bench.cjs');

await esbuild.build({
  entryPoints: [path.join(benchDir, 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
});

const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--enable-source-maps', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// A report, not a test: failed bars are printed, not turned into an exit code. A crash is.
process.exitCode = result.status ?? 1;
