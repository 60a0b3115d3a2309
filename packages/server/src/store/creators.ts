import type { Queryable } from '../db/database.js';

export async function creatorExists(db: Queryable, creatorId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from creators where id = $1', [creatorId]);
  return rows.length > 0;
}

export async function insertCreator(
  db: Queryable,
  creator: { id: string; handle: string; name: string },
): Promise<void> {
  await db.query('insert into creators (id, handle, name) values ($1, $2, $3) on conflict (id) do nothing', [
    creator.id,
    creator.handle,
    creator.name,
  ]);
}
