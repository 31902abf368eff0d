// Turns one ajv error into a problem in plain words, placed on the exact token.
import type { ErrorObject } from 'ajv';
import type { Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../model';
import { schemaCodes, type SchemaCode } from './codes';
import { knownValuesKeyword } from './createAjv';
import { describeTyped, describeValue, listValues, quotedList } from './describeValue';
import { anchorSpan, findValueNode, formatPath, keySpan, pointerToPath, valueSpan } from './jsonLocation';
import type { RelativeProblem } from './types';

export interface ErrorContext {
  /** The offset tree of the payload (undefined only if the text does not parse). */
  readonly root: JsonNode | undefined;
  readonly value: unknown;
}

const formatDescriptions: Readonly<Record<string, string>> = {
  'local-date-time': 'a date and time "YYYY-MM-DD HH:MM:SS"',
  'date-time': 'an ISO 8601 date-time such as "2025-12-13T16:08:05.000Z"',
  uuid: 'a UUID such as "5f1c2a90-3b7e-4c1d-9a42-0c6e1d2b7a11"',
};

const comparisons: Readonly<Record<string, { code: SchemaCode; sign: string }>> = {
  minimum: { code: 'schema.minimum', sign: '≥' },
  exclusiveMinimum: { code: 'schema.minimum', sign: '>' },
  maximum: { code: 'schema.maximum', sign: '≤' },
  exclusiveMaximum: { code: 'schema.maximum', sign: '<' },
};

/** Keywords whose failure is already explained by the errors of their subschemas. */
const summaryKeywords = new Set(['if']);

export function problemFromAjvError(error: ErrorObject, context: ErrorContext): RelativeProblem | undefined {
  if (summaryKeywords.has(error.keyword)) return undefined;
  const path = pointerToPath(error.instancePath, context.value);
  const node = context.root && findValueNode(context.root, path);
  const prefix = path.length > 0 ? `${formatPath(path)}: ` : '';
  const at = (span: Span | undefined, code: SchemaCode, message: string): RelativeProblem => ({
    code,
    severity: schemaCodes[code].severity,
    message: prefix + message,
    span: span ?? { start: 0, end: 0 },
  });
  const valueAt = node && valueSpan(node);
  const got = describeValue(error.data);

  switch (error.keyword) {
    case 'type':
      return at(valueAt, 'schema.type', `expected ${typeList(error.schema)}, got ${describeTyped(error.data)}`);
    case 'required':
      return at(node && anchorSpan(node), 'schema.required', `missing required property "${error.params.missingProperty}"`);
    case 'enum':
      return at(valueAt, 'schema.enum', `expected one of ${quotedList(error.schema as unknown[])}, got ${got}`);
    case 'const':
      return at(valueAt, 'schema.enum', `expected ${describeValue(error.schema)}, got ${got}`);
    case 'format':
      return at(valueAt, 'schema.format', `expected ${formatDescriptions[String(error.schema)] ?? `a "${error.schema}"`}, got ${got}`);
    case 'pattern':
      return at(valueAt, 'schema.pattern', `expected ${expectedShape(error)}, got ${got}`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      return at(node && keySpan(node, key), 'schema.unexpected-property', `unexpected property "${key}" (not described by the protocol)`);
    }
    case knownValuesKeyword:
      return at(valueAt, 'schema.unknown-value', `unknown value ${got} (known: ${listValues(error.schema as unknown[], 5)})`);
    default: {
      const comparison = comparisons[error.keyword];
      if (comparison) {
        return at(valueAt, comparison.code, `expected a number ${comparison.sign} ${error.params.limit}, got ${got}`);
      }
      return at(valueAt, 'schema.constraint', constraintText(error, got));
    }
  }
}

function typeList(schema: unknown): string {
  return Array.isArray(schema) ? listValues(schema) : String(schema);
}

function expectedShape(error: ErrorObject): string {
  const expected = error.parentSchema?.['x-expected'];
  return typeof expected === 'string' ? expected : `a string matching /${error.schema}/`;
}

function constraintText(error: ErrorObject, got: string): string {
  const limit = error.params.limit as number | undefined;
  const items = Array.isArray(error.data) ? `${error.data.length} item${error.data.length === 1 ? '' : 's'}` : got;
  switch (error.keyword) {
    case 'maxItems':
      return `${limit === 0 ? 'expected an empty array' : `expected at most ${limit} items`}, got ${items}`;
    case 'minItems':
      return `expected at least ${limit} items, got ${items}`;
    case 'minLength':
      return `${limit === 1 ? 'expected a non-empty string' : `expected at least ${limit} characters`}, got ${got}`;
    case 'maxLength':
      return `expected at most ${limit} characters, got ${got}`;
    default:
      return `${error.message ?? `fails "${error.keyword}"`}, got ${got}`;
  }
}
