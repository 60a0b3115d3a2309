// A minimal HTTP/1.1 client over raw keep-alive sockets, for load generation: far cheaper per request
// than `http.request` or `fetch`, so one load process can saturate a server process, and it times
// each request with microsecond resolution. Handles Content-Length and chunked bodies, which is all
// @hono/node-server sends.
import net from 'node:net';

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Incremental response parser. `onHead(status, headers)` once per response, `onData(buffer)` for body
 * bytes as they arrive (de-chunked), `onEnd()` when the body is complete.
 */
export class ResponseParser {
  #buffer = Buffer.alloc(0);
  #state = 'head';
  #remaining = 0;

  constructor({ onHead = () => {}, onData = () => {}, onEnd = () => {} } = {}) {
    this.onHead = onHead;
    this.onData = onData;
    this.onEnd = onEnd;
  }

  feed(chunk) {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const progressed = this.#step();
      if (!progressed) return;
    }
  }

  #take(count) {
    const part = this.#buffer.subarray(0, count);
    this.#buffer = this.#buffer.subarray(count);
    return part;
  }

  /** Consumes what it can from the buffer; false when it needs more bytes. */
  #step() {
    const buffer = this.#buffer;
    switch (this.#state) {
      case 'head': {
        const end = buffer.indexOf(HEAD_END);
        if (end === -1) return false;
        const lines = this.#take(end + 4)
          .toString('latin1', 0, end)
          .split('\r\n');
        const status = Number(lines[0].split(' ')[1]);
        const headers = {};
        for (let index = 1; index < lines.length; index++) {
          const colon = lines[index].indexOf(':');
          headers[lines[index].slice(0, colon).trim().toLowerCase()] = lines[index].slice(colon + 1).trim();
        }
        this.onHead(status, headers);
        if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
          this.#state = 'chunk-size';
        } else {
          this.#remaining = Number(headers['content-length'] ?? 0);
          this.#state = 'body';
          if (this.#remaining === 0) this.#finish();
        }
        return true;
      }
      case 'body': {
        if (buffer.length === 0) return false;
        const part = this.#take(Math.min(this.#remaining, buffer.length));
        this.#remaining -= part.length;
        this.onData(part);
        if (this.#remaining === 0) this.#finish();
        return true;
      }
      case 'chunk-size': {
        const end = buffer.indexOf(CRLF);
        if (end === -1) return false;
        const size = parseInt(this.#take(end + 2).toString('latin1', 0, end), 16);
        if (size === 0) this.#state = 'trailer';
        else {
          this.#remaining = size;
          this.#state = 'chunk-data';
        }
        return true;
      }
      case 'chunk-data': {
        if (buffer.length === 0) return false;
        const part = this.#take(Math.min(this.#remaining, buffer.length));
        this.#remaining -= part.length;
        this.onData(part);
        if (this.#remaining === 0) this.#state = 'chunk-end';
        return true;
      }
      case 'chunk-end': {
        if (buffer.length < 2) return false;
        this.#take(2);
        this.#state = 'chunk-size';
        return true;
      }
      case 'trailer': {
        // No trailers are sent: the last chunk is followed by one empty line.
        const end = buffer.indexOf(CRLF);
        if (end === -1) return false;
        this.#take(end + 2);
        if (end === 0) this.#finish();
        return true;
      }
      default:
        throw new Error(`bad parser state ${this.#state}`);
    }
  }

  #finish() {
    this.#state = 'head';
    this.onEnd();
  }
}

/** The bytes of a GET request (keep-alive). */
export function getRequest(url, headers = {}) {
  const { host, pathname, search } = new URL(url);
  const lines = [`GET ${pathname}${search} HTTP/1.1`, `Host: ${host}`, 'Connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

/** Opens a TCP connection to the URL's host and port, resolving once connected. */
export function connect(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port), noDelay: true });
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}
