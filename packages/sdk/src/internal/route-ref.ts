import type { HttpMethod, RouteAuth, RouteResponses } from '@txassist/contract/types';

/**
 * A route's JSON answer as its contract schema describes it (`never` for non-JSON answers), by operationId:
 * from the zod-free `@txassist/contract/types`, so the SDK's declarations never load the schemas' types.
 */
export type ResponseOf<OperationId extends string> = OperationId extends keyof RouteResponses
  ? RouteResponses[OperationId]
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
