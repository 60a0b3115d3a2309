import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allowedDisputeActions,
  CASE_ACTORS,
  CreateDisputeRequest,
  DEFAULT_SELLER_POLICY,
  DISPUTE_ACTIONS,
  DISPUTE_REASONS,
  DISPUTE_RULES,
  DISPUTE_STATUSES,
  disputeTransition,
  DisputeActionRequest,
  OPEN_DISPUTE_STATUSES,
  sniffEvidenceType,
  TERMINAL_DISPUTE_STATUSES,
  UpdateSellerPolicyRequest,
  type CaseActor,
  type DisputeActionType,
  type DisputeStatus,
} from '@txassist/contract';

/** The open statuses as docs/api/cases.md names them ("any open status" for `withdraw`). */
const OPEN: DisputeStatus[] = ['awaiting_seller', 'offer_pending', 'no_agreement', 'escalated', 'awaiting_info'];

/**
 * The table in docs/api/cases.md ("Disputes"), written out by hand: the oracle the contract's DISPUTE_RULES is
 * checked against. `provide_info` is "the party asked": buyer or seller (the server narrows it per case).
 */
const DOCUMENTED: Record<DisputeActionType, { by: CaseActor[]; from: DisputeStatus[]; to: DisputeStatus }> = {
  offer: { by: ['seller'], from: ['awaiting_seller', 'no_agreement'], to: 'offer_pending' },
  reject: { by: ['seller'], from: ['awaiting_seller'], to: 'no_agreement' },
  seller_deadline_passed: { by: ['system'], from: ['awaiting_seller'], to: 'no_agreement' },
  accept_offer: { by: ['buyer'], from: ['offer_pending'], to: 'settled' },
  decline_offer: { by: ['buyer'], from: ['offer_pending'], to: 'no_agreement' },
  offer_lapsed: { by: ['system'], from: ['offer_pending'], to: 'no_agreement' },
  escalate: { by: ['buyer', 'seller'], from: ['no_agreement'], to: 'escalated' },
  request_info: { by: ['agent'], from: ['escalated'], to: 'awaiting_info' },
  provide_info: { by: ['buyer', 'seller'], from: ['awaiting_info'], to: 'escalated' },
  decide_for_buyer: { by: ['agent'], from: ['escalated', 'awaiting_info'], to: 'resolved_buyer' },
  decide_for_seller: { by: ['agent'], from: ['escalated', 'awaiting_info'], to: 'resolved_seller' },
  withdraw: { by: ['buyer'], from: OPEN, to: 'withdrawn' },
};

describe('dispute lifecycle table', () => {
  test('has a rule for every action with known statuses and actors; open and terminal split the statuses', () => {
    assert.deepEqual(Object.keys(DISPUTE_RULES).sort(), [...DISPUTE_ACTIONS].sort());
    for (const [action, rule] of Object.entries(DISPUTE_RULES)) {
      assert.ok(DISPUTE_STATUSES.includes(rule.to), action);
      for (const from of rule.from) assert.ok(DISPUTE_STATUSES.includes(from), `${action}: ${from}`);
      for (const actor of rule.by) assert.ok(CASE_ACTORS.includes(actor), `${action}: ${actor}`);
      assert.ok(!rule.from.includes(rule.to), `${action} loops`);
    }
    assert.deepEqual([...OPEN_DISPUTE_STATUSES, ...TERMINAL_DISPUTE_STATUSES].sort(), [...DISPUTE_STATUSES].sort());
  });

  test('every combination is allowed exactly as docs/api/cases.md documents it, and refused with the right code otherwise', () => {
    let allowed = 0;
    for (const status of DISPUTE_STATUSES) {
      for (const action of DISPUTE_ACTIONS) {
        for (const actor of CASE_ACTORS) {
          const documented = DOCUMENTED[action];
          const expected = !documented.by.includes(actor)
            ? { ok: false, code: 'forbidden' }
            : !documented.from.includes(status)
              ? { ok: false, code: 'transition_not_allowed' }
              : { ok: true, to: documented.to };
          assert.deepEqual(disputeTransition(status, action, actor), expected, `${status} ${action} ${actor}`);
          if (expected.ok) allowed++;
        }
      }
    }
    assert.equal(allowed, 21, 'allowed (status, action, actor) combinations');
  });

  test('the buyer can withdraw at every open stage and at no closed one', () => {
    for (const status of DISPUTE_STATUSES) {
      assert.equal(
        allowedDisputeActions(status, 'buyer').includes('withdraw'),
        OPEN_DISPUTE_STATUSES.includes(status),
        status,
      );
    }
    for (const status of TERMINAL_DISPUTE_STATUSES) {
      for (const actor of CASE_ACTORS) assert.deepEqual(allowedDisputeActions(status, actor), [], `${status} ${actor}`);
    }
  });

  test('the inquiry → escalation shape: only agents decide, only after escalation', () => {
    const reachable = new Set<DisputeStatus>(['awaiting_seller']);
    for (let changed = true; changed;) {
      changed = false;
      for (const rule of Object.values(DISPUTE_RULES)) {
        if (rule.from.some((from) => reachable.has(from)) && !reachable.has(rule.to)) {
          reachable.add(rule.to);
          changed = true;
        }
      }
    }
    assert.deepEqual([...reachable].sort(), [...DISPUTE_STATUSES].sort(), 'every status is reachable');
    for (const action of ['decide_for_buyer', 'decide_for_seller', 'request_info'] as const) {
      assert.deepEqual(DISPUTE_RULES[action].by, ['agent']);
      for (const from of DISPUTE_RULES[action].from) assert.ok(['escalated', 'awaiting_info'].includes(from));
    }
    assert.deepEqual(DISPUTE_RULES.escalate.from, ['no_agreement']);
    assert.deepEqual(DISPUTE_RULES.seller_deadline_passed.by, ['system']);
  });

  test('requests are validated: reasons, outcomes, evidence ids and decisions', () => {
    const base = {
      reason: 'damaged',
      items: [{ line_item_id: 'li_abcdefgh12', quantity: 1 }],
      description: 'Broken on arrival, see photo.',
      desired_outcome: 'full_refund',
    };
    assert.equal(CreateDisputeRequest.safeParse(base).success, true);
    for (const reason of DISPUTE_REASONS)
      assert.equal(CreateDisputeRequest.safeParse({ ...base, reason }).success, true);
    assert.equal(CreateDisputeRequest.safeParse({ ...base, reason: 'bored' }).success, false);
    assert.equal(CreateDisputeRequest.safeParse({ ...base, description: 'short' }).success, false);
    assert.equal(CreateDisputeRequest.safeParse({ ...base, evidence_ids: ['photo.jpg'] }).success, false);
    assert.equal(CreateDisputeRequest.safeParse({ ...base, items: [] }).success, false);
    assert.equal(DisputeActionRequest.safeParse({ action: 'decide_for_buyer', reason: 'Clear damage' }).success, false);
    assert.equal(
      DisputeActionRequest.safeParse({ action: 'decide_for_buyer', refund_amount: 500, reason: 'Clear damage' })
        .success,
      true,
    );
    assert.equal(DisputeActionRequest.safeParse({ action: 'seller_deadline_passed' }).success, false);
  });
});

