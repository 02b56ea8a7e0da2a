export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

/**
 * Parses a Server-Sent Events body as it arrives: yields each event with data (JSON), in order.
 */
export async function* sseEvents(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: SseEvent = { event: 'message', data: undefined };
      for (const line of block.split('\n')) {
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').trimStart();
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.data = JSON.parse(value);
      }
      if (event.data !== undefined) yield event;
    }
  }
}

/** Reads a Server-Sent Events response until the server closes it (or the deadline passes). */
export async function readSse(
  url: string,
  headers: Record<string, string>,
  timeoutMs = 30_000,
): Promise<SseEvent[]> {
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (res.status !== 200 || !res.body)
    throw new Error(`SSE request failed: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  for await (const event of sseEvents(res.body))
    events.push(event);
  return events;
}
