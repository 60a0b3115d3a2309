// The one SMTP capture: a real SMTP server that keeps the messages it receives instead of sending them.
// Used by the node tests (test/support), the browser tests' back end (test/browser-support/server) and the
// development mail catcher that `npm start` runs (examples/mail-capture). Plain JavaScript so that the
// web-test-runner config can load it without a TypeScript loader; types in smtp-capture.d.mts.
import { SMTPServer } from 'smtp-server';

/**
 * Starts the capture on `host:port` (port 0: a free one). Messages are kept oldest first; past `keep`
 * the oldest are dropped (a long-running catcher stays small).
 * @param {{ port?: number, host?: string, keep?: number }} [options]
 */
export async function startSmtpCapture(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const keep = options.keep ?? Infinity;
  /** @type {import('./smtp-capture.d.mts').CapturedMail[]} */
  const messages = [];
  let next = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => {
        messages.push({
          id: next++,
          receivedAt: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        if (messages.length > keep) messages.splice(0, messages.length - keep);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://${host}:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
