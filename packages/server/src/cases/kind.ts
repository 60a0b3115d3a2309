import type { CaseActor, SellerPolicy } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { CaseKind, CaseSnapshot } from '../notifications/case-updates.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { CaseDueQuery, CaseListQuery } from '../store/case-scope.js';
import type { OrderFacts } from './order-facts.js';

/** What a step may read and write besides the row: the locked order, the seller's policy, who acts. */
export interface CaseContext {
  db: Queryable;
  /** Encrypts what people type (messages, and the text of a request a step creates). */
  cipher: FieldCipher;
  facts: OrderFacts;
  policy: SellerPolicy;
  /** Who is acting (for messages): buyer id, seller id, staff id or `system`. */
  actorId: string;
}

/** The fields every case row (refund request or dispute) has, as the engine uses them. */
export interface CaseRow extends CaseSnapshot {
  due_at: string | null;
}

/**
 * One kind of case (refund request, dispute): how its rows are found and stored and how it moves.
 * The engine in `engine.ts` does the rest the same way for every kind (locking, deadlines, publishing).
 */
export interface CaseKindDescriptor<Row extends CaseRow, Action extends string, Input> {
  kind: CaseKind;
  /** For messages: "Check the <noun> id." */
  noun: string;
  find(
    db: Queryable,
    cipher: FieldCipher,
    principal: Principal | null,
    id: string,
    options?: { forUpdate?: boolean },
  ): Promise<Row | undefined>;
  /** One page of the cases the principal may see, newest first. */
  list(
    db: Queryable,
    cipher: FieldCipher,
    principal: Principal,
    query: CaseListQuery<Row['status']>,
  ): Promise<{ rows: Row[]; nextCursor: string | null }>;
  insert(db: Queryable, cipher: FieldCipher, row: Row): Promise<void>;
  save(db: Queryable, cipher: FieldCipher, row: Row): Promise<void>;
  /** Ids of cases whose deadline has passed (oldest first), optionally only those a principal sees. */
  dueIds(db: Queryable, now: Date, query?: CaseDueQuery): Promise<string[]>;
  /** Takes one step on the row in memory (the engine saves); throws a problem when it is not allowed. */
  transition(context: CaseContext, row: Row, action: Action, actor: CaseActor, input: Input, now: Date): Promise<void>;
  /** Takes the steps passed deadlines call for, each at its due time; true when the row changed. */
  settleDeadlines(context: CaseContext, row: Row, now: Date): Promise<boolean>;
}
