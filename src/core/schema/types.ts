import type { Direction, JsonText, Problem } from '../model';

/**
 * A problem whose span is relative to the start of `json.text`; the caller adds the payload's
 * `jsonOffset` to place it in the document.
 */
export type RelativeProblem = Problem;

/** `TYPE.direction`, e.g. `BILL.response`. */
export type MessageKey = `${string}.${Direction}`;

export interface ExtraSchema {
  /** Where `$ref`s find it; also its `$id` when the schema has none. */
  readonly uri: string;
  readonly schema: object;
}

export interface SchemaValidatorOptions {
  /** Schemas that overrides (and each other) may `$ref`. */
  readonly extraSchemas?: readonly ExtraSchema[];
  /** Replaces the built-in schema of a message: a schema object, or the URI of an extra or built-in schema. */
  readonly overrides?: Readonly<Record<string, object | string>>;
}

/** A user schema that could not be loaded; the built-in schema stays in use for its message. */
export interface SchemaLoadError {
  readonly uri?: string;
  readonly key?: string;
  readonly message: string;
}

export interface SchemaValidator {
  /** Problems of one payload against its schema; cached per JsonText object and protocol version. */
  validate(type: string, direction: Direction, json: JsonText, protocolVersion?: string): readonly RelativeProblem[];
  /** User schemas that failed to load. */
  readonly loadErrors: readonly SchemaLoadError[];
}
