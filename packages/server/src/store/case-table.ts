import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { openJson, openNullableText, sealJson, sealNullableText } from '../security/sealed-text.js';
import { caseScope, listCaseRows, type CaseListQuery } from './case-scope.js';
import { iso } from './rows.js';

type Column<Row> = keyof Row & string;

/**
 * How one case table's rows are written and read. Typed text is sealed with the field cipher bound to
 * `table.column`; records holding typed text are sealed JSON; the rest is plain (records as JSON).
 */
export interface CaseTableSpec<Row> {
  table: 'disputes' | 'refund_requests';
  columns: readonly Column<Row>[];
  /** Records stored as plain JSON. */
  json: readonly Column<Row>[];
  /** What people typed: sealed text (null stays null). */
  sealedText: readonly Column<Row>[];
  /** Records holding typed text, sealed as JSON, with what a missing one reads as. */
  sealedJson: Readonly<Partial<Record<Column<Row>, null | []>>>;
  /** Amounts (bigint in the database), read as numbers (null stays null). */
  numbers: readonly Column<Row>[];
  /** Times, read as ISO strings (null stays null). */
  times: readonly Column<Row>[];
}

const IMMUTABLE = ['id', 'order_id', 'seller_id', 'buyer_id', 'created_at'];

/** Insert, save, find and list for a table of refund requests or disputes; only the spec differs. */
export function caseTable<Row extends { id: string; status: string; created_at: string }>(spec: CaseTableSpec<Row>) {
  const { table, columns } = spec;
  const mutable = columns.filter((column) => !IMMUTABLE.includes(column));
  const sealedJson = Object.entries(spec.sealedJson) as [Column<Row>, null | []][];
  const field = (column: string) => `${table}.${column}`;

  /** Column values to store (typed text sealed, records as JSON). */
  const values = (cipher: FieldCipher, row: Row, which: readonly Column<Row>[]): Promise<unknown[]> =>
    Promise.all(
      which.map((column) => {
        const value = row[column] as unknown;
        if (spec.sealedText.includes(column)) return sealNullableText(cipher, value as string | null, field(column));
        if (column in spec.sealedJson) return sealJson(cipher, value, field(column));
        return spec.json.includes(column) && value !== null ? JSON.stringify(value) : value;
      }),
    );

  /** A database row with numbers and times in their JSON form (text still sealed). */
  const normalise = (stored: Record<string, unknown>): Row => {
    const row = { ...stored };
    for (const column of spec.numbers) row[column] = stored[column] === null ? null : Number(stored[column]);
    for (const column of spec.times) row[column] = stored[column] ? iso(stored[column]) : null;
    return row as Row;
  };

  /** Decrypts the typed text of a normalised row. */
  const opened = async (cipher: FieldCipher, row: Row): Promise<Row> => {
    const sealed = row as Record<string, unknown>;
    const open: Record<string, unknown> = {};
    for (const column of spec.sealedText)
      open[column] = await openNullableText(cipher, sealed[column] as string | null, field(column));
    for (const [column, missing] of sealedJson)
      open[column] = (await openJson(cipher, sealed[column], field(column))) ?? missing;
    return { ...row, ...open };
  };

  const read = async (cipher: FieldCipher, row: Record<string, unknown>) => opened(cipher, normalise(row));
  return {
    read,
    async insert(db: Queryable, cipher: FieldCipher, row: Row): Promise<void> {
      await db.query(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        await values(cipher, row, columns),
      );
    },
    async save(db: Queryable, cipher: FieldCipher, row: Row): Promise<void> {
      await db.query(
        `update ${table} set ${mutable.map((column, index) => `${column} = $${index + 2}`).join(', ')} where id = $1`,
        [row.id, ...(await values(cipher, row, mutable))],
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
      query: CaseListQuery<Row['status']>,
    ): Promise<{ rows: Row[]; nextCursor: string | null }> {
      const page = await listCaseRows(db, principal, table, query, normalise);
      return {
        rows: await Promise.all(page.rows.map((row) => opened(cipher, row))),
        nextCursor: page.nextCursor,
      };
    },
  };
}
