import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedDebounce } from '../../../src/client/keyedDebounce';

describe('KeyedDebounce (summary refresh while typing)', () => {
  it('runs once per key after calls pause, and again after a later call', async () => {
    const runs: string[] = [];
    const debounce = new KeyedDebounce<string>(30, (key) => runs.push(key));
    debounce.schedule('a');
    debounce.schedule('b');
    await sleep(10);
    debounce.schedule('a');
    assert.deepEqual(runs, []);
    await sleep(60);
    assert.deepEqual(runs.sort(), ['a', 'b']);
    debounce.schedule('a');
    await sleep(60);
    assert.deepEqual(runs.sort(), ['a', 'a', 'b']);
  });

  it('runs nothing once cancelled', async () => {
    const runs: string[] = [];
    const debounce = new KeyedDebounce<string>(10, (key) => runs.push(key));
    debounce.schedule('a');
    debounce.cancelAll();
    await sleep(40);
    assert.deepEqual(runs, []);
  });
});
