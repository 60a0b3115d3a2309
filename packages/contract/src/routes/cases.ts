import type * as z from 'zod/mini';
import { OrderPathParams } from '../order.js';
import { Page } from '../pagination.js';
import type { ErrorCode } from '../problem.js';
import { define } from '../route-definition.js';
import type { Role } from '../session.js';

type Operations<T> = { readonly create: T; readonly list: T; readonly get: T; readonly action: T };

/** The schemas of one kind of case: its path parameters, list query, the two bodies and what it looks like. */
interface CaseSchemas<
  Params extends z.ZodMiniObject,
  Query extends z.ZodMiniObject,
  CreateBody extends z.ZodMiniType,
  ActionBody extends z.ZodMiniType,
  View extends z.ZodMiniType,
> {
  params: Params;
  query: Query;
  create: CreateBody;
  action: ActionBody;
  view: View;
}

/** What sets one kind of case (refund request, dispute) apart in its four shared routes. */
export interface CaseRouteSpec<
  Name extends string,
  Collection extends string,
  IdParam extends string,
  Params extends z.ZodMiniObject,
  Query extends z.ZodMiniObject,
  CreateBody extends z.ZodMiniType,
  ActionBody extends z.ZodMiniType,
  View extends z.ZodMiniType,
  ActionRoles extends readonly Role[],
> {
  /** `Refund`, `Dispute`: the operation ids (`createRefund`, `listRefunds`, `getRefund`, `refundAction`). */
  name: Name;
  /** `refunds`, `disputes`: the paths (`/v1/orders/{order_id}/refunds`, `/v1/refunds/{refund_id}/actions`, …) and the tag. */
  collection: Collection;
  /** The case's path parameter (`refund_id`). */
  idParam: IdParam;
  /** "refund request", "dispute" (and their plural): the responses' descriptions. */
  noun: readonly [one: string, many: string];
  summaries: Operations<string>;
  schemas: CaseSchemas<Params, Query, CreateBody, ActionBody, View>;
  actionRoles: ActionRoles;
  /** What filing may fail with besides bad input, access and a reused idempotency key. */
  createErrors: readonly ErrorCode[];
  /** What a step may fail with besides bad input, access and a reused idempotency key. */
  actionErrors: readonly ErrorCode[];
}

const uncapitalize = <S extends string>(text: S) => (text.charAt(0).toLowerCase() + text.slice(1)) as Uncapitalize<S>;

const STAFF_TOO = ['buyer', 'seller', 'agent', 'admin'] as const;
/** Bad input and access, first on every write of a case. */
const WRITE_ERRORS = ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'not_found'] as const;
const READ_ERRORS = ['unauthenticated', 'session_expired'] as const;

/** The routes every kind of case has: the buyer files one, parties list, read and act on them. */
export function caseRoutes<
  const Name extends string,
  const Collection extends string,
  const IdParam extends string,
  Params extends z.ZodMiniObject,
  Query extends z.ZodMiniObject,
  CreateBody extends z.ZodMiniType,
  ActionBody extends z.ZodMiniType,
  View extends z.ZodMiniType,
  const ActionRoles extends readonly Role[],
>(spec: CaseRouteSpec<Name, Collection, IdParam, Params, Query, CreateBody, ActionBody, View, ActionRoles>) {
  const { name, collection, schemas } = spec;
  const [noun, plural] = spec.noun;
  const one = `/v1/${collection}/{${spec.idParam}}` as const;
  const tag = collection;
  return {
    create: define({
      operationId: `create${name}`,
      method: 'post',
      path: `/v1/orders/{order_id}/${collection}`,
      summary: spec.summaries.create,
      tag,
      auth: 'token',
      roles: ['buyer'],
      params: OrderPathParams,
      body: schemas.create,
      response: { status: 201, description: `The ${noun}`, schema: schemas.view },
      errors: [...WRITE_ERRORS, ...spec.createErrors, 'idempotency_conflict'],
    }),
    list: define({
      operationId: `list${name}s`,
      method: 'get',
      path: `/v1/${collection}`,
      summary: spec.summaries.list,
      tag,
      auth: 'token',
      roles: STAFF_TOO,
      query: schemas.query,
      response: { status: 200, description: `A page of ${plural}`, schema: Page(schemas.view) },
      errors: [...READ_ERRORS, 'invalid_query'],
    }),
    get: define({
      operationId: `get${name}`,
      method: 'get',
      path: one,
      summary: spec.summaries.get,
      tag,
      auth: 'token',
      roles: STAFF_TOO,
      params: schemas.params,
      response: { status: 200, description: `The ${noun}`, schema: schemas.view },
      errors: [...READ_ERRORS, 'not_found'],
    }),
    action: define({
      operationId: `${uncapitalize(name)}Action`,
      method: 'post',
      path: `${one}/actions`,
      summary: spec.summaries.action,
      tag,
      auth: 'token',
      roles: spec.actionRoles,
      params: schemas.params,
      body: schemas.action,
      response: { status: 200, description: `The ${noun} after the step`, schema: schemas.view },
      errors: [...WRITE_ERRORS, ...spec.actionErrors, 'idempotency_conflict'],
    }),
  };
}
