import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentCaseFile, Dispute, RefundRequest } from '@txassist/contract';
import { CASE_TEXT_COLUMNS, encryptPlaintextCaseText, migrate, pseudonymizeClaims } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { call, type CallResult } from '../support/http.js';
import { BACKENDS, startTestServer, type Backend, type TestServer } from '../support/server.js';
import { agentToken, deliveredOrder, FILES, newBuyer, SK, upload, type TestOrder } from './disputes-support.js';

const KEY_A = { id: 'key-a', secret: Buffer.alloc(32, 3).toString('base64') };
const KEY_B = { id: 'key-b', secret: Buffer.alloc(32, 4).toString('base64') };

/** What people type into a case, each distinctive enough to be searched for in a raw dump. */
const WORDS = {
  description: 'Zebrafinch parcel: the lid was split and Quentin Fairweather signed for it',
  fileName: 'quentin-fairweather-doorstep.png',
  buyerMessage: 'Tangerine umbrella: call me on 07700 900456 after six',
  lookalike: 'v1.dk_notakey.AAAA.BBBB',
  offerNote: 'Marmalade offer: we can refund ten dollars for the lid',
  declineNote: 'Porcupine decline: ten dollars does not cover a split lid',
  escalateNote: 'Walrus escalation: please look at the photo',
  agentQuestion: 'Heliotrope question: was the seal on the box intact?',
  buyerAnswer: 'Cobalt answer: the seal was already broken on arrival',
  decisionReason: 'Saffron decision: the photo shows the damage clearly',
  refundNote: 'Lavender note: the second napkin set is scratched',
  counterNote: 'Juniper counter: keep the set with five dollars back',
  rejectReason: 'Obsidian reason: that set was sold as seconds',
  sellerRejects: 'Quartz rejection: the lid was fine when it left us',
  openQuestion: 'Gooseberry question: can you send the packing photo?',
} as const;

interface Exercised {
  buyerToken: string;
  /** Staff sessions outlive restarts (and a TOTP code works once): the agent signs in once per database. */
  agentToken: string;
  disputeId: string;
  /** A dispute left waiting for the seller's answer to the agent. */
  askedId: string;
  countered: string;
  rejected: string;
}

async function ok<T>(result: Promise<CallResult<T>>, status = 200): Promise<T> {
  const done = await result;
  assert.equal(done.status, status, done.text);
  return done.json;
}

function fileDispute(url: string, token: string, order: TestOrder, extra: object = {}) {
  return ok(
    call(url, 'POST', `/v1/orders/${order.id}/disputes`, {
      token,
      body: {
        reason: 'damaged',
        items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
        description: WORDS.description,
        desired_outcome: 'full_refund',
        ...extra,
      },
    }),
    201,
  );
}

/** Files a dispute and two refund requests through the API, with text in every field people type into. */
async function exercise(server: TestServer): Promise<Exercised> {
  const { url } = server;
  const buyer = await newBuyer(url);
  const order = await deliveredOrder(url, buyer.buyerId);
  const photo = await ok(upload(url, buyer.token, order.id, FILES.png, WORDS.fileName), 201);
  const dispute = await fileDispute(url, buyer.token, order, { evidence_ids: [photo.id] });
  const act = (token: string, body: object, id: string = dispute.id) =>
    ok(call(url, 'POST', `/v1/disputes/${id}/actions`, { token, body }));
  for (const body of [WORDS.buyerMessage, WORDS.lookalike]) {
    await ok(call(url, 'POST', `/v1/disputes/${dispute.id}/messages`, { token: buyer.token, body: { body } }), 201);
  }
  await act(SK, { action: 'offer', outcome: 'partial_refund', amount: 1000, note: WORDS.offerNote });
  await act(buyer.token, { action: 'decline_offer', note: WORDS.declineNote });
  await act(buyer.token, { action: 'escalate', note: WORDS.escalateNote });
  const agent = await agentToken(server);
  await act(agent, { action: 'request_info', from: 'buyer', question: WORDS.agentQuestion });
  await act(buyer.token, { action: 'provide_info', message: WORDS.buyerAnswer });
  await act(agent, { action: 'decide_for_buyer', refund_amount: 4000, reason: WORDS.decisionReason });

  const request = (note: string) =>
    ok(
      call(url, 'POST', `/v1/orders/${order.id}/refunds`, {
        token: buyer.token,
        body: {
          type: 'refund',
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[1]!.id, quantity: 1 }],
          note,
        },
      }),
      201,
    );
  const refundAct = (id: string, body: object) =>
    ok(call(url, 'POST', `/v1/refunds/${id}/actions`, { token: SK, body }));
  const countered = await request(WORDS.refundNote);
  assert.equal(
    (await refundAct(countered.id, { action: 'offer_partial', amount: 500, note: WORDS.counterNote })).status,
    'countered',
  );
  const rejected = await request(WORDS.refundNote);
  assert.equal((await refundAct(rejected.id, { action: 'reject', reason: WORDS.rejectReason })).status, 'rejected');

  const other = await deliveredOrder(url, buyer.buyerId);
  const asked = await fileDispute(url, buyer.token, other);
  await act(SK, { action: 'reject', reason: WORDS.sellerRejects }, asked.id);
  await act(buyer.token, { action: 'escalate' }, asked.id);
  await act(agent, { action: 'request_info', from: 'seller', question: WORDS.openQuestion }, asked.id);
  return {
    buyerToken: buyer.token,
    agentToken: agent,
    disputeId: dispute.id,
    askedId: asked.id,
    countered: countered.id,
    rejected: rejected.id,
  };
}

