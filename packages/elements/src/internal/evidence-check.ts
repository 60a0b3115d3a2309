import { sniffEvidenceType } from '@txassist/contract/values';
import type { EvidenceType } from '@txassist/contract/types';

/**
 * Checks a chosen file in the browser before it is sent, the same way the server checks it again
 * (the contract's `sniffEvidenceType`): the type by the file's first bytes (a text file renamed
 * `photo.jpg` is refused), its size, and how many files the case may hold. The server stays the authority.
 */

/** Why a file was refused; each has its own message and next step in the catalog. */
export type EvidenceProblem = 'type' | 'size' | 'count' | 'empty';

export interface EvidenceRules {
  readonly allowedTypes: readonly string[];
  readonly maxBytes: number;
  readonly maxCount: number;
}

/** The file's real type from its first bytes, or `undefined` when it is none we accept. */
export async function detectType(file: Blob): Promise<EvidenceType | undefined> {
  return sniffEvidenceType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
}

export interface EvidenceVerdict {
  readonly problem: EvidenceProblem | undefined;
  /** The type by content, when recognised. */
  readonly type: EvidenceType | undefined;
}

/**
 * Checks one file; `alreadyChosen` counts the files kept before it (so the seventh of six is refused
 * while the first six stay).
 */
export async function checkEvidence(file: Blob, alreadyChosen: number, rules: EvidenceRules): Promise<EvidenceVerdict> {
  if (alreadyChosen >= rules.maxCount) return { problem: 'count', type: undefined };
  if (file.size === 0) return { problem: 'empty', type: undefined };
  if (file.size > rules.maxBytes) return { problem: 'size', type: undefined };
  const type = await detectType(file);
  if (!type || !rules.allowedTypes.includes(type)) return { problem: 'type', type };
  return { problem: undefined, type };
}
