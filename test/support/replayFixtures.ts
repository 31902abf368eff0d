// The JSON fixtures of test/fixtures/replay, found from the source tree or from the compiled out/ tree.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder holding the replay fixtures, searched upwards from this file (works from src and out/). */
export function replayFixturesDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'replay');
    if (fs.existsSync(path.join(candidate, 'hello-146.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`test/fixtures/replay not found above ${__dirname}`);
  }
}

export function readReplayFixture(name: string, dir = replayFixturesDir()): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown;
}

export interface LoggedRequestFixture {
  readonly time: string;
  readonly shop: string;
  readonly type: string;
  readonly payload: unknown;
}

/** Request payloads copied from the sample log: hello, listToday, bill3192, bill200335, receipt146. */
export function loggedRequests(dir = replayFixturesDir()): Record<string, LoggedRequestFixture> {
  return readReplayFixture('requests.json', dir) as Record<string, LoggedRequestFixture>;
}
