/** One dispatched Server-Sent Event (WHATWG HTML "event stream interpretation"). */
export interface SseMessage {
  /** The stream's last event id after this event (ids persist across events, as in EventSource). */
  id: string;
  event: string;
  data: string;
}

export interface SseParserCallbacks {
  onMessage(message: SseMessage): void;
  /** A `retry:` field: the reconnection delay the server asks for, in ms. */
  onRetry?(ms: number): void;
}

/**
 * Incremental SSE parser: feed it decoded text chunks in order. Handles LF, CR and CRLF line ends
 * (also split across chunks), multi-line `data`, `id`, `event`, `retry` and comment lines.
 */
export function createSseParser(callbacks: SseParserCallbacks, initialId = ''): (chunk: string) => void {
  let buffer = '';
  let first = true;
  let lastId = initialId;
  let event = '';
  let data: string[] = [];
  let sawCarriageReturn = false;

  const processLine = (line: string) => {
    if (line === '') {
      if (data.length > 0) callbacks.onMessage({ id: lastId, event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (line.startsWith(':')) return; // comment / heartbeat
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id') {
      if (!value.includes('\0')) lastId = value;
    } else if (field === 'retry') {
      if (/^\d+$/.test(value)) callbacks.onRetry?.(Number(value));
    }
  };

  return (chunk: string) => {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    // A CRLF split across chunks: the CR already ended the line, so drop the LF.
    if (sawCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    sawCarriageReturn = false;
    buffer += chunk;
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const char = buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      processLine(buffer.slice(start, i));
      if (char === '\r') {
        if (i + 1 === buffer.length) sawCarriageReturn = true;
        else if (buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    buffer = buffer.slice(start);
  };
}
