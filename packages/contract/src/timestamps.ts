import * as z from 'zod/mini';

/** RFC 3339 UTC timestamp, e.g. `2026-11-26T05:32:28.000Z`. */
export const Timestamp = z.iso.datetime();
export type Timestamp = z.infer<typeof Timestamp>;
