import { newId, type Address, type BuyerId, type SavedAddress } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';

const FIELD = 'saved_addresses.address';

interface AddressRow {
  id: SavedAddress['id'];
  address: string;
  is_default: boolean;
}

/** The buyer's address book (addresses encrypted at rest), default first. */
export async function listSavedAddresses(
  db: Queryable,
  cipher: FieldCipher,
  buyerId: BuyerId,
): Promise<SavedAddress[]> {
  const { rows } = await db.query<AddressRow>(
    'select id, address, is_default from saved_addresses where buyer_id = $1 order by is_default desc, created_at, id',
    [buyerId],
  );
  return Promise.all(
    rows.map(async (row) => ({
      object: 'saved_address' as const,
      id: row.id,
      address: JSON.parse(await cipher.decrypt(row.address, FIELD)) as Address,
      is_default: row.is_default,
    })),
  );
}

export async function saveAddress(
  db: Queryable,
  cipher: FieldCipher,
  buyerId: BuyerId,
  address: Address,
  now: Date,
  options: { id?: SavedAddress['id']; isDefault?: boolean } = {},
): Promise<SavedAddress['id']> {
  const id = options.id ?? newId('adr');
  await db.query(
    `insert into saved_addresses (id, buyer_id, address, is_default, created_at) values ($1, $2, $3, $4, $5)
     on conflict (id) do nothing`,
    [id, buyerId, await cipher.encrypt(JSON.stringify(address), FIELD), options.isDefault ?? false, now.toISOString()],
  );
  return id;
}
