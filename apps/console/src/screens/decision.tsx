import { diffWords } from 'diff';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Approval, ApiError, type Schemas, type Task, api, unwrap } from '../api/client.js';
import { back } from '../app.js';
import { feed } from '../lib/feed.js';
import { countdown, time } from '../lib/format.js';
import { useKeys } from '../lib/keys.js';
import { go, useNow } from '../lib/route.js';
import { LiveTimeline } from './timeline.js';
import { Alert, Unready } from './alerts.js';

type Mode = 'none' | 'reject' | 'revise';
type Field = {
  name: string;
  type: 'string' | 'number' | 'boolean';
  value: string;
  original?: unknown;
};

const SAID = { approve: 'Approved', revise: 'Revision sent', reject: 'Rejected' } as const;

/** Pending approvals in deadline order: for n / p and for "the next item" after a decision. */
async function pendingIds(): Promise<string[]> {
  const page = unwrap(
    await api.GET('/v1/approvals', { params: { query: { status: 'pending', limit: 100 } } }),
  );
  return page.items.map((a) => a.id);
}

async function neighbour(id: string, step: 1 | -1): Promise<string | undefined> {
  const ids = await pendingIds();
  const i = ids.indexOf(id);
  if (i < 0) return step === 1 ? ids[0] : ids.at(-1);
  return ids[i + step];
}

function fieldsOf(data: Record<string, unknown> | undefined): Field[] {
  return Object.entries(data ?? {})
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([name, v]) => ({
      name,
      type: typeof v as Field['type'],
      value: String(v),
      original: v,
    }));
}

/** The typed value of a field: a number stays a number. */
function valueOf(f: Field): { value?: unknown; problem?: string } {
  if (f.type === 'number') {
    const n = Number(f.value);
    return f.value.trim() === '' || !Number.isFinite(n)
      ? { problem: `${f.name} must be a number` }
      : { value: n };
  }
  if (f.type === 'boolean') return { value: f.value === 'true' };
  return { value: f.value };
}

/** "Approving runs refund once with orderId 104233." */
function approveMeans(a: Approval): string {
  if (a.proposedAction) {
    const args = Object.entries(a.proposedAction.arguments)
      .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
      .join(', ');
    return `Approving runs ${a.proposedAction.tool} once${args ? ` with ${args}` : ''}, then the task continues.`;
  }
  return 'Approving lets the task continue with this draft as its output.';
}

