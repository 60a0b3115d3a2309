export interface ReceivedEvent {
  id: string | undefined;
  event: string | undefined;
  data: any;
}

/** A minimal SSE reader for tests, over a real fetch stream. */
export async function openEventStream(base: string, token: string, lastEventId?: string) {
  const controller = new AbortController();
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
  const response = await fetch(`${base}/v1/events`, { headers, signal: controller.signal });
  const received: ReceivedEvent[] = [];
  const waiters: (() => void)[] = [];
  let connected = false;

  const pump = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event: ReceivedEvent = { id: undefined, event: undefined, data: undefined };
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(': connected')) connected = true;
          if (line.startsWith('id:')) event.id = line.slice(3).trim();
          else if (line.startsWith('event:')) event.event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length > 0) {
          event.data = JSON.parse(data.join('\n'));
          received.push(event);
        }
        waiters.splice(0).forEach((wake) => wake());
      }
    }
  })().catch(() => undefined);

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    received,
    get connected() {
      return connected;
    },
    /** Waits until `count` events arrived (or fails after `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 5000): Promise<ReceivedEvent[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count || (count === 0 && !connected)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} events, got ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 100));
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received.slice(0, count);
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}
