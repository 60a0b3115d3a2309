/** SDK privacy resources against a real server: consents and notification preferences. */
import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  ConflictError,
  createClient,
  IdempotencyConflictError,
  ResponseValidationError,
  ValidationError,
} from '@txassist/sdk';
import { CONSENT_PURPOSES, CONSENT_TEXT_VERSION, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@txassist/contract';
import { rejectionOf } from './helpers.js';
import { NOW, usePrivacyServer, freshBuyer, answering } from './privacy-support.js';

usePrivacyServer();

describe('privacy: consents', () => {
  test('list gives every purpose with its default: necessary and email on, SMS and personalisation off', async () => {
    const { client } = await freshBuyer();
    const list = await client.privacy.consents.list();
    assert.equal(list.object, 'consent_list');
    assert.deepEqual(
      list.data.map((consent) => consent.purpose),
      [...CONSENT_PURPOSES],
    );
    const byPurpose = Object.fromEntries(list.data.map((consent) => [consent.purpose, consent]));
    assert.deepEqual(
      Object.fromEntries(list.data.map((consent) => [consent.purpose, [consent.granted, consent.necessary]])),
      {
        order_processing: [true, true],
        carrier_address_sharing: [true, true],
        notifications_email: [true, false],
        notifications_sms: [false, false],
        personalisation: [false, false],
      },
    );
    assert.equal(byPurpose.personalisation?.source, 'default');
    assert.equal(byPurpose.personalisation?.updated_at, null);
  });

  test('update grants and withdraws at once, records version, source and time, and persists', async () => {
    const { client } = await freshBuyer();
    const granted = await client.privacy.consents.update({
      purpose: 'notifications_sms',
      granted: true,
      source: 'privacy_center',
    });
    const sms = granted.data.find((consent) => consent.purpose === 'notifications_sms');
    assert.equal(granted.data.length, CONSENT_PURPOSES.length, 'the full list comes back');
    assert.equal(sms?.granted, true);
    assert.equal(sms?.source, 'privacy_center');
    assert.equal(sms?.version, CONSENT_TEXT_VERSION);
    assert.equal(sms?.updated_at, NOW.toISOString(), 'updated now');

    const withdrawn = await client.privacy.consents.update({ purpose: 'notifications_email', granted: false });
    assert.equal(withdrawn.data.find((consent) => consent.purpose === 'notifications_email')?.granted, false);

    const reread = await client.privacy.consents.list();
    assert.equal(reread.data.find((consent) => consent.purpose === 'notifications_sms')?.granted, true);
    assert.equal(reread.data.find((consent) => consent.purpose === 'notifications_email')?.granted, false);
  });

  test('withdrawing a necessary consent is a ConflictError consent_required, not retried', async () => {
    const { client, requests } = await freshBuyer();
    for (const purpose of ['order_processing', 'carrier_address_sharing'] as const) {
      requests.length = 0;
      const error = await rejectionOf(client.privacy.consents.update({ purpose, granted: false }));
      assert.ok(error instanceof ConflictError, String(error));
      assert.equal(error.status, 409);
      assert.equal(error.code, 'consent_required');
      assert.equal(error.problem?.code, 'consent_required');
      assert.deepEqual(requests, ['POST /v1/me/consents'], 'a final conflict is asked once');
    }
    const list = await client.privacy.consents.list();
    assert.ok(list.data.filter((consent) => consent.necessary).every((consent) => consent.granted));
  });

  test('an unknown purpose is refused by the server as a ValidationError', async () => {
    const { client } = await freshBuyer();
    const error = await rejectionOf(
      client.privacy.consents.update({ purpose: 'marketing_calls' as never, granted: true }),
    );
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.code, 'validation_failed');
    assert.ok(
      error.fieldErrors.some((field) => field.path === 'purpose'),
      JSON.stringify(error.fieldErrors),
    );
  });

  test('an update is idempotent under its key; the same key with another body is refused', async () => {
    const { client } = await freshBuyer();
    const idempotencyKey = randomUUID();
    const first = await client.privacy.consents.update(
      { purpose: 'personalisation', granted: true },
      { idempotencyKey },
    );
    const replay = await client.privacy.consents.update(
      { purpose: 'personalisation', granted: true },
      { idempotencyKey },
    );
    assert.deepEqual(replay, first);
    const error = await rejectionOf(
      client.privacy.consents.update({ purpose: 'personalisation', granted: false }, { idempotencyKey }),
    );
    assert.ok(error instanceof IdempotencyConflictError, String(error));
  });

  test('an answer that breaks the contract is a ResponseValidationError', async () => {
    const client = createClient({
      validateResponses: contractValidation,
      apiBase: 'http://127.0.0.1:9',
      getSessionToken: () => 'ses_test',
      fetch: answering({ object: 'consent_list', data: [{ purpose: 'mind_reading', granted: true }] }),
    });
    const error = await rejectionOf(client.privacy.consents.list());
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.ok(error.issues.some((issue) => issue.path.join('.').startsWith('data.0')));
  });
});

describe('privacy: notification preferences', () => {
  test('get gives every kind × channel; SMS is off and not effective by default', async () => {
    const { client } = await freshBuyer();
    const preferences = await client.privacy.preferences.get();
    assert.equal(preferences.object, 'notification_preferences');
    assert.equal(preferences.data.length, NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length);
    for (const kind of NOTIFICATION_KINDS) {
      for (const channel of NOTIFICATION_CHANNELS) {
        const preference = preferences.data.find((p) => p.kind === kind && p.channel === channel);
        assert.ok(preference, `${kind} × ${channel}`);
        assert.equal(preference.enabled, channel !== 'sms', `${kind} × ${channel} enabled`);
        assert.equal(preference.effective, channel !== 'sms', `${kind} × ${channel} effective`);
      }
    }
  });

  test('update persists; a channel without consent stays enabled but not effective until consent is granted', async () => {
    const { client } = await freshBuyer();
    const updated = await client.privacy.preferences.update([
      { kind: 'delivery_problems', channel: 'sms', enabled: true },
      { kind: 'order_updates', channel: 'email', enabled: false },
    ]);
    const find = (list: typeof updated, kind: string, channel: string) =>
      list.data.find((p) => p.kind === kind && p.channel === channel);
    assert.deepEqual(
      { ...find(updated, 'delivery_problems', 'sms') },
      { kind: 'delivery_problems', channel: 'sms', enabled: true, effective: false },
      'SMS consent is still off',
    );
    assert.equal(find(updated, 'order_updates', 'email')?.enabled, false);
    assert.equal(find(updated, 'order_updates', 'email')?.effective, false);

    await client.privacy.consents.update({ purpose: 'notifications_sms', granted: true });
    await client.privacy.consents.update({ purpose: 'notifications_email', granted: false });
    const after = await client.privacy.preferences.get();
    assert.equal(find(after, 'delivery_problems', 'sms')?.effective, true, 'SMS consent granted');
    assert.equal(find(after, 'delivery_problems', 'email')?.enabled, true, 'the preference itself is kept');
    assert.equal(find(after, 'delivery_problems', 'email')?.effective, false, 'email consent withdrawn');
    assert.equal(find(after, 'order_updates', 'email')?.enabled, false, 'the earlier change persisted');
  });

  test('an empty change list is a ValidationError', async () => {
    const { client } = await freshBuyer();
    const error = await rejectionOf(client.privacy.preferences.update([]));
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.status, 422);
  });
});
