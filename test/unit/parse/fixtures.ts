// Fixture files and golden outputs of the parser tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** out/test/unit/parse/x.test.js → the repository root is four levels up. */
export const repoRoot = path.resolve(__dirname, '../../../..');

export function fixturePath(name: string): string {
  return path.join(repoRoot, 'test/fixtures', name);
}

/** The file's text exactly (a BOM stays in). */
export function readFixture(name: string): string {
  return fs.readFileSync(fixturePath(name), 'utf8');
}

export function readSample(): string {
  return readFixture('exchange-sample.log');
}

/** Compares with `test/fixtures/parse/<name>.golden.json`; `UPDATE_GOLDEN=1` rewrites it instead. */
export function assertGolden(name: string, actual: unknown): void {
  const file = fixturePath(`parse/${name}.golden.json`);
  const json = JSON.stringify(actual, null, 2) + '\n';
  if (process.env['UPDATE_GOLDEN'] === '1') {
    fs.writeFileSync(file, json);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden ${file}: run with UPDATE_GOLDEN=1 and check it by hand`);
  assert.deepEqual(JSON.parse(json), JSON.parse(fs.readFileSync(file, 'utf8')), `golden ${name}`);
}
