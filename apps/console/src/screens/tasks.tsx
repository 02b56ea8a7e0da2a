import { useEffect, useRef, useState } from 'preact/hooks';
import { type Task, api, unwrap } from '../api/client.js';
import { back } from '../app.js';
import { time } from '../lib/format.js';
import { useKeys } from '../lib/keys.js';
import { go } from '../lib/route.js';
import { LiveTimeline } from './timeline.js';
import { Alert, Unready } from './alerts.js';

const STATUSES = [
  'queued',
  'running',
  'awaiting_approval',
  'completed',
  'failed',
  'rejected',
  'cancelled',
] as const;
type Status = (typeof STATUSES)[number];

/** The tenant's tasks, newest first, with status and workflow filters and cursor paging. */
export function TaskList() {
  const [status, setStatus] = useState<Status | ''>('');
  const [workflow, setWorkflow] = useState('');
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [items, setItems] = useState<Task[]>([]);
  const [next, setNext] = useState<string>();
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState(0);
  const filterRef = useRef<HTMLSelectElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const cursor = cursors.at(-1);

  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const page = unwrap(
          await api.GET('/v1/tasks', {
            params: {
              query: {
                status: status || undefined,
                workflow: workflow || undefined,
                limit: 20,
                cursor,
              },
            },
          }),
        );
        if (stale) return;
        setItems(page.items);
        setNext(page.nextCursor);
        setError(undefined);
        setSelected(0);
      } catch (err) {
        if (!stale) setError((err as Error).message);
      }
    })();
    return () => {
      stale = true;
    };
  }, [status, workflow, cursor]);

  const focusRow = (i: number): void => {
    setSelected(i);
    (tableRef.current?.querySelectorAll('a')[i] as HTMLElement | undefined)?.focus();
  };
  useKeys({
    j: () => focusRow(Math.min(selected + 1, items.length - 1)),
    k: () => focusRow(Math.max(selected - 1, 0)),
    Enter: () => items[selected] && go(`/tasks/${items[selected].id}`),
    '/': () => filterRef.current?.focus(),
    Escape: back,
  });
  const restart = (): void => setCursors([undefined]);

  return (
    <main>
      <h1>Tasks</h1>
      <div class="filters">
        <label for="task-status">Status</label>
        <select
          id="task-status"
          ref={filterRef}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as Status | '');
            restart();
          }}
        >
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label for="task-workflow">Workflow</label>
        <input
          id="task-workflow"
          list="workflows"
          value={workflow}
          placeholder="any"
          onChange={(e) => {
            setWorkflow(e.currentTarget.value.trim());
            restart();
          }}
        />
        <datalist id="workflows">
          {['faq', 'knowledge', 'extraction', 'operational', 'sensitive'].map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      </div>
      <Alert message={error} />
      <table class="tasks">
        <caption>Newest first</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Status</th>
            <th scope="col">Workflow</th>
            <th scope="col">Request</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {items.map((t, i) => (
            <tr key={t.id} class={i === selected ? 'selected' : undefined}>
              <td>
                <a href={`#/tasks/${t.id}`} onFocus={() => setSelected(i)}>
                  {t.id}
                </a>
              </td>
              <td>
                <span class={`badge ${t.status}`}>{t.status}</span>
              </td>
              <td>{t.workflow ? `${t.workflow.id} v${t.workflow.version}` : '—'}</td>
              <td class="summary">{t.text.slice(0, 80)}</td>
              <td>{time(t.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="buttons">
        <button
          type="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Newer
        </button>
        <button type="button" disabled={!next} onClick={() => setCursors((c) => [...c, next])}>
          Older
        </button>
      </div>
    </main>
  );
}

/** One task: where it is, what it cost, what it produced, and its live timeline. */
export function TaskDetail({ id }: { id: string }) {
  const [task, setTask] = useState<Task>();
  const [error, setError] = useState<string>();
  const load = async (): Promise<void> => {
    try {
      setTask(unwrap(await api.GET('/v1/tasks/{id}', { params: { path: { id } } })));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  useEffect(() => void load(), [id]);
  useKeys({ Escape: back });
  if (error || !task) return <Unready error={error} />;
  const t = task;
  return (
    <main class="task">
      <h1>Task {t.id}</h1>
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <span class={`badge ${t.status}`}>{t.status}</span>
          {t.error && ` ${t.error.code}: ${t.error.message}`}
        </dd>
        <dt>Route</dt>
        <dd>
          {t.route
            ? `${t.route.workflow} (confidence ${t.route.confidence.toFixed(2)}, ${t.route.source}: ${t.route.reason})`
            : '—'}
        </dd>
        <dt>Workflow</dt>
        <dd>{t.workflow ? `${t.workflow.id} v${t.workflow.version} (pinned)` : '—'}</dd>
        <dt>Current step</dt>
        <dd>
          {t.step
            ? `${t.step.name} (${t.step.stage}), attempt ${t.step.attempt}, deadline ${time(t.step.deadline)}`
            : '—'}
        </dd>
        <dt>Usage</dt>
        <dd>
          {t.usage.promptTokens} prompt + {t.usage.completionTokens} completion tokens, $
          {t.usage.costUsd.toFixed(4)}
        </dd>
        <dt>Request</dt>
        <dd class="text">{t.text}</dd>
      </dl>
      <section aria-labelledby="output-title">
        <h2 id="output-title">Output</h2>
        {t.output?.text ? <p class="text">{t.output.text}</p> : <p>No output yet.</p>}
        {t.output?.data && <pre class="text">{JSON.stringify(t.output.data, null, 2)}</pre>}
        {t.output && t.output.citations.length > 0 && (
          <p>
            Citations:{' '}
            {t.output.citations.map((c) => (
              <code key={`${c.documentId}${c.version}${c.chunk}`}>
                {c.documentId} v{c.version} #{c.chunk}{' '}
              </code>
            ))}
          </p>
        )}
      </section>
      <LiveTimeline taskId={t.id} initial={t.timeline ?? []} onEnd={() => void load()} />
    </main>
  );
}
