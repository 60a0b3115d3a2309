import { sniffEvidenceType } from '@txassist/contract/values';
import type {
  CaseMessage,
  CreateDisputeRequest,
  Dispute,
  DisputeActionRequest,
  DisputeStatus,
  Evidence,
  EvidenceRules,
} from '@txassist/contract/types';
import {
  createDisputeRoute,
  disputeActionRoute,
  getDisputeRoute,
  getEvidenceContentRoute,
  listDisputesRoute,
  postDisputeMessageRoute,
  uploadEvidenceRoute,
} from '../internal/contract.generated.js';
import { base64ToBytes, bytesToBase64 } from '../internal/base64.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { xhrUploadTransport } from '../internal/xhr-upload.js';
import { caseResource, type ListCasesParams } from './cases.js';

export type ListDisputesParams = ListCasesParams<DisputeStatus>;

export interface EvidenceUploadOptions extends MutationOptions {
  /**
   * Called with increasing fractions 0…1: 0 when the upload starts and 1 once the server has stored the file.
   * In browsers the upload goes through `XMLHttpRequest` and reports in between how much was sent (scaled to
   * 0…0.95: the rest is the server checking and storing it). Where there is none (Node) only 0 and 1.
   */
  onProgress?: (fraction: number) => void;
}

/** The progress reported once every byte of an upload is sent; the rest comes when the server has stored it. */
const SENT_SHARE = 0.95;

/** A file to upload: a `File`/`Blob` from an input, or raw bytes. */
export type EvidenceSource = Blob | ArrayBuffer | Uint8Array;

async function bytesOf(source: EvidenceSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(await source.arrayBuffer());
}

/**
 * Checks a file against the seller's evidence rules (`eligibility.policy.evidence`) the way the
 * server will — type from the first bytes, size — so the page can say what is wrong before
 * uploading. Resolves to the error code the server would answer with, or `null` when it passes.
 */
export async function checkEvidenceFile(
  source: EvidenceSource,
  rules: EvidenceRules,
): Promise<'evidence_type_not_allowed' | 'evidence_too_large' | null> {
  const head =
    source instanceof Blob
      ? new Uint8Array(await source.slice(0, 16).arrayBuffer())
      : (await bytesOf(source)).subarray(0, 16);
  const type = sniffEvidenceType(head);
  if (!type || !rules.accepted_types.includes(type)) return 'evidence_type_not_allowed';
  const size = source instanceof Blob ? source.size : source.byteLength;
  return size > rules.max_bytes ? 'evidence_too_large' : null;
}

type ActionBody<A extends DisputeActionRequest['action']> = Omit<
  Extract<DisputeActionRequest, { action: A }>,
  'action'
>;

export function createDisputesResource(http: Http) {
  const { step, methods } = caseResource<Dispute, DisputeStatus, CreateDisputeRequest, DisputeActionRequest>(http, {
    idParam: 'dispute_id',
    create: createDisputeRoute,
    list: listDisputesRoute,
    get: getDisputeRoute,
    action: disputeActionRoute,
  });
  const { create, ...shared } = methods;

  return {
    ...shared,
    /** Files a dispute. Safe to retry: pass the same `idempotencyKey` (e.g. kept with the draft) and it is filed once. */
    file: create,

    /**
     * Uploads one evidence file for an order (before filing); attach it by `id`. The server detects the type
     * from the bytes. Abort with `options.signal`; retry with the same `idempotencyKey` to never store it twice.
     */
    async uploadEvidence(
      orderId: string,
      file: EvidenceSource,
      filename: string,
      options: EvidenceUploadOptions = {},
    ): Promise<Evidence> {
      const { onProgress, ...request } = options;
      // Never backwards (a retry sends the body again), and 1 only once the file is stored.
      let reported = -1;
      const report = (fraction: number) => {
        if (fraction <= reported) return;
        reported = fraction;
        onProgress?.(fraction);
      };
      const transport = onProgress ? xhrUploadTransport((sent) => report(SENT_SHARE * sent)) : undefined;
      if (!transport) report(0);
      const data = bytesToBase64(await bytesOf(file));
      const evidence = await http.request(
        uploadEvidenceRoute,
        { params: { order_id: orderId }, body: { filename, data } },
        { ...request, transport },
      );
      report(1);
      return evidence;
    },

    /** An evidence file and its bytes (e.g. for `URL.createObjectURL(new Blob([bytes], { type: evidence.content_type }))`). */
    async evidenceContent(
      evidenceId: string,
      options?: RequestOptions,
    ): Promise<{ evidence: Evidence; bytes: Uint8Array }> {
      const content = await http.request(getEvidenceContentRoute, { params: { evidence_id: evidenceId } }, options);
      return { evidence: content.evidence, bytes: base64ToBytes(content.data) };
    },

    /** Adds a message (with optional evidence ids) to the mediation thread. */
    postMessage(
      id: string,
      message: { body: string; evidence_ids?: string[] },
      options?: MutationOptions,
    ): Promise<CaseMessage> {
      return http.request(
        postDisputeMessageRoute,
        { params: { dispute_id: id }, body: message as { body: string; evidence_ids?: `evi_${string}`[] } },
        options,
      );
    },

    acceptOffer: (id: string, options?: MutationOptions) => step(id, 'accept_offer', {}, options),
    declineOffer: (id: string, note?: string, options?: MutationOptions) =>
      step(id, 'decline_offer', note ? { note } : {}, options),
    escalate: (id: string, note?: string, options?: MutationOptions) =>
      step(id, 'escalate', note ? { note } : {}, options),
    withdraw: (id: string, note?: string, options?: MutationOptions) =>
      step(id, 'withdraw', note ? { note } : {}, options),
    provideInfo: (id: string, message: string, evidenceIds?: string[], options?: MutationOptions) =>
      step(
        id,
        'provide_info',
        { message, ...(evidenceIds ? { evidence_ids: evidenceIds as `evi_${string}`[] } : {}) },
        options,
      ),
    /** Seller: offer a full or partial refund, a replacement or a return. */
    offer: (id: string, offer: ActionBody<'offer'>, options?: MutationOptions) => step(id, 'offer', offer, options),
    /** Seller: reject the claim (the buyer may then escalate). */
    reject: (id: string, reason: string, options?: MutationOptions) => step(id, 'reject', { reason }, options),
  };
}

export type DisputesResource = ReturnType<typeof createDisputesResource>;
