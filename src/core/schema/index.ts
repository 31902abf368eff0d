export { schemaCodes, type SchemaCode, type SchemaCodeInfo } from './codes';
export { describeAt, type DescriptionLocale, type SchemaDescription } from './describe';
export {
  checkProtocolVersion,
  fallbackProtocolVersion,
  isKnownProtocolVersion,
  knownProtocolVersions,
  protocolOf,
  resolveProtocolVersion,
  type KnownProtocolVersion,
} from './protocolVersion';
export type { ExtraSchema, MessageKey, RelativeProblem, SchemaLoadError, SchemaValidator, SchemaValidatorOptions } from './types';
export { createSchemaValidator } from './validator';
