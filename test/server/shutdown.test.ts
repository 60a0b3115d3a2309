import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { MIGRATIONS, DEMO_KEYS, DEMO_FIXTURES } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startProcess, type ServerProcess } from '../support/processes.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

for (const backend of BACKENDS) {
  describe(`health and readiness (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    it('is alive at /healthz and ready at /readyz with the current schema', async () => {
      assert.equal((await call(server.url, 'GET', '/healthz')).status, 200);
      const ready = await call(server.url, 'GET', '/readyz');
      assert.equal(ready.status, 200, ready.text);
      assert.deepEqual(ready.json, { status: 'ready', database: backend, schema: MIGRATIONS.at(-1)!.id });
    });

    it('is not ready once draining or when the schema is behind, and still alive', async () => {
      await server.services.db.query('delete from schema_migrations where id = $1', [MIGRATIONS.at(-1)!.id]);
      const behind = await call(server.url, 'GET', '/readyz');
      assert.deepEqual([behind.status, behind.json.code], [503, 'service_unavailable']);
      assert.match(behind.json.detail, /schema/);
      await server.services.db.query('insert into schema_migrations (id) values ($1)', [MIGRATIONS.at(-1)!.id]);

      server.services.lifecycle.startDraining();
      const draining = await call(server.url, 'GET', '/readyz');
      assert.deepEqual([draining.status, draining.json.code], [503, 'service_unavailable']);
      assert.match(draining.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal((await call(server.url, 'GET', '/healthz')).status, 200, 'alive while draining');
    });
  });
}

/** A POST whose body is sent in two parts, so the request is in flight between them. */
function slowPost(base: string, path: string, body: string, headers: Record<string, string>) {
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const outgoing = request(
      new URL(path, base),
      {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.write(body.slice(0, half));
    finish = () => outgoing.end(body.slice(half));
  });
  return { answer, finish };
}

/** Reads a whole event stream until the server ends it; resolves to its raw text. */
async function readStream(base: string, token: string): Promise<{ opened: Promise<void>; text: Promise<string> }> {
  const response = await fetch(`${base}/v1/events`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
  });
  let raw = '';
  let opened!: () => void;
  const openedPromise = new Promise<void>((resolve) => (opened = resolve));
  const text = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return raw;
      raw += value;
      if (raw.includes(': connected')) opened();
    }
  })();
  return { opened: openedPromise, text };
}

describe('SIGTERM drains a server process', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  before(async () => {
    database = await openTestDatabase('postgres');
    server = await startProcess({ env: { DATABASE_URL: database.url! }, args: ['--demo'], label: 'drain' });
  });
  after(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await database?.drop();
  });

  it('finishes the request in flight, ends live streams with a retry hint, refuses new connections, exits 0', async () => {
    const token = await buyerToken(server.url);
    const stream = await readStream(server.url, token);
    await stream.opened;
    const inFlight = slowPost(
      server.url,
      '/v1/sessions',
      JSON.stringify({ buyer: { id: DEMO_FIXTURES.buyers[0].id } }),
      { Authorization: `Bearer ${DEMO_KEYS.secretKey}` },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');

    const ended = await stream.text;
    assert.match(
      ended,
      /retry: \d+\n: this server is shutting down, reconnect\n\n$/,
      'the stream ends with a retry hint',
    );

    await new Promise((resolve) => setTimeout(resolve, 300));
    // A new connection (fetch could reuse a kept-alive one, which draining still answers, closing it).
    const { port } = new URL(server.url);
    await assert.rejects(
      new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.destroy();
          resolve();
        });
        socket.once('error', reject);
      }),
      'no new connections once draining',
    );
    inFlight.finish();
    const answered = await inFlight.answer;
    assert.equal(answered.status, 201, `the request in flight was answered: ${answered.text}`);
    assert.equal(await exited, 0);
    assert.match(server.output(), /drained, exiting/);
  });
});
