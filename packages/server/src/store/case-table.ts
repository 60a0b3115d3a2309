import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { caseScope, listCaseRows, type CaseListQuery } from './case-scope.js';

/** How one case table's rows are written and read: columns, sealing of typed text, and back. */
export interface CaseTableCodec<Row> {
  table: 'disputes' | 'refund_requests';
  columns: readonly (keyof Row & string)[];
  /** Column values to store (typed text sealed, records as JSON). */
  values(cipher: FieldCipher, row: Row, columns: readonly (keyof Row & string)[]): Promise<unknown[]>;
  /** A database row with numbers and times in their JSON form (text still sealed). */
  normalise(row: Record<string, unknown>): Row;
  /** Decrypts the typed text of a normalised row. */
  opened(cipher: FieldCipher, row: Row): Promise<Row>;
}

const IMMUTABLE = ['id', 'order_id', 'seller_id', 'buyer_id', 'created_at'];

/** Insert, save, find and list for a table of refund requests or disputes; only the codec differs. */
export function caseTable<Row extends { id: string; created_at: string }>(codec: CaseTableCodec<Row>) {
  const { table, columns } = codec;
  const mutable = columns.filter((column) => !IMMUTABLE.includes(column));
  const read = async (cipher: FieldCipher, row: Record<string, unknown>) => codec.opened(cipher, codec.normalise(row));
  return {
    read,
    async insert(db: Queryable, cipher: FieldCipher, row: Row): Promise<void> {
      await db.query(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        await codec.values(cipher, row, columns),
      );
    },
    async save(db: Queryable, cipher: FieldCipher, row: Row): Promise<void> {
      await db.query(
        `update ${table} set ${mutable.map((column, index) => `${column} = $${index + 2}`).join(', ')} where id = $1`,
        [row.id, ...(await codec.values(cipher, row, mutable))],
      );
    },
    /** The case if the principal may see it (undefined for missing and foreign alike); optionally locked. */
    async find(
      db: Queryable,
      cipher: FieldCipher,
      principal: Principal | null,
      id: string,
      options: { forUpdate?: boolean } = {},
    ): Promise<Row | undefined> {
      const scope = principal ? caseScope(principal, 2) : { sql: 'true', params: [] };
      const { rows } = await db.query<Record<string, unknown>>(
        `select t.* from ${table} t where t.id = $1 and ${scope.sql}${options.forUpdate ? ' for update' : ''}`,
        [id, ...scope.params],
      );
      return rows[0] && read(cipher, rows[0]);
    },
    async forOrder(db: Queryable, cipher: FieldCipher, orderId: string): Promise<Row[]> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select * from ${table} where order_id = $1 order by created_at, id`,
        [orderId],
      );
      return Promise.all(rows.map((row) => read(cipher, row)));
    },
    async list(
      db: Queryable,
      cipher: FieldCipher,
      principal: Principal,
      query: CaseListQuery<string>,
    ): Promise<{ rows: Row[]; nextCursor: string | null }> {
      const page = await listCaseRows(db, principal, table, query, codec.normalise);
      return {
        rows: await Promise.all(page.rows.map((row) => codec.opened(cipher, row))),
        nextCursor: page.nextCursor,
      };
    },
  };
}