async function rawDump(db: TestDatabase['db']): Promise<string> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public'`,
  );
  let text = '';
  for (const { tablename } of tables) text += JSON.stringify((await db.query(`select * from ${tablename}`)).rows);
  return text;
}

function assertNoPlaintext(dump: string): void {
  assert.ok(dump.length > 10_000, 'the dump holds the data');
  for (const value of Object.values(WORDS)) {
    assert.ok(!dump.includes(value), `found "${value}" in the raw tables`);
  }
}

/** Everything typed comes back, to the buyer, the seller and the agent alike. */
async function assertReadable(server: TestServer, done: Exercised): Promise<void> {
  const { url } = server;
  const agent = done.agentToken;
  for (const token of [done.buyerToken, SK, agent]) {
    const dispute = Dispute.parse(await ok(call(url, 'GET', `/v1/disputes/${done.disputeId}`, { token })));
    assert.equal(dispute.description, WORDS.description);
    assert.equal(dispute.evidence[0]?.filename, WORDS.fileName);
    const bodies = dispute.messages.map((message) => message.body);
    for (const text of [
      WORDS.buyerMessage,
      WORDS.lookalike,
      WORDS.offerNote,
      WORDS.declineNote,
      WORDS.escalateNote,
      WORDS.agentQuestion,
      WORDS.buyerAnswer,
    ]) {
      assert.ok(bodies.includes(text), `the thread shows "${text}"`);
    }
    assert.equal(dispute.offer?.note, WORDS.offerNote);
    assert.equal(dispute.decision?.reason, WORDS.decisionReason);
    assert.ok(dispute.history.some((entry) => entry.note === WORDS.declineNote));

    const countered = RefundRequest.parse(await ok(call(url, 'GET', `/v1/refunds/${done.countered}`, { token })));
    assert.equal(countered.note, WORDS.refundNote);
    assert.equal(countered.offer?.note, WORDS.counterNote);
    const rejected = RefundRequest.parse(await ok(call(url, 'GET', `/v1/refunds/${done.rejected}`, { token })));
    assert.equal(rejected.rejection_reason, WORDS.rejectReason);
    assert.ok(rejected.history.some((entry) => entry.note === WORDS.rejectReason));

    const asked = Dispute.parse(await ok(call(url, 'GET', `/v1/disputes/${done.askedId}`, { token })));
    assert.equal(asked.info_request?.question, WORDS.openQuestion);
    assert.ok(asked.messages.some((message) => message.body === WORDS.sellerRejects));
  }
  const file = AgentCaseFile.parse(
    await ok(call(url, 'GET', `/v1/agent/disputes/${done.disputeId}`, { token: agent })),
  );
  assert.equal(file.dispute.description, WORDS.description);
  assert.deepEqual(file.refund_requests.map((refund) => refund.note).sort(), [WORDS.refundNote, WORDS.refundNote]);
  const listed = await ok(call(url, 'GET', `/v1/disputes?order_id=${file.order.id}`, { token: done.buyerToken }));
  assert.equal(listed.data[0].description, WORDS.description);
}

/** Turns the database back into what the version before migration 0007 left: plaintext, JSON columns. */
async function makeLegacy(server: TestServer, database: TestDatabase): Promise<void> {
  const { db } = database;
  for (const { table, column } of CASE_TEXT_COLUMNS) {
    const { rows } = await db.query<{ id: string; value: string }>(
      `select id, ${column} as value from ${table} where ${column} is not null and ${column} <> ''`,
    );
    for (const row of rows) {
      const plain = await server.services.cipher.decrypt(row.value, `${table}.${column}`);
      await db.query(`update ${table} set ${column} = $1 where id = $2`, [plain, row.id]);
    }
  }
  await db.exec(`
    alter table disputes alter column offer type jsonb using offer::jsonb;
    alter table disputes alter column info_request type jsonb using info_request::jsonb;
    alter table disputes alter column decision type jsonb using decision::jsonb;
    alter table disputes alter column history type jsonb using history::jsonb;
    alter table disputes alter column history set default '[]';
    alter table refund_requests alter column offer type jsonb using offer::jsonb;
    alter table refund_requests alter column history type jsonb using history::jsonb;
    alter table refund_requests alter column history set default '[]';
    delete from schema_migrations where id in ('0007_case_encryption', '0007_case_encryption:backfill');
  `);
}

const start = (backend: Backend, database: TestDatabase, masterKeys: (typeof KEY_A)[]) =>
  startTestServer({ backend, database, config: { masterKeys } });

