import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BUYER_ACTION_TARGET,
  BUYER_ACTIONS,
  BUYER_ACTIONS_BY_STATUS,
  buyerActionsFor,
  canTransition,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  TERMINAL_ORDER_STATUSES,
  type BuyerAction,
  type OrderStatus,
} from '@txassist/contract';

const sorted = (values: readonly string[]) => [...values].sort();

/** Statuses in which the buyer may take `action`. */
const statusesAllowing = (action: BuyerAction) =>
  ORDER_STATUSES.filter((status) => buyerActionsFor(status).includes(action));

/** The stages an order goes through, in order (DESIGN.md: TikTok Shop's lifecycle); `cancelled` ends any early stage. */
const STAGES: OrderStatus[] = [
  'unpaid',
  'on_hold',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
  'completed',
];

/**
 * The order lifecycle written out by hand, the oracle ORDER_TRANSITIONS is checked against: paid orders
 * may sit on hold (the buyer's cancel window); shipping follows the parcels (some shipped, waiting for
 * collection, on the way, delivered); a delivered order completes.
 */
const LIFECYCLE = [
  'unpaid → on_hold',
  'unpaid → awaiting_shipment',
  'unpaid → cancelled',
  'on_hold → awaiting_shipment',
  'on_hold → cancelled',
  'awaiting_shipment → partially_shipped',
  'awaiting_shipment → awaiting_collection',
  'awaiting_shipment → in_transit',
  'awaiting_shipment → cancelled',
  'partially_shipped → awaiting_collection',
  'partially_shipped → in_transit',
  'partially_shipped → delivered',
  'awaiting_collection → in_transit',
  'awaiting_collection → cancelled',
  'in_transit → delivered',
  'delivered → completed',
];

describe('order lifecycle tables', () => {
  test('define transitions and buyer actions for every status, and nothing else', () => {
    assert.deepEqual(sorted(Object.keys(ORDER_TRANSITIONS)), sorted(ORDER_STATUSES));
    assert.deepEqual(sorted(Object.keys(BUYER_ACTIONS_BY_STATUS)), sorted(ORDER_STATUSES));
    for (const status of ORDER_STATUSES) {
      assert.ok(Array.isArray(ORDER_TRANSITIONS[status]), status);
      assert.ok(Array.isArray(BUYER_ACTIONS_BY_STATUS[status]), status);
    }
  });

  test('only name known statuses and actions, without duplicates or self-loops', () => {
    for (const status of ORDER_STATUSES) {
      const targets = ORDER_TRANSITIONS[status];
      assert.equal(new Set(targets).size, targets.length, status);
      assert.ok(!targets.includes(status), `${status} → itself`);
      for (const target of targets) assert.ok(ORDER_STATUSES.includes(target), `${status} → ${target}`);
      const actions = BUYER_ACTIONS_BY_STATUS[status];
      assert.equal(new Set(actions).size, actions.length, status);
      for (const action of actions) assert.ok(BUYER_ACTIONS.includes(action), `${status}: ${action}`);
    }
  });

  test('terminal statuses are completed and cancelled, with no transitions and no buyer actions', () => {
    assert.deepEqual(sorted(TERMINAL_ORDER_STATUSES), ['cancelled', 'completed']);
    for (const status of TERMINAL_ORDER_STATUSES) {
      assert.deepEqual(ORDER_TRANSITIONS[status], [], status);
      assert.deepEqual(buyerActionsFor(status), [], status);
    }
  });

  test('every other status can move on', () => {
    for (const status of ORDER_STATUSES) {
      if (TERMINAL_ORDER_STATUSES.includes(status)) continue;
      assert.ok(ORDER_TRANSITIONS[status].length > 0, `${status} is a dead end`);
    }
  });

  test('every status is reachable from unpaid and every path can end in a terminal status', () => {
    const reachable = new Set<OrderStatus>(['unpaid']);
    for (const queue: OrderStatus[] = ['unpaid']; queue.length > 0;) {
      for (const next of ORDER_TRANSITIONS[queue.shift()!]) {
        if (!reachable.has(next)) {
          reachable.add(next);
          queue.push(next);
        }
      }
    }
    assert.deepEqual(sorted([...reachable]), sorted(ORDER_STATUSES));
    assert.ok(canReachTerminal('unpaid'));
    for (const status of ORDER_STATUSES) assert.ok(canReachTerminal(status), `${status} never ends`);
  });

  test('no transition leads back to unpaid', () => {
    for (const status of ORDER_STATUSES) assert.equal(canTransition(status, 'unpaid'), false, status);
  });

  test('canTransition allows exactly the lifecycle written out here, and refuses every other pair', () => {
    const allowed = ORDER_STATUSES.flatMap((from) =>
      ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from} → ${to}`),
    );
    assert.deepEqual(allowed.sort(), [...LIFECYCLE].sort());
  });

  test('orders only move forward: no step returns to an earlier stage', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        if (to === 'cancelled' || !canTransition(from, to)) continue;
        assert.ok(STAGES.indexOf(to) > STAGES.indexOf(from), `${from} → ${to} goes back`);
      }
    }
  });

  test('an order can be cancelled until a parcel is with the carrier, never after', () => {
    assert.deepEqual(
      ORDER_STATUSES.filter((status) => canTransition(status, 'cancelled')),
      ['unpaid', 'on_hold', 'awaiting_shipment', 'awaiting_collection'],
    );
  });

  test('only a delivered order completes (completed: no more returns)', () => {
    assert.deepEqual(
      ORDER_STATUSES.filter((status) => canTransition(status, 'completed')),
      ['delivered'],
    );
  });
});

describe('buyer actions by status (DESIGN.md)', () => {
  test('cancel only while unpaid, on hold or awaiting shipment', () => {
    assert.deepEqual(sorted(statusesAllowing('cancel')), sorted(['unpaid', 'on_hold', 'awaiting_shipment']));
  });

  test('refund from awaiting collection, in transit or delivered', () => {
    assert.deepEqual(
      sorted(statusesAllowing('request_refund')),
      sorted(['awaiting_collection', 'in_transit', 'delivered']),
    );
  });

  test('return only when delivered', () => {
    assert.deepEqual(statusesAllowing('request_return'), ['delivered']);
  });

  test('a buyer action that changes the status is an allowed transition wherever the action is offered', () => {
    for (const [action, target] of Object.entries(BUYER_ACTION_TARGET) as [BuyerAction, OrderStatus][]) {
      for (const status of statusesAllowing(action)) {
        assert.ok(canTransition(status, target), `${action} in ${status} → ${target} is not a transition`);
      }
    }
    assert.equal(BUYER_ACTION_TARGET.cancel, 'cancelled');
  });
});

function canReachTerminal(from: OrderStatus, seen = new Set<OrderStatus>()): boolean {
  if (TERMINAL_ORDER_STATUSES.includes(from)) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return ORDER_TRANSITIONS[from].some((next) => canReachTerminal(next, seen));
}
