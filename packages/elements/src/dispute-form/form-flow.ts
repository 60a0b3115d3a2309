import type { CreateDisputeRequest, DesiredOutcome, Dispute, DisputeReason } from '@txassist/contract/types';
import type { DraftStore } from '@txassist/sdk';
import { describeFailure, type Failure } from '../internal/failure.js';
import type { DisputeClient } from './client.js';
import { emptyDraft, draftKey, hasContent, readDraft, type DisputeDraft, type DraftFile } from './draft.js';
import type { EvidenceRules, EvidenceVerdict } from '../internal/evidence-check.js';
import { readyEntry, updateEntry, type EvidenceEntry, type RefusedFile } from './evidence-state.js';
import type { OrderSummary } from './types.js';
import type { FormField } from './views/form-view.js';

export type DraftStatus = 'none' | 'saved' | 'memory' | 'restored';

type EvidenceChecks = typeof import('../internal/evidence-check.js');

const MIN_DESCRIPTION = 10;
const SAVE_DELAY_MS = 250;

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export interface FormFlowOptions {
  readonly orderId: string;
  readonly client: DisputeClient;
  readonly store: DraftStore<DisputeDraft>;
  readonly rules: EvidenceRules;
  /** Whether the browser is online now (uploads wait while it is not). */
  readonly online: () => boolean;
  /** Called after every change of state; the element re-renders. */
  readonly onChange: () => void;
}

/**
 * The dispute form's behaviour, without any UI: the draft (restored, then saved after each change),
 * evidence checks and uploads (progress, cancel, retry), validation and a submission that files the
 * case once — the idempotency key is fixed in the draft at the first attempt and reused by every retry,
 * across reloads too.
 */
export class DisputeFormFlow {
  draft: DisputeDraft;
  entries: EvidenceEntry[] = [];
  refused: RefusedFile[] = [];
  errors: ReadonlySet<FormField> = new Set();
  submitting = false;
  submitFailure: Failure | undefined;
  draftStatus: DraftStatus = 'none';
  restoredAt: string | undefined;

  readonly #options: FormFlowOptions;
  readonly #uploads = new Map<string, AbortController>();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;
  /** The evidence checks: a chunk of their own, fetched as soon as the form is shown, used once a file is chosen. */
  #checks: Promise<EvidenceChecks> | undefined;

  constructor(options: FormFlowOptions) {
    this.#options = options;
    this.draft = emptyDraft(options.orderId);
    void this.#loadChecks().catch(() => undefined);
  }

