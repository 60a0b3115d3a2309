import * as z from 'zod/mini';
import {
  ConsentList,
  NotificationPreferences,
  UpdateConsentRequest,
  UpdateNotificationPreferencesRequest,
} from '../consent.js';
import { DataExport, DataExportId, ErasurePreview, ErasureRequest, ErasureResult } from '../privacy.js';
import { define } from '../route-definition.js';

export const listConsentsRoute = /*#__PURE__*/ define({
  operationId: 'listConsents',
  method: 'get',
  path: '/v1/me/consents',
  summary: "The buyer's consents per purpose, with version, time and source",
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Consents', schema: ConsentList },
  errors: ['unauthenticated', 'forbidden'],
});

export const updateConsentRoute = /*#__PURE__*/ define({
  operationId: 'updateConsent',
  method: 'post',
  path: '/v1/me/consents',
  summary: 'Grant or withdraw a consent; takes effect at once',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: UpdateConsentRequest,
  response: { status: 200, description: 'Consents after the change', schema: ConsentList },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'consent_required',
    'idempotency_conflict',
  ],
});

export const getNotificationPreferencesRoute = /*#__PURE__*/ define({
  operationId: 'getNotificationPreferences',
  method: 'get',
  path: '/v1/me/notification-preferences',
  summary: 'Notification preferences per kind and channel',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Preferences', schema: NotificationPreferences },
  errors: ['unauthenticated', 'forbidden'],
});

export const updateNotificationPreferencesRoute = /*#__PURE__*/ define({
  operationId: 'updateNotificationPreferences',
  method: 'post',
  path: '/v1/me/notification-preferences',
  summary: 'Change notification preferences',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: UpdateNotificationPreferencesRequest,
  response: { status: 200, description: 'Preferences after the change', schema: NotificationPreferences },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const createDataExportRoute = /*#__PURE__*/ define({
  operationId: 'createDataExport',
  method: 'post',
  path: '/v1/me/exports',
  summary: 'Start a job that collects everything held about the buyer',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: z.optional(z.object({})),
  response: { status: 202, description: 'The export job', schema: DataExport },
  errors: ['unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const getDataExportRoute = /*#__PURE__*/ define({
  operationId: 'getDataExport',
  method: 'get',
  path: '/v1/me/exports/{export_id}',
  summary: 'Progress of an export job',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  params: z.object({ export_id: DataExportId }),
  response: { status: 200, description: 'The export job', schema: DataExport },
  errors: ['unauthenticated', 'forbidden', 'not_found'],
});

export const downloadDataExportRoute = /*#__PURE__*/ define({
  operationId: 'downloadDataExport',
  method: 'get',
  path: '/v1/me/exports/{export_id}/download',
  summary: 'Download the export (machine-readable JSON), once',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  params: z.object({ export_id: DataExportId }),
  response: {
    status: 200,
    description: 'Everything held about the buyer',
    schema: z.looseObject({ format: z.literal('txassist.data-export.v1'), buyer: z.unknown() }),
  },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'export_not_ready', 'export_gone'],
});

export const previewErasureRoute = /*#__PURE__*/ define({
  operationId: 'previewErasure',
  method: 'get',
  path: '/v1/me/erasure',
  summary: 'What deleting my data removes, what is kept and why, and what blocks it now',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Erasure preview', schema: ErasurePreview },
  errors: ['unauthenticated', 'forbidden'],
});

export const eraseMyDataRoute = /*#__PURE__*/ define({
  operationId: 'eraseMyData',
  method: 'post',
  path: '/v1/me/erasure',
  summary: "Erase the buyer's personal data (cannot be undone)",
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: ErasureRequest,
  response: { status: 200, description: 'Erasure done', schema: ErasureResult },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'erasure_blocked',
    'idempotency_conflict',
  ],
});
