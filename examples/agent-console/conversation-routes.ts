/**
 * The console's "Conversations" routes: the support queue, one conversation opened with a reason
 * (the API requires and audits it), a reply or an internal note, and closing. The staff token stays in
 * the console's server; the page sends JSON to these routes only.
 *
 * - `GET /api/conversations` → not closed, waiting on an agent first (`client.support.queue()`).
 * - `GET /api/conversations/:id?reason=` → the conversation with internal notes (`client.support.read()`).
 * - `POST /api/conversations/:id/messages` `{ message, internal? }` → a reply, or a note only agents see.
 * - `POST /api/conversations/:id/close` → closes it.
 */
import type { TxClient } from '@txassist/sdk';
import type { IncomingMessage } from 'node:http';

const CONVERSATION = /^\/api\/conversations\/(conv_[A-Za-z0-9]{8,64})(\/messages|\/close)?$/;

/** The answer to a conversation route, or undefined when the path is not one. */
export async function conversationRoute(
  request: IncomingMessage,
  path: string,
  client: TxClient,
  readBody: () => Promise<Record<string, unknown>>,
): Promise<unknown> {
  if (path === '/api/conversations' && request.method === 'GET') return client.support.queue();
  const match = CONVERSATION.exec(path);
  if (!match) return undefined;
  const id = match[1]!;
  if (!match[2] && request.method === 'GET') {
    const reason = new URL(request.url ?? '/', 'http://console').searchParams.get('reason') ?? '';
    return client.support.read(id, reason);
  }
  if (match[2] === '/messages' && request.method === 'POST') {
    const body = await readBody();
    return client.support.agentReply(id, { message: String(body.message ?? ''), internal: body.internal === true });
  }
  if (match[2] === '/close' && request.method === 'POST') return client.support.agentClose(id);
  return undefined;
}
