import type { RequestOptions } from './http.js';

/** A cursor-paginated answer (a `PageOf<T>`, or a list with extra fields such as the inbox). */
export interface CursorPage<T> {
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * The page helpers every list resource has, made from its `list`:
 * `listPages` yields every page from `params.cursor` (or the first) on; `listAll` every item across them.
 */
export function pageHelpers<Params extends { cursor?: string | null }, Item, Page extends CursorPage<Item>>(
  list: (params: Params, options?: RequestOptions) => Promise<Page>,
) {
  async function* listPages(params: Params = {} as Params, options?: RequestOptions): AsyncGenerator<Page, void> {
    let cursor = params.cursor ?? undefined;
    do {
      const page = await list({ ...params, cursor }, options);
      yield page;
      cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
    } while (cursor);
  }
  async function* listAll(params: Params = {} as Params, options?: RequestOptions): AsyncGenerator<Item, void> {
    for await (const page of listPages(params, options)) yield* page.data;
  }
  return { listPages, listAll };
}
