import * as assert from 'node:assert/strict';
import { redactHeaders, redactText, resolveHeaders, secretNames } from '../../../src/core/replay/secrets';

describe('secret placeholders', () => {
  const secrets: Record<string, string> = { token: 's3cr3t', cookie: 'sid=abc' };
  const lookup = (name: string) => secrets[name];

  it('finds the names a value refers to', () => {
    assert.deepEqual(secretNames('${secret:a} and ${secret:b.c-d} and ${secret:a} ${secret:}'), ['a', 'b.c-d']);
  });

  it('resolves placeholders and reports the headers that carry secrets', () => {
    const result = resolveHeaders({ Authorization: 'Bearer ${secret:token}', Cookie: '${secret:cookie}', Accept: 'application/json' }, lookup);
    assert.deepEqual(result, {
      ok: true,
      headers: { Authorization: 'Bearer s3cr3t', Cookie: 'sid=abc', Accept: 'application/json' },
      missing: [],
      sensitiveHeaders: ['Authorization', 'Cookie'],
      secretValues: ['s3cr3t', 'sid=abc'],
    });
  });

  it('reports missing secrets and leaves their placeholders', () => {
    const result = resolveHeaders({ 'X-Key': '${secret:absent}/${secret:token}', 'X-Other': '${secret:absent}' }, lookup);
    assert.equal(result.ok, false);
    assert.deepEqual(result.missing, ['absent']);
    assert.equal(result.headers['X-Key'], '${secret:absent}/s3cr3t');
    assert.deepEqual(result.sensitiveHeaders, ['X-Key']);
  });

  it('redacts resolved values for display, longest first', () => {
    const resolved = resolveHeaders({ Authorization: 'Bearer ${secret:token}', Accept: 'application/json' }, lookup);
    assert.deepEqual(redactHeaders(resolved.headers, resolved.secretValues), { Authorization: 'Bearer ***', Accept: 'application/json' });
    assert.equal(redactText('token s3cr3t2 and s3cr3t', ['s3cr3t', 's3cr3t2', '']), 'token *** and ***');
  });
});
