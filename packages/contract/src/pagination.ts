import * as z from 'zod/mini';

/** Cursor-paginated list: pass `next_cursor` back as `cursor` for the next page. */
export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    has_more: z.boolean(),
    next_cursor: z.nullable(z.string()),
  });
}
export type PageOf<T> = { object: 'list'; data: T[]; has_more: boolean; next_cursor: string | null };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
