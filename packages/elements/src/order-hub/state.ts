import type { Failure } from '../internal/failure.js';
import type { Section } from '../internal/section-views.js';

export type { Failure, Section };

/** Items loaded so far, page after page, and where the next page starts (`null`: there is none). */
export interface Paged<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A list that loads page by page: its first page (the section), and the state of "Show more". */
export interface PagedList<T> {
  readonly view: Section<Paged<T>>;
  readonly loadingMore: boolean;
  readonly moreFailure: Failure | undefined;
}

export function idleList<T>(): PagedList<T> {
  return { view: { kind: 'idle' }, loadingMore: false, moreFailure: undefined };
}

/** The history's filters: a status (empty for every status) and part of an order number. */
export interface HistoryFilters {
  readonly status: string;
  readonly number: string;
}

export const NO_FILTERS: HistoryFilters = { status: '', number: '' };

export const filtered = (filters: HistoryFilters) => filters.status !== '' || filters.number.trim() !== '';
