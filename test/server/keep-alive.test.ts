/**
 * Idle kept-alive connections: the server leaves closing them to the client (`keepAliveMs`, 65 s by
 * default). Were the server to close one just as the client sends a request down it, the request
 * would be lost ("other side closed"), and a POST is not retried; Node's own 5 s did that under load.
 * One raw connection, two requests 6 s apart: the server must not end it in between.
 */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/server.js';

const IDLE_MS = 6_000;

/** Sends one GET /healthz on `socket` and resolves with the raw answer once it is complete. */
function get(socket: Socket, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const onData = (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      const end = answer.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(answer)?.[1];
      if (end >= 0 && length !== undefined && answer.length >= end + 4 + Number(length)) {
        socket.off('data', onData);
        socket.off('error', reject);
        resolve(answer);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

describe('kept-alive connections', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  it('stay open while idle for longer than Node’s 5 s, and answer the next request', async () => {
    const socket = connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let ended = false;
    socket.once('end', () => (ended = true));
    try {
      const host = `127.0.0.1:${server.port}`;
      const first = await get(socket, host);
      assert.match(first, /^HTTP\/1\.1 200/);
      assert.match(first, /keep-alive: timeout=65/i, 'the server tells the client how long it keeps it');
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      assert.equal(ended, false, `the server closed the idle connection within ${IDLE_MS} ms`);
      assert.match(await get(socket, host), /^HTTP\/1\.1 200/, 'the same connection answers again');
    } finally {
      socket.destroy();
    }
  });
});
