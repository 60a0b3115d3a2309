import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allowedRefundActions,
  CASE_ACTORS,
  REFUND_ACTIONS,
  REFUND_RULES,
  REFUND_STATUSES,
  REFUND_TYPES,
  refundTransition,
  RefundActionRequest,
  TERMINAL_REFUND_STATUSES,
  type CaseActor,
  type RefundActionType,
  type RefundStatus,
  type RefundType,
} from '@txassist/contract';

type DocumentedRule = { by: CaseActor[]; from: (type: RefundType) => RefundStatus[]; to: RefundStatus };
const any =
  (...statuses: RefundStatus[]) =>
  () =>
    statuses;
const only =
  (types: Partial<Record<RefundType, RefundStatus[]>>) =>
  (type: RefundType): RefundStatus[] =>
    types[type] ?? [];

/**
 * The table in docs/api/cases.md ("Refund, return and replacement requests"), written out by hand: the oracle
 * the contract's REFUND_RULES is checked against (a "from" without request types applies to every type).
 */
const DOCUMENTED: Record<RefundActionType, DocumentedRule> = {
  approve: { by: ['seller'], from: any('requested'), to: 'approved' },
  auto_approve: { by: ['system'], from: any('requested'), to: 'approved' },
  reject: { by: ['seller'], from: any('requested'), to: 'rejected' },
  offer_partial: {
    by: ['seller'],
    from: only({ refund: ['requested'], return_and_refund: ['requested'] }),
    to: 'countered',
  },
  accept_offer: { by: ['buyer'], from: any('countered'), to: 'approved' },
  decline_offer: { by: ['buyer'], from: any('countered'), to: 'rejected' },
  lapse_offer: { by: ['system'], from: any('countered'), to: 'cancelled' },
  issue_return_label: {
    by: ['seller'],
    from: only({ return_and_refund: ['approved'], replacement: ['approved'] }),
    to: 'awaiting_buyer_shipment',
  },
  mark_shipped: { by: ['buyer'], from: any('awaiting_buyer_shipment'), to: 'buyer_shipped' },
  expire_return: { by: ['system'], from: any('awaiting_buyer_shipment'), to: 'cancelled' },
  mark_received: { by: ['seller'], from: any('buyer_shipped'), to: 'received' },
  issue_refund: {
    by: ['system'],
    from: only({ refund: ['approved'], return_and_refund: ['received'] }),
    to: 'refunded',
  },
  ship_replacement: { by: ['seller'], from: only({ replacement: ['approved', 'received'] }), to: 'replaced' },
  complete: { by: ['buyer', 'system'], from: any('refunded', 'replaced'), to: 'completed' },
  cancel: {
    by: ['buyer'],
    from: any('requested', 'countered', 'approved', 'awaiting_buyer_shipment'),
    to: 'cancelled',
  },
};