  /** The checks' chunk; one that did not load (offline) is tried again at the next file. */
  #loadChecks(): Promise<EvidenceChecks> {
    return (this.#checks ??= import('../internal/evidence-check.js').catch((error: unknown) => {
      this.#checks = undefined;
      throw error;
    }));
  }

  /** Checks one file; without the checks' chunk it is kept and the server's own check decides (see `upload`). */
  async #check(file: File, kept: number): Promise<EvidenceVerdict | undefined> {
    const checks = await this.#loadChecks().catch(() => undefined);
    return checks?.checkEvidence(file, kept, this.#options.rules);
  }

  /** Reads the buyer's saved draft, if any, and shows it. */
  async restore(): Promise<void> {
    const saved = readDraft(await this.#options.store.load(draftKey(this.#options.orderId)), this.#options.orderId);
    if (this.#disposed || !saved || !hasContent(saved)) return;
    this.draft = saved;
    this.entries = saved.files.map((file) => ({
      ...readyEntry(file.id, file.file),
      status: file.evidenceId ? 'uploaded' : 'ready',
      progress: file.evidenceId ? 1 : 0,
      evidenceId: file.evidenceId,
    }));
    this.draftStatus = 'restored';
    this.restoredAt = saved.savedAt;
    this.#changed();
    this.resumeUploads();
  }

  dispose(): void {
    this.#disposed = true;
    for (const upload of this.#uploads.values()) upload.abort();
    if (this.#saveTimer) {
      clearTimeout(this.#saveTimer);
      void this.#saveNow();
    }
  }

  // ---- fields ---------------------------------------------------------------------------------

  setReason(reason: DisputeReason): void {
    this.#edit({ reason });
  }

  setOutcome(outcome: DesiredOutcome): void {
    this.#edit({ outcome });
  }

  setDescription(description: string): void {
    this.#edit({ description });
  }

  toggleItem(lineItemId: string, chosen: boolean, quantity: number): void {
    const items = { ...this.draft.items };
    if (chosen) items[lineItemId] = items[lineItemId] ?? quantity;
    else delete items[lineItemId];
    this.#edit({ items });
  }

  setQuantity(lineItemId: string, quantity: number, max: number): void {
    if (this.draft.items[lineItemId] === undefined || !Number.isInteger(quantity)) return;
    this.#edit({ items: { ...this.draft.items, [lineItemId]: Math.min(Math.max(quantity, 1), max) } });
  }

  #edit(change: Partial<DisputeDraft>): void {
    this.draft = { ...this.draft, ...change };
    if (this.errors.size > 0) this.errors = this.#validate(false);
    this.#changed();
    this.#scheduleSave();
  }

  // ---- evidence -------------------------------------------------------------------------------

  /** Checks each chosen file (type by content, size, count) and starts uploading the good ones. */
  async addFiles(files: readonly File[]): Promise<void> {
    const refused: RefusedFile[] = [];
    for (const file of files) {
      const kept = this.draft.files.length;
      const verdict = await this.#check(file, kept);
      if (verdict?.problem) {
        refused.push({ name: file.name, problem: verdict.problem });
        continue;
      }
      const entry: DraftFile = { id: newId(), file, uploadKey: newId(), evidenceId: undefined };
      this.draft = { ...this.draft, files: [...this.draft.files, entry] };
      this.entries = [...this.entries, readyEntry(entry.id, file)];
    }
    this.refused = refused;
    if (this.errors.has('evidence')) this.errors = this.#validate(false);
    this.#changed();
    this.#scheduleSave();
    this.resumeUploads();
  }

  /** Starts every upload that is ready (after choosing, restoring, or coming back online). */
  resumeUploads(): void {
    if (!this.#options.online()) return;
    for (const entry of this.entries) if (entry.status === 'ready') void this.upload(entry.id);
  }

  async upload(id: string): Promise<boolean> {
    const file = this.draft.files.find((candidate) => candidate.id === id);
    if (!file || this.#uploads.has(id)) return false;
    if (file.evidenceId) return true;
    const controller = new AbortController();
    this.#uploads.set(id, controller);
    this.#setEntry(id, { status: 'uploading', progress: undefined });
    try {
      const evidence = await this.#options.client.disputes.uploadEvidence(
        this.#options.orderId,
        file.file,
        file.file.name,
        {
          signal: controller.signal,
          idempotencyKey: file.uploadKey,
          onProgress: (fraction) => {
            if (!controller.signal.aborted) this.#setEntry(id, { progress: fraction });
          },
        },
      );
      this.draft = {
        ...this.draft,
        files: this.draft.files.map((entry) => (entry.id === id ? { ...entry, evidenceId: evidence.id } : entry)),
      };
      this.#setEntry(id, { status: 'uploaded', progress: 1, evidenceId: evidence.id });
      this.#scheduleSave();
      return true;
    } catch (error) {
      if (this.#disposed) return false;
      if (controller.signal.aborted) {
        this.#setEntry(id, { status: 'cancelled', progress: 0 });
      } else {
        const code = (error as { code?: unknown }).code;
        // The server's own check refused it (a type the browser could not tell, a stricter limit).
        if (
          code === 'evidence_type_not_allowed' ||
          code === 'evidence_too_large' ||
          code === 'evidence_limit_reached'
        ) {
          this.refused = [
            ...this.refused,
            {
              name: file.file.name,
              problem: code === 'evidence_type_not_allowed' ? 'type' : code === 'evidence_too_large' ? 'size' : 'count',
            },
          ];
          this.remove(id);
          return false;
        }
        this.#setEntry(id, { status: 'failed', progress: 0 });
      }
      return false;
    } finally {
      this.#uploads.delete(id);
    }
  }

  cancel(id: string): void {
    this.#uploads.get(id)?.abort();
  }

  remove(id: string): void {
    this.cancel(id);
    this.draft = { ...this.draft, files: this.draft.files.filter((file) => file.id !== id) };
    this.entries = this.entries.filter((entry) => entry.id !== id);
    if (this.errors.has('evidence')) this.errors = this.#validate(false);
    this.#changed();
    this.#scheduleSave();
  }

  #setEntry(id: string, change: Partial<EvidenceEntry>): void {
    this.entries = updateEntry(this.entries, id, change);
    this.#changed();
  }

  // ---- submission -----------------------------------------------------------------------------

  #validate(includeEvidence: boolean): Set<FormField> {
    const errors = new Set<FormField>();
    const draft = this.draft;
    if (!draft.reason) errors.add('reason');
    if (Object.keys(draft.items).length === 0) errors.add('items');
    if (draft.description.trim().length < MIN_DESCRIPTION) errors.add('description');
    if (!draft.outcome) errors.add('outcome');
    if (includeEvidence && this.entries.some((entry) => entry.status === 'failed' || entry.status === 'cancelled'))
      errors.add('evidence');
    return errors;
  }

  /**
   * Validates, uploads what is left, and files the case. Resolves the dispute, or `undefined` when the
   * form needs the buyer (errors) or sending failed (`submitFailure`); the draft is kept either way.
   */
  async submit(): Promise<Dispute | undefined> {
    if (this.submitting) return undefined;
    this.submitFailure = undefined;
    this.errors = this.#validate(false);
    if (this.errors.size > 0) {
      this.#changed();
      return undefined;
    }
    this.submitting = true;
    // Fixed before the first attempt and saved with the draft: a retry, even after a reload, files once.
    if (!this.draft.idempotencyKey) this.draft = { ...this.draft, idempotencyKey: newId() };
    await this.#saveNow();
    this.#changed();
    try {
      const results = await Promise.all(
        this.entries.filter((entry) => entry.status !== 'uploaded').map((entry) => this.upload(entry.id)),
      );
      if (results.some((ok) => !ok)) {
        this.errors = new Set<FormField>(['evidence']);
        return undefined;
      }
      const draft = this.draft;
      const body: CreateDisputeRequest = {
        reason: draft.reason as DisputeReason,
        items: Object.entries(draft.items).map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
        description: draft.description.trim(),
        desired_outcome: draft.outcome as DesiredOutcome,
        evidence_ids: draft.files.map((file) => file.evidenceId).filter((id) => id !== undefined),
      };
      const dispute = await this.#options.client.disputes.file(this.#options.orderId, body, {
        idempotencyKey: draft.idempotencyKey,
      });
      await this.#options.store.remove(draftKey(this.#options.orderId));
      this.draftStatus = 'none';
      return dispute;
    } catch (error) {
      this.submitFailure = describeFailure(error);
      return undefined;
    } finally {
      this.submitting = false;
      this.#changed();
    }
  }

  /** Forgets the draft and empties the form. */
  async discard(): Promise<void> {
    for (const upload of this.#uploads.values()) upload.abort();
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.draft = emptyDraft(this.#options.orderId);
    this.entries = [];
    this.refused = [];
    this.errors = new Set();
    this.submitFailure = undefined;
    this.draftStatus = 'none';
    await this.#options.store.remove(draftKey(this.#options.orderId));
    this.#changed();
  }

  // ---- saving ---------------------------------------------------------------------------------

  #scheduleSave(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#saveNow(), SAVE_DELAY_MS);
  }

  async #saveNow(): Promise<void> {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const key = draftKey(this.#options.orderId);
    if (!hasContent(this.draft)) {
      await this.#options.store.remove(key);
      return;
    }
    const draft = { ...this.draft, savedAt: new Date().toISOString() };
    this.draft = draft;
    const persistent = await this.#options.store.save(key, draft);
    if (this.#disposed) return;
    const status: DraftStatus = persistent ? 'saved' : 'memory';
    if (this.draftStatus !== status) {
      this.draftStatus = status;
      this.#changed();
    }
  }

  #changed(): void {
    if (!this.#disposed) this.#options.onChange();
  }
}

/** Applies what the buyer changed in the form (an `input` event's target) to the flow. */
export function applyInput(flow: DisputeFormFlow, target: Element, order: OrderSummary): void {
  const input = target as HTMLInputElement;
  const item = order.items.find((candidate) => candidate.id === (input.dataset.item ?? input.value));
  switch (input.name) {
    case 'reason':
      return flow.setReason(input.value as DisputeReason);
    case 'outcome':
      return flow.setOutcome(input.value as DesiredOutcome);
    case 'description':
      return flow.setDescription(input.value);
    case 'item':
      if (item) flow.toggleItem(item.id, input.checked, item.quantity);
      return;
    case 'quantity':
      if (item) flow.setQuantity(item.id, Number(input.value), item.quantity);
  }
}
