import type { DisputeActionType } from '@txassist/contract';
import type { CaseKindDescriptor } from '../cases/kind.js';
import {
  dueDisputeIds,
  findDisputeRow,
  insertDisputeRow,
  listDisputeRows,
  saveDisputeRow,
  type DisputeRow,
} from '../store/disputes.js';
import { applyDisputeStep, settleDisputeDeadlines, type DisputeStepInput } from './steps.js';

/** Disputes as a kind of case for the engine. */
export const DISPUTE_CASES: CaseKindDescriptor<DisputeRow, DisputeActionType, DisputeStepInput> = {
  kind: 'dispute',
  noun: 'dispute',
  find: findDisputeRow,
  list: listDisputeRows,
  insert: insertDisputeRow,
  save: saveDisputeRow,
  dueIds: dueDisputeIds,
  transition: applyDisputeStep,
  settleDeadlines: settleDisputeDeadlines,
};