for (const backend of BACKENDS) {
  describe(`case text encrypted at rest (${backend})`, () => {
    it('stores no typed case text in plaintext, and shows it to the buyer, the seller and the agent', async () => {
      const server = await startTestServer({ backend, config: { masterKeys: [KEY_A] } });
      try {
        const done = await exercise(server);
        assertNoPlaintext(await rawDump(server.services.db));
        await assertReadable(server, done);
        const { rows } = await server.services.db.query<{ value: string }>(
          'select history as value from disputes where id = $1',
          [done.disputeId],
        );
        assert.match(rows[0]!.value, /^v1\.dk_/, 'the history is one encrypted value');
      } finally {
        await server.close();
      }
    });

    it('rotation re-encrypts case text under the new key; it stays readable once the old key is gone', async () => {
      const database = await openTestDatabase(backend);
      try {
        const first = await start(backend, database, [KEY_A]);
        const done = await exercise(first);
        // An erased buyer's words are stored as nothing; rotation passes them by.
        const erased = await newBuyer(first.url);
        const order = await deliveredOrder(first.url, erased.buyerId);
        const filed = await fileDispute(first.url, erased.token, order);
        const step = (token: string, body: object) =>
          ok(call(first.url, 'POST', `/v1/disputes/${filed.id}/actions`, { token, body }));
        await step(SK, { action: 'offer', outcome: 'partial_refund', amount: 1000, note: WORDS.offerNote });
        await step(erased.token, { action: 'decline_offer', note: WORDS.declineNote });
        const { cipher } = first.services;
        await database.db.transaction((tx) => pseudonymizeClaims(tx, cipher, erased.buyerId, 'byr_pseudonymCase0001'));
        await first.close();

        const rotating = await start(backend, database, [KEY_B, KEY_A]);
        await rotating.services.jobs.idle();
        const active = rotating.services.cipher.activeDataKeyId;
        for (const { table, column } of CASE_TEXT_COLUMNS) {
          const { rows } = await database.db.query<{ total: unknown; old: unknown }>(
            `select count(*) as total, count(*) filter (where split_part(${column}, '.', 2) <> $1) as old
             from ${table} where ${column} is not null and ${column} <> ''`,
            [active],
          );
          assert.ok(Number(rows[0]!.total) > 0, `${table}.${column} has values`);
          assert.equal(Number(rows[0]!.old), 0, `${table}.${column} is all under the new data key`);
        }
        const { rows: retired } = await database.db.query('select 1 from data_keys where retired_at is not null');
        assert.ok(retired.length > 0, 'the old data key is retired');
        await rotating.close();

        const onlyB = await start(backend, database, [KEY_B]);
        try {
          await assertReadable(onlyB, done);
          const kept = Dispute.parse(
            await ok(call(onlyB.url, 'GET', `/v1/disputes/${filed.id}`, { token: done.agentToken })),
          );
          assert.equal(kept.description, '(erased at the buyer’s request)');
          assert.deepEqual(
            kept.messages.map((message) => [message.author, message.body]),
            [
              ['seller', WORDS.offerNote],
              ['buyer', '(erased at the buyer’s request)'],
            ],
          );
          const notes = kept.history.map((entry) => [entry.action, entry.note]);
          assert.deepEqual(notes, [
            ['file', null],
            ['offer', WORDS.offerNote],
            ['decline_offer', null],
          ]);
          assertNoPlaintext(await rawDump(database.db));
        } finally {
          await onlyB.close();
        }
      } finally {
        await database.drop();
      }
    });

    it('encrypts plaintext case text left by an older version when the server starts, losing nothing', async () => {
      const database = await openTestDatabase(backend);
      try {
        const first = await start(backend, database, [KEY_A]);
        const done = await exercise(first);
        await makeLegacy(first, database);
        await first.close();
        assert.deepEqual(await migrate(database.db), ['0007_case_encryption']);
        const legacy = await rawDump(database.db);
        for (const value of Object.values(WORDS)) assert.ok(legacy.includes(value), `the legacy data holds "${value}"`);

        const upgraded = await start(backend, database, [KEY_A]);
        try {
          assert.ok(
            upgraded.logs.some((line) => line.includes('encrypted case text stored in plaintext')),
            'the start-up backfill ran',
          );
          assertNoPlaintext(await rawDump(database.db));
          await assertReadable(upgraded, done);
          // The step is in the migrations ledger, so later starts skip the scan; run without it, the
          // scan finds nothing left.
          const marker = '0007_case_encryption:backfill';
          const ledger = () => database.db.query('select 1 from schema_migrations where id = $1', [marker]);
          assert.equal((await ledger()).rows.length, 1, 'the backfill is recorded');
          await database.db.query('delete from schema_migrations where id = $1', [marker]);
          const { cipher } = upgraded.services;
          assert.equal(
            await encryptPlaintextCaseText(database.db, cipher, upgraded.services.config.logger),
            0,
            'nothing left in plaintext',
          );
          assert.equal((await ledger()).rows.length, 1, 'recorded again');
        } finally {
          await upgraded.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}
