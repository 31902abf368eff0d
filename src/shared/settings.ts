// Settings the language server reads (section `exchangeLog`), with their defaults.
import type { Severity } from '../core/model';

export type SeveritySetting = Severity | 'off';

export interface ServerSettings {
  readonly sessions: {
    /** Minutes of silence from a shop that start a new session. */
    readonly idleGapMinutes: number;
  };
  readonly validation: {
    readonly enabled: boolean;
    /** Severity per diagnostic code, overriding the default. */
    readonly severity: Readonly<Record<string, SeveritySetting>>;
    /** Answers slower than this are reported. */
    readonly slowResponseSeconds: number;
    /** User schemas per `TYPE.direction` (e.g. `BILL.response`), workspace-relative paths or URIs. */
    readonly schemas: Readonly<Record<string, string>>;
  };
}

export const defaultServerSettings: ServerSettings = {
  sessions: { idleGapMinutes: 30 },
  validation: { enabled: true, severity: {}, slowResponseSeconds: 5, schemas: {} },
};

/** Fills what a partial settings object leaves out with the defaults. */
export function withDefaults(raw: unknown): ServerSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<string, unknown>>;
  const sessions = { ...defaultServerSettings.sessions, ...(value.sessions as object | undefined) };
  const validation = { ...defaultServerSettings.validation, ...(value.validation as object | undefined) };
  return { sessions, validation } as ServerSettings;
}
