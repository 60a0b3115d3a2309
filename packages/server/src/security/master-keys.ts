import { fromBase64 } from './base64.js';

export interface MasterKeyConfig {
  id: string;
  /** 32 random bytes, base64. */
  secret: string;
}

/**
 * The development key: public, so only for demo and local development. The server says so at
 * start and refuses it in production.
 */
export const DEV_MASTER_KEY: MasterKeyConfig = {
  id: 'dev',
  secret: 'dHhhc3Npc3QtZGV2LW1hc3Rlci1rZXktMzItYnl0ZSE=',
};

/** `TXASSIST_MASTER_KEYS="k2026:BASE64,k2025:BASE64"` — the first is active; the others only decrypt. */
export function parseMasterKeys(value: string): MasterKeyConfig[] {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon < 1) throw new Error('TXASSIST_MASTER_KEYS entries look like "<id>:<base64 of 32 bytes>"');
      const id = part.slice(0, colon);
      const secret = part.slice(colon + 1);
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) throw new Error(`Master key id "${id}" may use letters, digits, - and _`);
      let length = 0;
      try {
        length = fromBase64(secret).length;
      } catch {
        length = 0;
      }
      if (length !== 32) throw new Error(`Master key "${id}" must be 32 bytes, base64-encoded`);
      return { id, secret };
    });
  if (keys.length === 0) throw new Error('TXASSIST_MASTER_KEYS is empty');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new Error('Master key ids must be unique');
  return keys;
}