export function DecisionView({ id }: { id: string }) {
  const [approval, setApproval] = useState<Approval>();
  const [task, setTask] = useState<Task>();
  const [error, setError] = useState<string>();
  const [locked, setLocked] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [mode, setMode] = useState<Mode>('none');
  const [armed, setArmed] = useState(false);
  const sending = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = useNow();

  const load = async (): Promise<void> => {
    try {
      const a = unwrap(await api.GET('/v1/approvals/{id}', { params: { path: { id } } }));
      setApproval(a);
      if (a.status !== 'pending') setLocked(lockText(a));
      const t = await api.GET('/v1/tasks/{id}', { params: { path: { id: a.taskId } } });
      if (t.data) setTask(t.data);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  useEffect(() => void load(), [id]);
  // focus lands on the item once it is shown (keyboard users start from its heading)
  const shown = approval?.id;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  // someone else decided, or the task left the step: lock the view
  useEffect(
    () =>
      feed.subscribe((c) => {
        if (c !== 'ready' && c.id === id && c.change !== 'created') void load();
      }),
    [id],
  );

  const next = async (step: 1 | -1): Promise<void> => {
    const target = await neighbour(id, step).catch(() => undefined);
    if (target) go(`/approvals/${encodeURIComponent(target)}`);
    else setNotice(step === 1 ? 'No further pending approval.' : 'No earlier pending approval.');
  };

  const send = async (body: Schemas['DecisionRequest']): Promise<void> => {
    if (sending.current || locked) return;
    sending.current = true;
    const after = await neighbour(id, 1).catch(() => undefined);
    try {
      const res = await api.POST('/v1/approvals/{id}/decision', {
        params: { path: { id } },
        body,
      });
      const decided = unwrap(res);
      setApproval(decided);
      setLocked(`${SAID[body.decision]}.`);
      setMode('none');
      // focus moves on to the next pending item
      if (after && after !== id) go(`/approvals/${encodeURIComponent(after)}`);
      else go('/queue/pending');
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const d = err.body?.details[0];
        setLocked(
          d?.decidedBy
            ? `Already ${d.status ?? 'decided'} by ${d.decidedBy} at ${time(d.decidedAt)}.`
            : `Closed: ${d?.closedReason ?? err.message}.`,
        );
        setMode('none');
        void load();
      } else setError((err as Error).message);
    } finally {
      sending.current = false;
    }
  };

  useKeys({
    a: () => {
      if (locked || mode !== 'none') return;
      if (!armed) {
        setArmed(true);
        setTimeout(() => setArmed(false), 3000);
        return;
      }
      setArmed(false);
      void send({ decision: 'approve' });
    },
    r: () => !locked && setMode('revise'),
    x: () => !locked && setMode('reject'),
    n: () => void next(1),
    p: () => void next(-1),
    Escape: () => (mode !== 'none' ? setMode('none') : back()),
  });

  if (!approval) return <Unready error={error} />;
  const a = approval;
  return (
    <main class="decision">
      <h1 tabIndex={-1} ref={heading}>
        Approval for task <a href={`#/tasks/${a.taskId}`}>{a.taskId}</a>
      </h1>
      <p class="status-line">
        <span class={`badge ${a.status}`}>{a.status}</span>
        {a.status === 'pending' && <span class="countdown">{countdown(a, now)}</span>}
        {a.requiredRole === 'admin' && <span class="badge">admin only</span>}
        {a.workflow && (
          <span>
            workflow {a.workflow.id} v{a.workflow.version}
            {a.step ? `, step ${a.step}` : ''}
          </span>
        )}
      </p>
      <p class="reason">Why a person: {a.reason}</p>
      {locked && (
        <div role="status" class="locked">
          <p>{locked}</p>
          <button type="button" onClick={() => void next(1)}>
            Next pending (n)
          </button>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      <Alert message={error} />
      <div class="columns">
        <div>
          <section aria-labelledby="input-title">
            <h2 id="input-title">Input</h2>
            <p class="text">{a.input}</p>
            <p>
              Route: <strong>{a.route}</strong>
              {task?.route &&
                ` (confidence ${task.route.confidence.toFixed(2)}, ${task.route.source}: ${task.route.reason})`}
            </p>
          </section>
          <Passages approval={a} />
          <section aria-labelledby="draft-title">
            <h2 id="draft-title">Draft</h2>
            {a.draft?.text ? <p class="text draft">{a.draft.text}</p> : <p>No draft text.</p>}
            {a.draft?.data && <pre class="text">{JSON.stringify(a.draft.data, null, 2)}</pre>}
          </section>
          <section aria-labelledby="verdict-title">
            <h2 id="verdict-title">Validation</h2>
            {!a.verdict ? (
              <p>No verdict.</p>
            ) : a.verdict.ok ? (
              <p>
                Passed
                {a.verdict.confidence !== undefined
                  ? ` (confidence ${a.verdict.confidence.toFixed(2)})`
                  : ''}
                .
              </p>
            ) : (
              <ul>
                {a.verdict.failures.map((f, i) => (
                  <li key={i}>
                    <strong>{f.check}</strong>: {f.message}
                    {f.path ? ` (${f.path})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {a.proposedAction && (
            <section aria-labelledby="action-title">
              <h2 id="action-title">Proposed action: {a.proposedAction.tool}</h2>
              <table class="args">
                <tbody>
                  {Object.entries(a.proposedAction.arguments).map(([k, v]) => (
                    <tr key={k}>
                      <th scope="row">{k}</th>
                      <td>
                        {JSON.stringify(v)} <span class="type">{typeof v}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </div>
        <div>
          {a.status === 'pending' && !locked && (
            <section aria-labelledby="decide-title" class="decide">
              <h2 id="decide-title">Decide</h2>
              <p>{approveMeans(a)}</p>
              {mode === 'none' && (
                <div class="buttons">
                  <button type="button" onClick={() => void send({ decision: 'approve' })}>
                    Approve (a a)
                  </button>
                  <button type="button" onClick={() => setMode('revise')}>
                    Revise (r)
                  </button>
                  <button type="button" class="danger" onClick={() => setMode('reject')}>
                    Reject (x)
                  </button>
                </div>
              )}
              {armed && <p role="status">Press a again to approve.</p>}
              {mode === 'reject' && (
                <RejectForm
                  onSend={(comment) => void send({ decision: 'reject', comment })}
                  onCancel={() => setMode('none')}
                />
              )}
              {mode === 'revise' && (
                <ReviseForm
                  approval={a}
                  onSend={(body) => void send(body)}
                  onCancel={() => setMode('none')}
                />
              )}
            </section>
          )}
          {a.decision && (
            <section aria-labelledby="audit-title">
              <h2 id="audit-title">Decision</h2>
              <p>
                {a.decision.decision} by {a.decision.decidedBy} at {time(a.decision.decidedAt)}
                {a.decision.comment ? `: ${a.decision.comment}` : ''}
              </p>
            </section>
          )}
          {task && <LiveTimeline key={task.id} taskId={task.id} initial={task.timeline ?? []} />}
        </div>
      </div>
    </main>
  );
}

function lockText(a: Approval): string {
  if (a.decision)
    return `Already ${a.status} by ${a.decision.decidedBy} at ${time(a.decision.decidedAt)}.`;
  return `Closed: ${a.closedReason ?? 'no longer pending'}.`;
}

/** Passages as `document vN #chunk` with scores; the draft's citations marked, strays flagged. */
function Passages({ approval: a }: { approval: Approval }) {
  const cites = a.draft?.citations ?? [];
  const key = (c: { documentId: string; version: number; chunk: number }): string =>
    `${c.documentId} v${c.version} #${c.chunk}`;
  const retrieved = new Set(a.passages.map(key));
  const cited = new Set(cites.map(key));
  const strays = cites.filter((c) => !retrieved.has(key(c)));
  return (
    <section aria-labelledby="passages-title">
      <h2 id="passages-title">Retrieved passages</h2>
      {strays.length > 0 && (
        <p role="alert" class="error">
          The draft cites {strays.map(key).join(', ')}, which {strays.length === 1 ? 'was' : 'were'}{' '}
          not retrieved.
        </p>
      )}
      {a.passages.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol class="passages">
          {a.passages.map((p) => (
            <li key={key(p)} class={cited.has(key(p)) ? 'cited' : undefined}>
              <div>
                <code>{key(p)}</code> <span class="score">score {p.score.toFixed(2)}</span>
                {cited.has(key(p)) && <span class="badge ok">cited</span>}
              </div>
              <p class="text">{p.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RejectForm({
  onSend,
  onCancel,
}: {
  onSend: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = (): void => {
    if (!reason.trim()) {
      setProblem('A reason is required to reject: nothing was sent.');
      return;
    }
    onSend(reason.trim());
  };
  useKeys({ 'mod+Enter': submit, Escape: onCancel });
  return (
    <form
      class="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for="reject-reason">Reason for rejecting (required)</label>
      <textarea
        id="reject-reason"
        ref={ref}
        rows={3}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'reject-problem' : undefined}
      />
      <Alert id="reject-problem" message={problem} />
      <div class="buttons">
        <button type="submit" class="danger">
          Reject (Ctrl/⌘+Enter)
        </button>
        <button type="button" onClick={onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

/**
 * Revise as the workflow allows: `replace` edits the text and the data fields, typed (a number
 * stays a number), and shows a word diff against the draft before sending; `regenerate` sends
 * notes back to generation.
 */
function ReviseForm({
  approval: a,
  onSend,
  onCancel,
}: {
  approval: Approval;
  onSend: (body: Schemas['DecisionRequest']) => void;
  onCancel: () => void;
}) {
  const regenerate = a.reviseMode === 'regenerate';
  const [text, setText] = useState(a.draft?.text ?? '');
  const [fields, setFields] = useState<Field[]>(() => fieldsOf(a.draft?.data));
  const [comment, setComment] = useState('');
  const [preview, setPreview] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<Field['type']>('number');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const build = (): Schemas['DecisionRequest'] | undefined => {
    if (regenerate) {
      if (!comment.trim()) {
        setProblem('Notes are required to regenerate: nothing was sent.');
        return undefined;
      }
      return { decision: 'revise', comment: comment.trim() };
    }
    const output: Record<string, unknown> = { text };
    for (const f of fields) {
      const { value, problem: p } = valueOf(f);
      if (p) {
        setProblem(`${p}: nothing was sent.`);
        return undefined;
      }
      output[f.name] = value;
    }
    return { decision: 'revise', output, ...(comment.trim() ? { comment: comment.trim() } : {}) };
  };

  const submit = (): void => {
    setProblem(undefined);
    const body = build();
    if (!body) return;
    if (!regenerate && !preview) {
      setPreview(true); // the diff first, then send
      return;
    }
    onSend(body);
  };
  useKeys({ 'mod+Enter': submit, Escape: onCancel });

  const setField = (i: number, value: string): void => {
    setPreview(false);
    setFields((old) => old.map((f, j) => (j === i ? { ...f, value } : f)));
  };
  const addField = (): void => {
    const name = newName.trim();
    if (
      !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ||
      name === 'text' ||
      fields.some((f) => f.name === name)
    ) {
      setProblem('A new field needs a unique name of letters, digits and _ (not "text").');
      return;
    }
    setFields((old) => [
      ...old,
      { name, type: newType, value: newType === 'boolean' ? 'false' : '' },
    ]);
    setNewName('');
    setPreview(false);
  };

  return (
    <form
      class="form"
      aria-label="Revise"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {regenerate ? (
        <>
          <p>This step regenerates: your notes go back to the model, which drafts again.</p>
          <label for="revise-notes">Notes for regeneration (required)</label>
          <textarea
            id="revise-notes"
            ref={first}
            rows={4}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        </>
      ) : (
        <>
          <p>
            Your text and fields replace the draft as the task’s output.
            {a.proposedAction &&
              ` The proposed ${a.proposedAction.tool} still runs with its arguments as shown: a revision changes the output, not the action.`}
          </p>
          <label for="revise-text">Text</label>
          <textarea
            id="revise-text"
            ref={first}
            rows={6}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setPreview(false);
            }}
          />
          {fields.map((f, i) => (
            <div class="field" key={f.name}>
              <label for={`field-${f.name}`}>
                {f.name} <span class="type">{f.type}</span>
              </label>
              {f.type === 'boolean' ? (
                <select
                  id={`field-${f.name}`}
                  value={f.value}
                  onChange={(e) => setField(i, e.currentTarget.value)}
                >
                  <option value="true">true</option>
                  <option value="false">false</option>
                </select>
              ) : f.type === 'number' ? (
                <input
                  id={`field-${f.name}`}
                  type="number"
                  step="any"
                  value={f.value}
                  onInput={(e) => setField(i, e.currentTarget.value)}
                />
              ) : (
                <input
                  id={`field-${f.name}`}
                  type="text"
                  value={f.value}
                  onInput={(e) => setField(i, e.currentTarget.value)}
                />
              )}
            </div>
          ))}
          <fieldset class="add-field">
            <legend>Add a field</legend>
            <label for="new-field-name">Name</label>
            <input
              id="new-field-name"
              value={newName}
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
            <label for="new-field-type">Type</label>
            <select
              id="new-field-type"
              value={newType}
              onChange={(e) => setNewType(e.currentTarget.value as Field['type'])}
            >
              <option value="number">number</option>
              <option value="string">text</option>
              <option value="boolean">true/false</option>
            </select>
            <button type="button" onClick={addField}>
              Add field
            </button>
          </fieldset>
          <label for="revise-comment">Comment (optional)</label>
          <input
            id="revise-comment"
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        </>
      )}
      <Alert message={problem} />
      {preview && <Diff draft={a.draft} text={text} fields={fields} />}
      <div class="buttons">
        <button type="submit">
          {regenerate ? 'Send notes' : preview ? 'Send revision' : 'Show changes'} (Ctrl/⌘+Enter)
        </button>
        <button type="button" onClick={onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

/** A word diff of the text against the draft, and each field's change with its type. */
function Diff({
  draft,
  text,
  fields,
}: {
  draft: Approval['draft'];
  text: string;
  fields: Field[];
}) {
  const parts = diffWords(draft?.text ?? '', text);
  const changed = fields.filter((f) => String(f.original) !== f.value || f.original === undefined);
  return (
    <section class="diff" aria-labelledby="diff-title">
      <h3 id="diff-title">Changes against the draft</h3>
      <p class="text">
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i}>{p.value}</ins>
          ) : p.removed ? (
            <del key={i}>{p.value}</del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </p>
      {changed.length > 0 && (
        <ul>
          {changed.map((f) => (
            <li key={f.name}>
              <code>{f.name}</code>:{' '}
              {f.original === undefined ? '(new)' : JSON.stringify(f.original)} →{' '}
              <strong>{JSON.stringify(valueOf(f).value)}</strong> <span class="type">{f.type}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
