import type { RequestOptions } from './http.js';

/** A cursor-paginated answer (a `PageOf<T>`, or a list with extra fields such as the inbox). */
export interface CursorPage<T> {
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

export interface PageHelpers<Params, Page extends CursorPage<unknown>> {
  /** Every page from `params.cursor` (or the first) on: `for await (const page of resource.listPages())`. */
  listPages(params?: Params, options?: RequestOptions): AsyncGenerator<Page, void>;
  /** Every item across the pages: `for await (const item of resource.listAll({ limit: 100 }))`. */
  listAll(params?: Params, options?: RequestOptions): AsyncGenerator<Page['data'][number], void>;
}

/** The page helpers every list resource has, made from its `list` (the filters carry to every page). */
export function pageHelpers<Params extends { cursor?: string | null }, Page extends CursorPage<unknown>>(
  list: (params?: Params, options?: RequestOptions) => Promise<Page>,
): PageHelpers<Params, Page> {
  async function* listPages(params?: Params, options?: RequestOptions): AsyncGenerator<Page, void> {
    let cursor = params?.cursor ?? undefined;
    do {
      const page = await list({ ...params, cursor } as Params, options);
      yield page;
      cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
    } while (cursor);
  }
  async function* listAll(params?: Params, options?: RequestOptions): AsyncGenerator<Page['data'][number], void> {
    for await (const page of listPages(params, options)) {
      for (const item of page.data) yield item as Page['data'][number];
    }
  }
  return { listPages, listAll };
}
