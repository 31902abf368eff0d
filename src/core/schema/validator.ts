// Validates payloads against the protocol schemas. Each schema is compiled once; a valid payload
// costs one compiled ajv call and a cache entry (a slot of the parser's JsonText; see parsedJson.ts).
// Only a failing payload gets its offset tree built.
import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { payloadTree } from '../json/payloadTree';
import { ParsedJson } from '../json/parsedJson';
import type { Direction, JsonText } from '../model';
import { builtinSchemaSets, schemaId } from './builtinSchemas';
import { schemaCodes } from './codes';
import { createAjv, knownValuesKeyword } from './createAjv';
import { problemFromAjvError } from './problemFromAjvError';
import { resolveProtocolVersion } from './protocolVersion';
import type { RelativeProblem, SchemaLoadError, SchemaValidator, SchemaValidatorOptions } from './types';

const noProblems: readonly RelativeProblem[] = Object.freeze([]);
const messageKeyPattern = /^([A-Z][A-Z0-9_]*)\.(request|response)$/;

/** Compiled validators by direction, then message type. */
type MessageValidators = Record<Direction, Map<string, ValidateFunction>>;

export function createSchemaValidator(options: SchemaValidatorOptions = {}): SchemaValidator {
  const ajv = createAjv();
  const loadErrors: SchemaLoadError[] = [];
  addExtraSchemas(ajv, options, loadErrors);
  const byVersion = new Map<string, MessageValidators>();
  for (const [version, set] of Object.entries(builtinSchemaSets)) {
    for (const shared of set.shared) ajv.addSchema(shared);
    const validators: MessageValidators = { request: new Map(), response: new Map() };
    for (const [key, schema] of Object.entries(set.messages)) setValidator(validators, key, ajv.compile(schema));
    byVersion.set(version, validators);
  }
  applyOverrides(ajv, options, [...byVersion.values()], loadErrors);

  const unknownTypeResults = new WeakMap<JsonText, readonly RelativeProblem[]>();

  function validate(type: string, direction: Direction, json: JsonText, protocolVersion?: string): readonly RelativeProblem[] {
    const validators = byVersion.get(resolveProtocolVersion(protocolVersion))![direction];
    const validateFn = validators.get(type) ?? validators.get(type.toUpperCase());
    if (!validateFn) return unknownType(type, direction, json);
    const cached = ParsedJson.recall(json, validateFn) as readonly RelativeProblem[] | undefined;
    if (cached) return cached;
    let results = resultsByFunction.get(validateFn);
    const kept = results?.get(json);
    if (kept) return kept;
    const problems = validateFn(json.value) ? noProblems : problemsOf(validateFn, json);
    const evicted = ParsedJson.remember(json, validateFn, problems);
    if (evicted === false) {
      // Not the parser's JsonText: no slot, a WeakMap.
      if (!results) resultsByFunction.set(validateFn, (results = new WeakMap()));
      results.set(json, problems);
    } else if (evicted) {
      keepElsewhere(evicted.key as ValidateFunction, json, evicted.value as readonly RelativeProblem[]);
    }
    return problems;
  }

  function unknownType(type: string, direction: Direction, json: JsonText): readonly RelativeProblem[] {
    const cached = unknownTypeResults.get(json);
    if (cached) return cached;
    const start = firstTokenOffset(json.text);
    const problems: readonly RelativeProblem[] = [
      {
        code: 'schema.unknown-type',
        severity: schemaCodes['schema.unknown-type'].severity,
        message: `No schema for ${type} ${direction}s: this payload is not checked`,
        span: { start, end: Math.min(start + 1, json.text.length) },
      },
    ];
    unknownTypeResults.set(json, problems);
    return problems;
  }

  return { validate, loadErrors };
}

/**
 * Results by compiled schema function, for what the JsonText's own slot does not hold: JsonTexts not made
 * by the parser, and a second schema's results for one JsonText (the slot holds one; the one it held
 * before moves here, so every result stays the same object as long as its JsonText lives).
 */
const resultsByFunction = new WeakMap<ValidateFunction, WeakMap<JsonText, readonly RelativeProblem[]>>();

function keepElsewhere(validateFn: ValidateFunction, json: JsonText, problems: readonly RelativeProblem[]): void {
  let results = resultsByFunction.get(validateFn);
  if (!results) resultsByFunction.set(validateFn, (results = new WeakMap()));
  results.set(json, problems);
}

function problemsOf(validateFn: ValidateFunction, json: JsonText): readonly RelativeProblem[] {
  const context = { root: payloadTree(json), value: json.value }; // undefined when nested too deep to walk
  const errors = validateFn.errors ?? [];
  // An unknown value of an open set says nothing new when the same value is already an error.
  const failedPaths = new Set(errors.filter((e) => e.keyword !== knownValuesKeyword).map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: RelativeProblem[] = [];
  for (const error of errors) {
    if (error.keyword === knownValuesKeyword && failedPaths.has(error.instancePath)) continue;
    // A value failing both a base schema and a conditional branch (e.g. `type`) is reported once.
    const property = error.params.missingProperty ?? error.params.additionalProperty ?? '';
    const identity = `${error.instancePath}\u0000${error.keyword}\u0000${property}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const problem = problemFromAjvError(error, context);
    if (problem) problems.push(problem);
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return Object.freeze(problems);
}

function setValidator(validators: MessageValidators, key: string, validateFn: ValidateFunction): void {
  const match = messageKeyPattern.exec(key);
  if (!match) throw new Error(`"${key}" is not TYPE.request or TYPE.response`);
  validators[match[2] as Direction].set(match[1]!, validateFn);
}

function addExtraSchemas(ajv: Ajv2020, options: SchemaValidatorOptions, loadErrors: SchemaLoadError[]): void {
  for (const { uri, schema } of options.extraSchemas ?? []) {
    try {
      ajv.addSchema(schemaId(schema) ? schema : { ...schema, $id: uri }, uri);
    } catch (error) {
      loadErrors.push({ uri, message: messageOf(error) });
    }
  }
}

function applyOverrides(
  ajv: Ajv2020,
  options: SchemaValidatorOptions,
  targets: readonly MessageValidators[],
  loadErrors: SchemaLoadError[],
): void {
  for (const [key, override] of Object.entries(options.overrides ?? {})) {
    try {
      const validateFn = typeof override === 'string' ? ajv.getSchema(override) : ajv.compile(override);
      if (!validateFn) throw new Error(`no schema is registered at "${override}"`);
      for (const validators of targets) setValidator(validators, key, validateFn as ValidateFunction);
    } catch (error) {
      loadErrors.push({ key, ...(typeof override === 'string' ? { uri: override } : {}), message: messageOf(error) });
    }
  }
}

function firstTokenOffset(text: string): number {
  let offset = 0;
  while (offset < text.length && /\s/.test(text[offset]!)) offset++;
  return offset;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
