import { payloadTree } from '../json/payloadTree';
import type { JsonText } from '../model';
import { schemaCodes } from './codes';
import { findValueNode, tokenSpan } from './jsonLocation';
import type { RelativeProblem } from './types';

export const knownProtocolVersions = ['0.1.0'] as const;
export type KnownProtocolVersion = (typeof knownProtocolVersions)[number];

/** The version to validate with when none or an unknown one is given. */
export const fallbackProtocolVersion: KnownProtocolVersion = '0.1.0';

export function isKnownProtocolVersion(version: string | undefined): version is KnownProtocolVersion {
  return (knownProtocolVersions as readonly string[]).includes(version as string);
}

export function resolveProtocolVersion(version: string | undefined): KnownProtocolVersion {
  return isKnownProtocolVersion(version) ? version : fallbackProtocolVersion;
}

/** The HELLO answer's `protocol`, when it is a string. */
export function protocolOf(json: JsonText): string | undefined {
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const protocol = (value as { protocol?: unknown }).protocol;
  return typeof protocol === 'string' ? protocol : undefined;
}

/**
 * A `schema.unknown-protocol` warning on the `protocol` value of a HELLO answer that names a version
 * with no schemas. A missing or non-string `protocol` is the schema's business, not this one's.
 */
export function checkProtocolVersion(json: JsonText): RelativeProblem | undefined {
  const protocol = protocolOf(json);
  if (protocol === undefined || isKnownProtocolVersion(protocol)) return undefined;
  const root = payloadTree(json);
  const node = root && findValueNode(root, ['protocol']);
  return {
    code: 'schema.unknown-protocol',
    severity: schemaCodes['schema.unknown-protocol'].severity,
    message:
      `protocol: "${protocol}" is not a known protocol version (known: ${knownProtocolVersions.join(', ')}); ` +
      `messages are checked against ${fallbackProtocolVersion}`,
    span: node ? tokenSpan(node) : { start: 0, end: 0 },
  };
}