describe('seller policy and evidence rules', () => {
  test('defaults: 48 h / 24 h for replacements, every reason has a window, jpeg/png/webp/pdf', () => {
    assert.equal(DEFAULT_SELLER_POLICY.seller_response_hours, 48);
    assert.equal(DEFAULT_SELLER_POLICY.replacement_response_hours, 24);
    assert.deepEqual(Object.keys(DEFAULT_SELLER_POLICY.dispute_windows).sort(), [...DISPUTE_REASONS].sort());
    assert.equal(DEFAULT_SELLER_POLICY.dispute_windows.not_received.anchor, 'estimated_delivery');
    assert.ok(DEFAULT_SELLER_POLICY.dispute_windows.not_received.grace_hours > 0);
    assert.deepEqual(DEFAULT_SELLER_POLICY.evidence.accepted_types, [
      'image/jpeg',
      'image/png',
      'image/webp',
      'application/pdf',
    ]);
    assert.equal(UpdateSellerPolicyRequest.safeParse(DEFAULT_SELLER_POLICY).success, true);
  });

  test('refuses incoherent policies', () => {
    const bad = [
      { seller_response_hours: 0 },
      { seller_response_hours: 24, replacement_response_hours: 48 },
      { return_window_days: 400 },
      { dispute_windows: { damaged: { anchor: 'never', grace_hours: 0, length_days: 1 } } },
      { dispute_windows: { bored: { anchor: 'placed', grace_hours: 0, length_days: 1 } } },
      { evidence: { accepted_types: [], max_bytes: 1024, max_files: 1 } },
      { evidence: { accepted_types: ['image/png'], max_bytes: 50 * 1024 * 1024, max_files: 1 } },
      { auto_approve_max_amount: { amount: -1, currency: 'USD' } },
    ];
    for (const body of bad)
      assert.equal(UpdateSellerPolicyRequest.safeParse(body).success, false, JSON.stringify(body));
  });

  test('sniffs file types from their first bytes only', () => {
    const bytes = (...values: number[]) => new Uint8Array(values);
    assert.equal(sniffEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0)), 'image/jpeg');
    assert.equal(sniffEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'image/png');
    assert.equal(sniffEvidenceType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
    assert.equal(sniffEvidenceType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt ')), undefined);
    assert.equal(sniffEvidenceType(new TextEncoder().encode('%PDF-1.7')), 'application/pdf');
    assert.equal(sniffEvidenceType(new TextEncoder().encode('GIF89a')), undefined);
    assert.equal(sniffEvidenceType(bytes(0xff, 0xd8)), undefined, 'too short');
    assert.equal(sniffEvidenceType(new Uint8Array()), undefined);
  });
});
