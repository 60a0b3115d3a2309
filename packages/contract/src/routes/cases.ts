import type * as z from 'zod/mini';
import { OrderPathParams } from '../order.js';
import { Page } from '../pagination.js';
import type { ErrorCode } from '../problem.js';
import { define } from '../route-definition.js';
import type { Role } from '../session.js';

type Operations<T> = { readonly create: T; readonly list: T; readonly get: T; readonly action: T };

/** What sets one kind of case (refund request, dispute) apart in its four shared routes. */
export interface CaseRouteSpec<
  Tag extends string,
  Ids extends Operations<string>,
  Paths extends Operations<string>,
  Params extends z.ZodMiniObject,
  Query extends z.ZodMiniObject,
  CreateBody extends z.ZodMiniType,
  ActionBody extends z.ZodMiniType,
  View extends z.ZodMiniType,
  ActionRoles extends readonly Role[],
> {
  tag: Tag;
  /** "refund request", "dispute": the responses' descriptions. */
  noun: string;
  plural: string;
  operationIds: Ids;
  paths: Paths;
  summaries: Operations<string>;
  params: Params;
  query: Query;
  createBody: CreateBody;
  actionBody: ActionBody;
  view: View;
  actionRoles: ActionRoles;
  createErrors: readonly ErrorCode[];
  actionErrors: readonly ErrorCode[];
}

const STAFF_TOO = ['buyer', 'seller', 'agent', 'admin'] as const;

/** The routes every kind of case has: the buyer files one, parties list, read and act on them. */
export function caseRoutes<
  const Tag extends string,
  const Ids extends Operations<string>,
  const Paths extends Operations<string>,
  Params extends z.ZodMiniObject,
  Query extends z.ZodMiniObject,
  CreateBody extends z.ZodMiniType,
  ActionBody extends z.ZodMiniType,
  View extends z.ZodMiniType,
  const ActionRoles extends readonly Role[],
>(spec: CaseRouteSpec<Tag, Ids, Paths, Params, Query, CreateBody, ActionBody, View, ActionRoles>) {
  const { tag, noun } = spec;
  return {
    create: define({
      operationId: spec.operationIds.create,
      method: 'post',
      path: spec.paths.create,
      summary: spec.summaries.create,
      tag,
      auth: 'token',
      roles: ['buyer'],
      params: OrderPathParams,
      body: spec.createBody,
      response: { status: 201, description: `The ${noun}`, schema: spec.view },
      errors: spec.createErrors,
    }),
    list: define({
      operationId: spec.operationIds.list,
      method: 'get',
      path: spec.paths.list,
      summary: spec.summaries.list,
      tag,
      auth: 'token',
      roles: STAFF_TOO,
      query: spec.query,
      response: { status: 200, description: `A page of ${spec.plural}`, schema: Page(spec.view) },
      errors: ['unauthenticated', 'session_expired', 'invalid_query'],
    }),
    get: define({
      operationId: spec.operationIds.get,
      method: 'get',
      path: spec.paths.get,
      summary: spec.summaries.get,
      tag,
      auth: 'token',
      roles: STAFF_TOO,
      params: spec.params,
      response: { status: 200, description: `The ${noun}`, schema: spec.view },
      errors: ['unauthenticated', 'session_expired', 'not_found'],
    }),
    action: define({
      operationId: spec.operationIds.action,
      method: 'post',
      path: spec.paths.action,
      summary: spec.summaries.action,
      tag,
      auth: 'token',
      roles: spec.actionRoles,
      params: spec.params,
      body: spec.actionBody,
      response: { status: 200, description: `The ${noun} after the step`, schema: spec.view },
      errors: spec.actionErrors,
    }),
  };
}
