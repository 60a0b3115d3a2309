import type { Evidence } from '@txassist/contract/types';
import { SUPPORT_ATTACHMENTS_MAX } from '@txassist/contract/values';
import type { MutationOptions, ResourceFactory } from '@txassist/sdk';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { fileSize } from '../internal/case-views.js';
import { checkEvidence, type EvidenceProblem, type EvidenceRules } from '../internal/evidence-check.js';

/** The one SDK call attachments need: the evidence upload the dispute form makes (`client.disputes` fits). */
export interface EvidenceUploader {
  uploadEvidence(orderId: string, file: Blob, filename: string, options?: MutationOptions): Promise<Evidence>;
}

type Http = Parameters<ResourceFactory>[0];
type Route = Parameters<Http['request']>[0];
/** `POST /v1/orders/{order_id}/evidence` (the contract's `uploadEvidence`, as the SDK's disputes resource calls it). */
const UPLOAD_EVIDENCE: Route = {
  operationId: 'uploadEvidence',
  method: 'post',
  path: '/v1/orders/{order_id}/evidence',
  auth: 'token',
};

/**
 * The evidence upload on the element's own client, without the rest of the disputes resource: that
 * resource's routes would land in the assistant's first chunk (the SDK's route table is one module).
 * Same request as `disputes.uploadEvidence`: JSON with the bytes as base64, an idempotency key.
 */
export const evidenceUploader = (http: Http): EvidenceUploader => ({
  async uploadEvidence(orderId, file, filename, options) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    const body = { filename, data: btoa(binary) };
    return (await http.request(UPLOAD_EVIDENCE, { params: { order_id: orderId }, body }, options)) as Evidence;
  },
});

/**
 * Checked in the browser like the dispute form's files (type by the first bytes, size, count); the
 * server checks them again against the seller's policy and stays the authority.
 */
export const SUPPORT_EVIDENCE_RULES: EvidenceRules = {
  allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  maxBytes: 5 * 1024 * 1024,
  maxCount: SUPPORT_ATTACHMENTS_MAX,
};

interface Attached {
  readonly key: string;
  readonly file: File;
  evidenceId: string | undefined;
}

/**
 * The files the buyer attaches to a message: checked when chosen (refused ones are named with the
 * reason), uploaded when the message is sent (one idempotency key per file, so a retried send never
 * stores a file twice), kept when a send fails and cleared once it succeeded.
 */
export class PersonAttachments {
  files: readonly Attached[] = [];
  refused: readonly { name: string; problem: EvidenceProblem }[] = [];

  constructor(private readonly changed: () => void) {}

  async add(chosen: readonly File[]): Promise<void> {
    const refused: { name: string; problem: EvidenceProblem }[] = [];
    for (const file of chosen) {
      const { problem } = await checkEvidence(file, this.files.length, SUPPORT_EVIDENCE_RULES);
      if (problem) refused.push({ name: file.name, problem });
      else this.files = [...this.files, { key: crypto.randomUUID(), file, evidenceId: undefined }];
    }
    this.refused = refused;
    this.changed();
  }

  remove(key: string): void {
    this.files = this.files.filter((entry) => entry.key !== key);
    this.refused = [];
    this.changed();
  }

  clear(): void {
    this.files = [];
    this.refused = [];
    this.changed();
  }

  /** Uploads what is not uploaded yet on `orderId`; the evidence ids to attach. Throws the SDK's error. */
  async upload(uploader: EvidenceUploader, orderId: string): Promise<string[]> {
    for (const entry of this.files) {
      if (entry.evidenceId) continue;
      const evidence = await uploader.uploadEvidence(orderId, entry.file, entry.file.name, {
        idempotencyKey: entry.key,
      });
      entry.evidenceId = evidence.id;
    }
    return this.files.map((entry) => entry.evidenceId!);
  }

  /** The file picker (native, so keyboard and screen reader work as everywhere), its hint, refusals and files. */
  render(translator: Translator, busy: boolean) {
    const { t, locale } = translator;
    const size = fileSize(SUPPORT_EVIDENCE_RULES.maxBytes, locale);
    const count = SUPPORT_EVIDENCE_RULES.maxCount;
    const refusedId = this.refused.length ? ' person-files-refused' : '';
    return html`<div class="field" part="person-attachments">
      <label for="person-files">${t('dispute.evidence.choose')}</label>
      <input
        id="person-files"
        class="file-input"
        type="file"
        multiple
        accept=${SUPPORT_EVIDENCE_RULES.allowedTypes.join(',')}
        aria-describedby=${`person-files-hint${refusedId}`}
        aria-invalid=${this.refused.length ? 'true' : 'false'}
        ?disabled=${busy}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const chosen = [...(input.files ?? [])];
          input.value = '';
          void this.add(chosen);
        }}
      />
      <p id="person-files-hint" class="hint">${t('dispute.evidence.hint', { size, count })}</p>
      ${
        this.refused.length
          ? html`<ul id="person-files-refused" part="person-files-refused" class="error">
              ${this.refused.map(
                ({ name, problem }) =>
                  html`<li>${t(`dispute.evidence.error.${problem}`, { file: name, size, count })}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.files.length
          ? html`<ul part="person-files" class="files">
              ${this.files.map(
                (entry) =>
                  html`<li>
                    <span id=${`person-file-${entry.key}`}
                      >${t('dispute.evidence.file_label', {
                        file: entry.file.name,
                        size: fileSize(entry.file.size, locale),
                      })}</span
                    >
                    <button
                      class="button secondary"
                      type="button"
                      aria-describedby=${`person-file-${entry.key}`}
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => busy || this.remove(entry.key)}
                    >
                      ${t('dispute.evidence.remove')}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }
}
