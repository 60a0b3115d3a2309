// API versions as data (zod-free: the SDK sends the header from browser bundles). docs/api-versions.md
// explains the policy; the server shapes answers for older versions with the `downgrade` of each change.

/** The request header naming the version a caller was written against; the server echoes the one it applied. */
export const API_VERSION_HEADER = 'TxAssist-Version';

/** One breaking change: what a caller pinned before `version` still gets, and what changed. */
export interface ApiVersionChange {
  /** Stable id, used in docs and tests. */
  readonly id: string;
  /** Which answers it touches, by route `operationId`. */
  readonly operations: readonly string[];
  /** What changed, in one sentence for the changelog. */
  readonly summary: string;
}

export interface ApiVersion {
  /** `YYYY-MM-DD`: the day the version was released. */
  readonly version: string;
  /** The breaking changes this version makes, compared with the one before it. */
  readonly changes: readonly ApiVersionChange[];
}

/** Every supported version, oldest first. The last one is what the SDK of this release sends. */
export const API_VERSIONS = [
  {
    version: '2026-11-26',
    changes: [],
  },
  {
    version: '2026-12-07',
    changes: [
      {
        id: 'webhook_endpoint_enabled_events',
        operations: ['createWebhookEndpoint'],
        summary:
          'A webhook endpoint lists its event types as `enabled_events` (was `events`), the name of the field it is created with stays `events`.',
      },
    ],
  },
] as const satisfies readonly ApiVersion[];

export type ApiVersionName = (typeof API_VERSIONS)[number]['version'];

/**
 * The newest version: what the server applies when neither the request nor the seller names one, and what
 * the SDK sends. A literal, so browser bundles carry 10 bytes, not the table (a test checks it is the last row).
 */
export const LATEST_API_VERSION = '2026-12-07' satisfies ApiVersionName;

/** The oldest version the server still shapes answers for (the support window, docs/api-versions.md). */
export const OLDEST_API_VERSION: ApiVersionName = API_VERSIONS[0]!.version;

/** Whether `value` names a supported version exactly. */
export function isApiVersion(value: string): value is ApiVersionName {
  return API_VERSIONS.some((entry) => entry.version === value);
}

/** The changes a caller pinned to `version` must be shielded from (those of every later version), newest first. */
export function changesAfter(version: ApiVersionName): ApiVersionChange[] {
  return API_VERSIONS.filter((entry) => entry.version > version)
    .flatMap((entry) => entry.changes as readonly ApiVersionChange[])
    .reverse();
}
