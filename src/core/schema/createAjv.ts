// One Ajv instance per validator, with the formats and custom keywords our schemas use.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isLocalDateTime } from './localDateTime';
import { isUuid } from './uuid';

/** Annotations: read by hovers and messages, ignored by validation. */
export const annotationKeywords = ['x-description-ru', 'x-title-ru', 'x-expected'] as const;

/**
 * `x-known-values`: the known members of an OPEN set. The schema accepts any value of the right shape;
 * a value outside the list fails this keyword, which the engine reports as a warning
 * (`schema.unknown-value`), never an error.
 */
export const knownValuesKeyword = 'x-known-values';

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    // A conditional branch may require a property its parent defines (`then: {required: ["type"]}`).
    strictRequired: false,
    // Errors carry `data`, `schema` and `parentSchema`: only the error path pays for it.
    verbose: true,
  });
  addFormats(ajv, ['date-time']);
  ajv.addFormat('uuid', { type: 'string', validate: isUuid });
  ajv.addFormat('local-date-time', { type: 'string', validate: isLocalDateTime });
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addKeyword({
    keyword: knownValuesKeyword,
    schemaType: 'array',
    errors: false,
    compile(known: readonly unknown[]) {
      const knownSet = new Set(known);
      return (data: unknown) => knownSet.has(data);
    },
  });
  return ajv;
}
