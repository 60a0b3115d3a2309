/**
 * An event-stream client that behaves like a browser's EventSource behind a load balancer: when the
 * stream ends or breaks it waits the server's `retry:` time and reconnects with `Last-Event-ID`.
 * Keeps every event id it received, in order, and counts its connections.
 */
export function resumingStream(base: string, token: string) {
  const ids: number[] = [];
  let connections = 0;
  let retryMs = 1000;
  let stopped = false;
  const controller = new AbortController();

  const connectOnce = async () => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
    if (ids.length > 0) headers['Last-Event-ID'] = String(ids.at(-1));
    const response = await fetch(`${base}/v1/events`, { headers, signal: controller.signal });
    if (response.status !== 200) throw new Error(`stream answered ${response.status}`);
    connections++;
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
        for (const line of block.split('\n')) {
          if (line.startsWith('retry:')) retryMs = Number(line.slice(6).trim());
          else if (line.startsWith('id:')) ids.push(Number(line.slice(3).trim()));
        }
      }
    }
  };

  const running = (async () => {
    while (!stopped) {
      await connectOnce().catch(() => undefined);
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();

  return {
    ids,
    get connections() {
      return connections;
    },
    async stop() {
      stopped = true;
      controller.abort();
      await running;
    },
  };
}
