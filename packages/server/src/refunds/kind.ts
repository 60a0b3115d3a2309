import type { RefundActionType } from '@txassist/contract';
import type { CaseKindDescriptor } from '../cases/kind.js';
import {
  dueRefundIds,
  findRefundRow,
  listRefundRows,
  insertRefundRow,
  saveRefundRow,
  type RefundRow,
} from '../store/refund-requests.js';
import { applyRefundStep, settleRefundDeadlines, type StepInput } from './steps.js';

/** Refund requests as a kind of case for the engine. */
export const REFUND_CASES: CaseKindDescriptor<RefundRow, RefundActionType, StepInput> = {
  kind: 'refund_request',
  noun: 'refund request',
  find: findRefundRow,
  list: listRefundRows,
  insert: insertRefundRow,
  save: saveRefundRow,
  dueIds: dueRefundIds,
  transition: applyRefundStep,
  settleDeadlines: settleRefundDeadlines,
};