describe('refund lifecycle table', () => {
  test('has a rule for every action, naming only known statuses, types and actors', () => {
    assert.deepEqual(Object.keys(REFUND_RULES).sort(), [...REFUND_ACTIONS].sort());
    for (const [action, rule] of Object.entries(REFUND_RULES)) {
      assert.ok(REFUND_STATUSES.includes(rule.to), action);
      assert.ok(rule.by.length > 0, action);
      for (const actor of rule.by) assert.ok(CASE_ACTORS.includes(actor), `${action}: ${actor}`);
      for (const [type, froms] of Object.entries(rule.from)) {
        assert.ok(REFUND_TYPES.includes(type as RefundType), `${action}: ${type}`);
        for (const from of froms) assert.ok(REFUND_STATUSES.includes(from), `${action}: ${from}`);
        assert.ok(!froms.includes(rule.to), `${action} loops on ${rule.to}`);
      }
    }
  });

  test('every combination is allowed exactly as docs/api/cases.md documents it, and refused with the right code otherwise', () => {
    let allowed = 0;
    for (const type of REFUND_TYPES) {
      for (const status of REFUND_STATUSES) {
        for (const action of REFUND_ACTIONS) {
          for (const actor of CASE_ACTORS) {
            const documented = DOCUMENTED[action];
            const expected = !documented.by.includes(actor)
              ? { ok: false, code: 'forbidden' }
              : !documented.from(type).includes(status)
                ? { ok: false, code: 'transition_not_allowed' }
                : { ok: true, to: documented.to };
            assert.deepEqual(
              refundTransition(type, status, action, actor),
              expected,
              `${type} ${status} ${action} ${actor}`,
            );
            if (expected.ok) allowed++;
          }
        }
      }
    }
    assert.equal(allowed, 59, 'allowed (type, status, action, actor) combinations');
  });

  test('terminal statuses allow nothing; every other status can move on', () => {
    for (const type of REFUND_TYPES) {
      for (const status of REFUND_STATUSES) {
        const anyone = CASE_ACTORS.flatMap((actor) => allowedRefundActions(type, status, actor));
        if (TERMINAL_REFUND_STATUSES.includes(status)) assert.deepEqual(anyone, [], `${type} ${status}`);
      }
    }
    const reachable = (type: RefundType) => {
      const seen = new Set<RefundStatus>(['requested']);
      for (let changed = true; changed;) {
        changed = false;
        for (const rule of Object.values(REFUND_RULES)) {
          if ((rule.from[type] ?? []).some((from) => seen.has(from)) && !seen.has(rule.to)) {
            seen.add(rule.to);
            changed = true;
          }
        }
      }
      return seen;
    };
    assert.deepEqual([...reachable('refund')].sort(), [
      'approved',
      'cancelled',
      'completed',
      'countered',
      'refunded',
      'rejected',
      'requested',
    ]);
    assert.ok(reachable('return_and_refund').has('buyer_shipped'));
    assert.ok(reachable('return_and_refund').has('refunded'));
    assert.ok(!reachable('return_and_refund').has('replaced'));
    assert.ok(reachable('replacement').has('replaced'));
    assert.ok(!reachable('replacement').has('refunded'), 'a replacement never moves money');
    assert.ok(!reachable('replacement').has('countered'), 'a replacement cannot be countered');
  });

  test('the money moves only by the system, and buyers and sellers act only on their own steps', () => {
    assert.deepEqual(REFUND_RULES.issue_refund.by, ['system']);
    assert.deepEqual(REFUND_RULES.auto_approve.by, ['system']);
    assert.deepEqual(allowedRefundActions('refund', 'requested', 'seller'), ['approve', 'reject', 'offer_partial']);
    assert.deepEqual(allowedRefundActions('refund', 'requested', 'buyer'), ['cancel']);
    assert.deepEqual(allowedRefundActions('return_and_refund', 'approved', 'seller'), ['issue_return_label']);
    assert.deepEqual(allowedRefundActions('replacement', 'approved', 'seller'), [
      'issue_return_label',
      'ship_replacement',
    ]);
    assert.deepEqual(allowedRefundActions('refund', 'requested', 'agent'), []);
  });

  test('the action request accepts only caller actions with their fields', () => {
    assert.equal(RefundActionRequest.safeParse({ action: 'approve' }).success, true);
    assert.equal(
      RefundActionRequest.safeParse({ action: 'issue_refund' }).success,
      false,
      'system steps are not requests',
    );
    assert.equal(RefundActionRequest.safeParse({ action: 'offer_partial' }).success, false, 'needs an amount');
    assert.equal(RefundActionRequest.safeParse({ action: 'offer_partial', amount: 1.5 }).success, false);
    assert.equal(RefundActionRequest.safeParse({ action: 'mark_shipped', carrier: 'sim' }).success, false);
    assert.equal(
      RefundActionRequest.safeParse({ action: 'mark_shipped', carrier: 'sim', tracking_number: 'ABC123' }).success,
      true,
    );
  });
});
