/** One schema step, the same SQL for PGlite and PostgreSQL. */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}
