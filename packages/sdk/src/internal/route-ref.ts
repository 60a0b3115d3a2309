import type { HttpMethod, RouteAuth, RouteDefinition } from '@txassist/contract';
import type { infer as Infer, ZodMiniType } from 'zod/mini';

/** A route's JSON answer as its contract schema describes it (`never` for non-JSON answers). */
export type ResponseOf<R extends RouteDefinition> = R['response'] extends { schema: infer S extends ZodMiniType }
  ? Infer<S>
  : never;

/**
 * What the SDK needs of a route at run time: no schemas, so browser bundles carry no zod. The answer's
 * type comes along as a type only; `validateResponses` looks the schema up by `operationId`.
 */
export interface RouteRef<Response = unknown> {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: RouteAuth;
  readonly returnsCredential?: boolean;
  /** Never set: carries the answer's type to `Http.request`. */
  readonly responseType?: Response;
}
