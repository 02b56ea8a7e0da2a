import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen.js';

export type Schemas = components['schemas'];
export type Approval = Schemas['ApprovalResponse'];
export type ApprovalChange = Schemas['ApprovalChangedEvent'];
export type Task = Schemas['TaskResponse'];
export type TimelineEntry = Schemas['TimelineEntryDto'];
export type ErrorBody = Schemas['ErrorBodyDto'];
export type ListStatus = NonNullable<
  NonNullable<paths['/v1/approvals']['get']['parameters']['query']>['status']
>;

const KEY = 'switchyard.apiKey';

/** The API key lives in sessionStorage only: gone when the tab closes, never in localStorage. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY),
  set: (key: string): void => sessionStorage.setItem(KEY, key),
  clear: (): void => sessionStorage.removeItem(KEY),
};

const auth: Middleware = {
  onRequest({ request }) {
    const key = session.key();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
};

/** The typed client: paths, parameters and bodies come from docs/openapi.json. */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

/** An error answer of the API, with what a person should read. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(describe(status, body));
  }
}

function describe(status: number, body?: ErrorBody): string {
  if (status === 401) return 'This API key is not known (401). Check it and sign in again.';
  if (status === 403)
    return `This key may not do this (403): ${body?.message ?? 'it lacks the role'}.`;
  if (status === 0) return 'The gateway cannot be reached.';
  return body?.message ?? `The request failed (${status}).`;
}

/** The data of an openapi-fetch result, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  const body = (result.error as { error?: ErrorBody } | undefined)?.error;
  throw new ApiError(result.response.status, body);
}

export interface StreamEvent {
  id?: string;
  event: string;
  data: unknown;
}

/**
 * Reads Server-Sent Events with fetch and a stream reader (EventSource cannot send the
 * Authorization header). Resolves when the server ends the stream; rejects on an HTTP error.
 */
export async function readEvents(
  path: string,
  onEvent: (e: StreamEvent) => void,
  signal: AbortSignal,
  lastEventId?: string,
): Promise<void> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  const key = session.key();
  if (key) headers.authorization = `Bearer ${key}`;
  if (lastEventId) headers['last-event-id'] = lastEventId;
  const res = await fetch(path, { headers, signal });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => undefined)) as { error?: ErrorBody } | undefined;
    throw new ApiError(res.status, body?.error);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: StreamEvent = { event: 'message', data: undefined };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const field = line.slice(0, colon);
        const text = line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') event.id = text;
        else if (field === 'event') event.event = text;
        else if (field === 'data') data.push(text);
      }
      if (data.length === 0) continue;
      try {
        event.data = JSON.parse(data.join('\n'));
      } catch {
        event.data = data.join('\n');
      }
      onEvent(event);
    }
  }
}
