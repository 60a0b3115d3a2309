/**
 * Keeps a buyer's unfinished form on their device — across a reload, a closed tab or a dead network —
 * so no typed word or chosen photo is lost. Backed by IndexedDB, which stores `File`s and `Blob`s as
 * they are (localStorage holds only strings and ~5 MB), with an in-memory fallback where IndexedDB is
 * missing or refused (private modes, SSR): the form then keeps working, only without surviving a reload.
 */
export interface DraftStore<T> {
  /** The saved draft for `key`, or `undefined`. Never throws: an unreadable draft counts as none. */
  load(key: string): Promise<T | undefined>;
  /** Saves (replaces) the draft for `key`. Resolves `false` when it could only be kept in memory. */
  save(key: string, value: T): Promise<boolean>;
  /** Forgets the draft for `key` (after a successful submission, or when the buyer discards it). */
  remove(key: string): Promise<void>;
  /** Whether drafts survive a reload here (IndexedDB opened); `false` until the first call settles. */
  readonly persistent: boolean;
}

const STORE_NAME = 'drafts';

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = globalThis.indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function run<R>(database: IDBDatabase, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<R>) {
  return new Promise<R>((resolve, reject) => {
    const transaction = database.transaction(STORE_NAME, mode);
    const request = action(transaction.objectStore(STORE_NAME));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * A draft store in the IndexedDB database `databaseName` (one per page origin). Keys are the caller's,
 * e.g. `dispute:<order id>`. Values must be structured-cloneable (plain data, `File`, `Blob`, `Date`).
 */
export function createDraftStore<T>(databaseName = 'txassist-drafts'): DraftStore<T> {
  const memory = new Map<string, T>();
  let database: Promise<IDBDatabase | undefined> | undefined;
  let persistent = false;

  const open = () =>
    (database ??=
      typeof globalThis.indexedDB === 'undefined'
        ? Promise.resolve(undefined)
        : openDatabase(databaseName).then(
            (opened) => {
              persistent = true;
              return opened;
            },
            () => undefined,
          ));

  return {
    get persistent() {
      return persistent;
    },
    async load(key) {
      const opened = await open();
      if (!opened) return memory.get(key);
      try {
        const value = await run<T | undefined>(opened, 'readonly', (store) => store.get(key));
        return value ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    async save(key, value) {
      memory.set(key, value);
      const opened = await open();
      if (!opened) return false;
      try {
        await run(opened, 'readwrite', (store) => store.put(value, key));
        return true;
      } catch {
        return false; // quota exceeded or a file the browser will not clone: kept in memory for this page
      }
    },
    async remove(key) {
      memory.delete(key);
      const opened = await open();
      if (!opened) return;
      try {
        await run(opened, 'readwrite', (store) => store.delete(key));
      } catch {
        // Nothing to do: a draft that outlives its submission is harmless and replaced on next save.
      }
    },
  };
}
