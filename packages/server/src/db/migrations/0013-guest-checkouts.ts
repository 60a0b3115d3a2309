import type { Migration } from './migration.js';

/**
 * Migration 0013_guest_checkouts. Shipped: never edit, add a new migration instead.
 *
 * Guest checkouts started with a publishable key alone (creator one-tag checkout): each has its own
 * guest buyer, so the guest's session reaches only that checkout and the order it becomes. The
 * page's origin and its order-tracking address are kept for the confirmation email's link.
 */
export const migration0013: Migration = {
  id: '0013_guest_checkouts',
  sql: `
    create table guest_checkouts (
      checkout_id text primary key references checkouts(id) on delete cascade,
      seller_id text not null references sellers(id),
      buyer_id text not null references buyers(id) on delete cascade,
      origin text not null,
      track_url text,
      created_at timestamptz not null
    );
    create index guest_checkouts_buyer on guest_checkouts (buyer_id);
  `,
};
