// Plain-words failures of the HTTP transport: Node's error codes mapped to a few kinds a user can act on.
import type { FailureKind } from './transportTypes';

export interface FailureInfo {
  readonly kind: FailureKind;
  readonly message: string;
  readonly code?: string;
}

const tlsCode = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH$)/;

/** Maps an error of `http.request` or of the response stream. */
export function classifyNodeError(error: unknown, origin: string): FailureInfo {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const withCode = code === undefined ? {} : { code };
  switch (code) {
    case 'ECONNREFUSED':
      return { kind: 'refused', message: `${origin} refused the connection: nothing listens there. Is the service running?`, ...withCode };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return { kind: 'dns', message: `The host of ${origin} was not found (${code}). Check the endpoint URL or your network.`, ...withCode };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return { kind: 'reset', message: `${origin} closed the connection before the answer was complete (${code}).`, ...withCode };
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { kind: 'connect-timeout', message: `${origin} could not be reached (${code}).`, ...withCode };
  }
  if (code !== undefined && tlsCode.test(code)) {
    return { kind: 'tls', message: `The TLS certificate of ${origin} was not accepted: ${detail} (${code}).`, ...withCode };
  }
  return { kind: 'other', message: `The request to ${origin} failed: ${detail}`, ...withCode };
}

export const failureMessages = {
  timeout: (origin: string, ms: number) => `${origin} did not answer completely within ${ms} ms.`,
  connectTimeout: (origin: string, ms: number) => `No connection to ${origin} within ${ms} ms.`,
  aborted: (origin: string) => `The request to ${origin} was cancelled.`,
  tooLarge: (origin: string, limit: number, seen: number, declared: boolean) =>
    `The answer of ${origin} is larger than the limit of ${formatBytes(limit)}: ` +
    (declared ? `it announced ${seen} bytes.` : `reading stopped after ${seen} bytes.`),
  cutShort: (origin: string) => `${origin} closed the connection before the answer was complete.`,
  notAllowed: (origin: string) => `${origin} is not a configured endpoint: the request was not sent.`,
  redirectNotAllowed: (origin: string, location: string) =>
    `${origin} redirected to ${location}, which is not a configured endpoint: the redirect was not followed.`,
  redirectBadLocation: (origin: string, location: string) =>
    `${origin} redirected to "${location}", which is not an http(s) URL: the redirect was not followed.`,
  tooManyRedirects: (origin: string, max: number, location: string) =>
    `${origin} redirected more than ${max} times (next: ${location}): stopped.`,
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
