import type { Migration } from './migration.js';

/**
 * Migration 0015_buyer_locale. Shipped: never edit, add a new migration instead.
 *
 * The buyer's language (a BCP 47 tag such as `de` or `pt-BR`), named by the seller when it mints a
 * session, so emails and text messages go out in it. Null: English.
 */
export const migration0015: Migration = {
  id: '0015_buyer_locale',
  sql: `alter table buyers add column locale text;`,
};
