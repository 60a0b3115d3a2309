import type { EvidenceProblem } from '../internal/evidence-check.js';

/** Where one chosen file stands: kept for sending, on its way (with progress), sent, failed or stopped. */
export type UploadStatus = 'ready' | 'uploading' | 'uploaded' | 'failed' | 'cancelled';

export interface EvidenceEntry {
  /** The id of the file in the draft. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly status: UploadStatus;
  /** 0 to 1 while uploading; `undefined` until the client reports progress (the bar is then indeterminate). */
  readonly progress: number | undefined;
  /** The server's id once uploaded. */
  readonly evidenceId: string | undefined;
}

/** A file the browser refused before sending it, and why. */
export interface RefusedFile {
  readonly name: string;
  readonly problem: EvidenceProblem;
}

export function readyEntry(id: string, file: File): EvidenceEntry {
  return { id, name: file.name, size: file.size, status: 'ready', progress: 0, evidenceId: undefined };
}

export function updateEntry(
  entries: readonly EvidenceEntry[],
  id: string,
  change: Partial<EvidenceEntry>,
): EvidenceEntry[] {
  return entries.map((entry) => (entry.id === id ? { ...entry, ...change } : entry));
}

/** Files that still have to reach the server. */
export function pendingUploads(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  return entries.filter((entry) => entry.status !== 'uploaded');
}
