import type { EvidenceId } from '@txassist/contract/types';
import { createDraftStore, type DraftStore } from '@txassist/sdk';

/** One chosen file as kept in the draft: the file itself (IndexedDB stores it as it is) and a stable id. */
export interface DraftFile {
  readonly id: string;
  readonly file: File;
  /** Sent with every upload attempt of this file, so a retry never stores it twice. */
  readonly uploadKey: string;
  /** The server's id once uploaded (attached to the case by id when it is filed). */
  readonly evidenceId: EvidenceId | undefined;
}

/**
 * What the buyer has entered so far, saved on their device after every change (keyed by order), so a
 * reload, a closed tab or a dead network loses nothing. `idempotencyKey` is fixed at the first attempt
 * to send: every retry — after a failure, an offline spell or a reload — sends the same key, so the
 * server files the case once.
 */
export interface DisputeDraft {
  readonly version: 1;
  readonly orderId: string;
  readonly reason: string | undefined;
  /** Line item id → quantity concerned; an item not in the map is not chosen. */
  readonly items: Readonly<Record<string, number>>;
  readonly description: string;
  readonly outcome: string | undefined;
  readonly files: readonly DraftFile[];
  readonly idempotencyKey: string | undefined;
  /** ISO time of the last save, shown when the draft is restored. */
  readonly savedAt: string;
}

export function emptyDraft(orderId: string): DisputeDraft {
  return {
    version: 1,
    orderId,
    reason: undefined,
    items: {},
    description: '',
    outcome: undefined,
    files: [],
    idempotencyKey: undefined,
    savedAt: new Date().toISOString(),
  };
}

/** Whether the buyer has entered anything worth keeping (an untouched form is not saved). */
export function hasContent(draft: DisputeDraft): boolean {
  return (
    draft.reason !== undefined ||
    draft.outcome !== undefined ||
    draft.description.trim() !== '' ||
    draft.files.length > 0 ||
    Object.keys(draft.items).length > 0
  );
}

export function draftKey(orderId: string): string {
  return `dispute:${orderId}`;
}

/** A draft read back from storage, or `undefined` if it is from another version or not a draft at all. */
export function readDraft(value: unknown, orderId: string): DisputeDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const draft = value as Partial<DisputeDraft>;
  if (draft.version !== 1 || draft.orderId !== orderId) return undefined;
  if (typeof draft.description !== 'string' || !Array.isArray(draft.files)) return undefined;
  return {
    ...emptyDraft(orderId),
    ...draft,
    files: draft.files.filter(
      (entry) =>
        entry && typeof entry.id === 'string' && typeof entry.uploadKey === 'string' && entry.file instanceof Blob,
    ),
  } as DisputeDraft;
}

let sharedStore: DraftStore<DisputeDraft> | undefined;

/** The page's draft store (one IndexedDB database for every txassist form on the origin). */
export function disputeDraftStore(): DraftStore<DisputeDraft> {
  return (sharedStore ??= createDraftStore<DisputeDraft>());
}
