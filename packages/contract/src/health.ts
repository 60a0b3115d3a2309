import * as z from 'zod/mini';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;

/** This process may take traffic: database reachable, schema current, not shutting down. */
export const Readiness = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
  /** The last schema migration applied, which this version expects. */
  schema: z.string(),
});
export type Readiness = z.infer<typeof Readiness>;
