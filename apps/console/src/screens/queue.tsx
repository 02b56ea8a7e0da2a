import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Approval, type ListStatus, api, unwrap } from '../api/client.js';
import { feed } from '../lib/feed.js';
import { actionLabel, countdown, time, truncate } from '../lib/format.js';
import { useKeys } from '../lib/keys.js';
import { go, useNow } from '../lib/route.js';
import { Alert } from './alerts.js';

const TABS: Array<[ListStatus, string]> = [
  ['pending', 'Pending'],
  ['decided', 'Decided'],
  ['all', 'All'],
];

function belongs(status: ListStatus, a: Approval): boolean {
  return status === 'all' || (status === 'pending') === (a.status === 'pending');
}

function order(status: ListStatus, items: Approval[]): Approval[] {
  return [...items].sort((a, b) =>
    status === 'pending'
      ? a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id)
      : b.id.localeCompare(a.id),
  );
}

/** Pending approvals by deadline (or the audit of decided ones), live: no reload needed. */
export function Queue({ status }: { status: ListStatus }) {
  const [items, setItems] = useState<Approval[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [error, setError] = useState<string>();
  const [loaded, setLoaded] = useState(false);
  const [selected, setSelected] = useState(0);
  const [filter, setFilter] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const now = useNow();

  const load = useCallback(async () => {
    try {
      const page = unwrap(
        await api.GET('/v1/approvals', { params: { query: { status, limit: 100 } } }),
      );
      setItems(order(status, page.items));
      setCursor(page.nextCursor);
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoaded(true);
    }
  }, [status]);

  const more = async (): Promise<void> => {
    try {
      const page = unwrap(
        await api.GET('/v1/approvals', { params: { query: { status, limit: 100, cursor } } }),
      );
      setItems((old) =>
        order(status, [...old, ...page.items.filter((a) => !old.some((o) => o.id === a.id))]),
      );
      setCursor(page.nextCursor);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  useEffect(() => {
    setLoaded(false);
    setSelected(0);
    void load();
  }, [load]);

  // live: each change notice re-reads that approval and puts it in (or takes it out of) the list
  useEffect(
    () =>
      feed.subscribe((change) => {
        if (change === 'ready') return void load();
        void api.GET('/v1/approvals/{id}', { params: { path: { id: change.id } } }).then((r) => {
          const a = r.data;
          if (!a) return;
          setItems((old) => {
            const rest = old.filter((o) => o.id !== a.id);
            return order(status, belongs(status, a) ? [...rest, a] : rest);
          });
        });
      }),
    [load, status],
  );

  const visible = filter
    ? items.filter((a) =>
        `${a.input} ${a.route} ${actionLabel(a.proposedAction) ?? ''} ${a.reason}`
          .toLowerCase()
          .includes(filter.toLowerCase()),
      )
    : items;
  const index = Math.min(selected, Math.max(0, visible.length - 1));

  const focusRow = (i: number): void => {
    setSelected(i);
    (listRef.current?.querySelectorAll('a.row')[i] as HTMLElement | undefined)?.focus();
  };
  useKeys({
    j: () => focusRow(Math.min(index + 1, visible.length - 1)),
    k: () => focusRow(Math.max(index - 1, 0)),
    Enter: () => {
      const a = visible[index];
      if (a) go(`/approvals/${encodeURIComponent(a.id)}`);
    },
    n: () => focusRow(Math.min(index + 1, visible.length - 1)),
    p: () => focusRow(Math.max(index - 1, 0)),
    '/': () => filterRef.current?.focus(),
    Escape: () => {
      setFilter('');
      filterRef.current?.blur();
    },
  });

  return (
    <main>
      <h1>Approvals</h1>
      <div role="tablist" aria-label="Which approvals" class="tabs">
        {TABS.map(([s, label]) => (
          <a
            key={s}
            role="tab"
            href={`#/queue/${s}`}
            aria-selected={s === status}
            class={s === status ? 'tab active' : 'tab'}
          >
            {label}
          </a>
        ))}
      </div>
      <div class="filter">
        <label for="filter">Filter</label>
        <input
          id="filter"
          ref={filterRef}
          type="search"
          value={filter}
          placeholder="input, route, action (press /)"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      <Alert message={error} />
      <p class="count" aria-live="polite">
        {loaded ? `${visible.length} ${status === 'pending' ? 'waiting' : 'shown'}` : 'Loading…'}
      </p>
      <ul class="queue" ref={listRef} aria-label={`${status} approvals`}>
        {visible.map((a, i) => (
          <li key={a.id} class={i === index ? 'selected' : undefined}>
            <a
              class="row"
              href={`#/approvals/${encodeURIComponent(a.id)}`}
              data-approval={a.id}
              data-task={a.taskId}
              onFocus={() => setSelected(i)}
            >
              <span class="summary">{truncate(a.input)}</span>
              <span class="meta">
                <span class="route">{a.route}</span>
                {a.proposedAction ? (
                  <span class="action">{actionLabel(a.proposedAction)}</span>
                ) : a.verdict ? (
                  <span class="verdict">
                    {a.verdict.ok
                      ? 'validation passed'
                      : `${a.verdict.failures.length} validation failures`}
                  </span>
                ) : null}
                <span class="reason">{truncate(a.reason, 80)}</span>
              </span>
              {a.status === 'pending' ? (
                <span class="due">
                  {a.requiredRole === 'admin' && <span class="badge">admin only</span>}
                  <span class="countdown">{countdown(a, now)}</span>
                </span>
              ) : (
                <Audit approval={a} />
              )}
            </a>
          </li>
        ))}
      </ul>
      {cursor && (
        <button type="button" onClick={() => void more()}>
          Load more
        </button>
      )}
    </main>
  );
}

/** Who decided what, when and why; or why it closed. */
function Audit({ approval: a }: { approval: Approval }) {
  if (a.decision)
    return (
      <span class="audit">
        <span class={`badge ${a.status}`}>{a.status}</span> by {a.decision.decidedBy} at{' '}
        {time(a.decision.decidedAt)}
        {a.decision.comment ? `: “${truncate(a.decision.comment, 80)}”` : ''}
      </span>
    );
  return (
    <span class="audit">
      <span class={`badge ${a.status}`}>{a.status}</span> {a.closedReason ?? ''}
      {a.closedAt ? ` at ${time(a.closedAt)}` : ''}
    </span>
  );
}
