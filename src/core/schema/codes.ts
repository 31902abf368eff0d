// Stable codes of schema problems. Settings (per-code severity) and docs refer to them: never rename.
import type { Severity } from '../model';

export interface SchemaCodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const schemaCodes = {
  'schema.type': {
    severity: 'error',
    description: 'A value has the wrong JSON type, e.g. a number sent as a string.',
  },
  'schema.required': {
    severity: 'error',
    description: 'An object lacks a property the protocol requires.',
  },
  'schema.enum': {
    severity: 'error',
    description: 'A value is outside a closed set of values (an enumeration or a constant).',
  },
  'schema.format': {
    severity: 'error',
    description: 'A string is not a valid date, date-time or UUID.',
  },
  'schema.pattern': {
    severity: 'error',
    description: 'A string does not have the expected shape, e.g. a VAT rate that is not "N%" or "Без НДС".',
  },
  'schema.minimum': {
    severity: 'error',
    description: 'A number is below the lowest allowed value, e.g. a negative quantity or price.',
  },
  'schema.maximum': {
    severity: 'error',
    description: 'A number is above the highest allowed value.',
  },
  'schema.constraint': {
    severity: 'error',
    description: 'A value breaks another schema constraint (length, number of items, ...).',
  },
  'schema.unexpected-property': {
    severity: 'warning',
    description: 'A property the protocol does not describe. Real traffic may carry more than documented.',
  },
  'schema.unknown-value': {
    severity: 'warning',
    description: 'A value of an open set (e.g. a marked-goods kind) that is not among the known ones.',
  },
  'schema.unknown-type': {
    severity: 'information',
    description: 'A message of a type with no schema; its payload is not checked.',
  },
  'schema.unknown-protocol': {
    severity: 'warning',
    description: 'The HELLO answer names a protocol version with no schemas; messages are checked against 0.1.0.',
  },
} as const satisfies Record<string, SchemaCodeInfo>;

export type SchemaCode = keyof typeof schemaCodes;
