// (d) JSON.parse and one compiled ajv call per payload, nothing else: no rows read, no sessions, no rules,
// no problem ranges, values dropped at once. No check that validates parsed values with ajv can be
// faster; set against (b) it shows how much of the full check's budget ajv alone takes.
import type { ValidateFunction } from 'ajv';
import { builtinSchemaSets } from '../src/core/schema/builtinSchemas';
import { createAjv } from '../src/core/schema/createAjv';
import type { PayloadSample } from './measureCore';

export function parseAndValidateRun(payloads: readonly PayloadSample[]): () => Promise<number> {
  const ajv = createAjv();
  const set = builtinSchemaSets['0.1.0']!;
  for (const shared of set.shared) ajv.addSchema(shared);
  const validators = new Map<string, ValidateFunction>();
  for (const [key, schema] of Object.entries(set.messages)) validators.set(key, ajv.compile(schema));
  const work = payloads.map((p) => ({ text: p.text, validate: validators.get(`${p.type}.${p.direction}`) }));
  return () => {
    let valid = 0;
    for (const { text, validate } of work) if (validate?.(JSON.parse(text))) valid++;
    return Promise.resolve(valid);
  };
}
