import type { RouteDefinition } from '@txassist/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from './env.js';
import type { Principal } from '../domain/principal.js';
import type { SellerRow } from '../store/sellers.js';
import type { Services } from '../services.js';

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

export interface HandlerInput<R extends RouteDefinition> {
  c: Context<AppEnv>;
  services: Services;
  now: Date;
  principal: R['auth'] extends 'token' | 'secret_key' ? Principal : null;
  publishableSeller: R['auth'] extends 'publishable_key' ? SellerRow : null;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  /** Set when the route has a companion read (routes/companions.ts): its row, read with the credentials. */
  companion: { row: Record<string, unknown> | undefined } | undefined;
}

/** A handler returns the documented JSON body (sent with the route's status) or a ready Response. */
export type RouteHandler<R extends RouteDefinition> = (
  input: HandlerInput<R>,
) => Promise<Infer<R['response']['schema']> | Response>;
