import type { Migration } from './migration.js';

/**
 * Migration 0007_case_encryption. Shipped: never edit, add a new migration instead.
 *
 * What people type into refund requests and disputes is encrypted from now on. The records that
 * hold such text (offers with their note, the agent's question and decision, the history with its
 * notes) become text columns holding one encrypted JSON value each. Existing values are kept as
 * their JSON text here; the server encrypts every value not yet in the cipher's format when it
 * starts (`encryptPlaintextCaseText`), since SQL has no access to the keys.
 */
export const migration0007: Migration = {
  id: '0007_case_encryption',
  sql: `
    alter table disputes alter column offer type text using offer::text;
    alter table disputes alter column info_request type text using info_request::text;
    alter table disputes alter column decision type text using decision::text;
    alter table disputes alter column history drop default;
    alter table disputes alter column history type text using history::text;
    alter table refund_requests alter column offer type text using offer::text;
    alter table refund_requests alter column history drop default;
    alter table refund_requests alter column history type text using history::text;
  `,
};
