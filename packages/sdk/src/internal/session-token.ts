/** Asked for the buyer's session token; `forceRefresh` after the API refused the cached one. */
export type GetSessionToken = (options: {
  forceRefresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

/** Caches the session token and shares one in-flight lookup between concurrent calls. */
export class SessionTokenStore {
  #current: string | undefined;
  #pending: Promise<string | undefined> | undefined;
  readonly #source: GetSessionToken | undefined;

  constructor(source: GetSessionToken | undefined) {
    this.#source = source;
  }

  get canRefresh(): boolean {
    return this.#source !== undefined;
  }

  get(): Promise<string | undefined> {
    return this.#current === undefined ? this.#load(false) : Promise.resolve(this.#current);
  }

  /** A fresh token, unless another call already replaced `stale` meanwhile. */
  refresh(stale: string | undefined): Promise<string | undefined> {
    return this.#current !== stale ? Promise.resolve(this.#current) : this.#load(true);
  }

  set(token: string | undefined): void {
    this.#current = token;
  }

  #load(forceRefresh: boolean): Promise<string | undefined> {
    if (!this.#source) return Promise.resolve(this.#current);
    this.#pending ??= (async () => {
      try {
        return (this.#current = (await this.#source!({ forceRefresh })) ?? undefined);
      } finally {
        this.#pending = undefined;
      }
    })();
    return this.#pending;
  }
}
