// Schema problems of a replayed body, from the same engine (and built-in schemas) as the log's diagnostics.
// Workspace schema overrides (`exchangeLog.validation.schemas`) are applied by the language server only.
import type { Problem } from '../../core/model';
import { type SchemaValidator, createSchemaValidator } from '../../core/schema';

let validator: SchemaValidator | undefined;

/** Problems with spans relative to `text`; [] when there is nothing to check or the engine fails. */
export function validateReplayedBody(type: string, text: string, value: unknown, protocolVersion: string | undefined, log: (message: string) => void): readonly Problem[] {
  try {
    validator ??= createSchemaValidator();
    return validator.validate(type, 'response', { text, value }, protocolVersion);
  } catch (error) {
    log(`Schema validation of the replayed ${type} answer failed: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
