import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, session, unwrap } from './api/client.js';
import { feed } from './lib/feed.js';
import { onShortcutsChange, setShortcutsEnabled, shortcutsEnabled, useKeys } from './lib/keys.js';
import { go, useRoute } from './lib/route.js';
import { DecisionView } from './screens/decision.js';
import { Queue } from './screens/queue.js';
import { TaskDetail, TaskList } from './screens/tasks.js';
import { Alert } from './screens/alerts.js';

export function App() {
  const [signedIn, setSignedIn] = useState(session.key() !== null);
  useEffect(() => {
    if (!signedIn) return;
    feed.start();
    return () => feed.stop();
  }, [signedIn]);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  return (
    <Shell
      onSignOut={() => {
        session.clear();
        setSignedIn(false);
      }}
    />
  );
}

/** The key is checked against the approvals API before it is kept (in sessionStorage only). */
function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    session.set(key.trim());
    try {
      unwrap(await api.GET('/v1/approvals', { params: { query: { limit: 1 } } }));
      onSignedIn();
    } catch (err) {
      session.clear();
      setError(
        err instanceof ApiError && err.status === 403
          ? 'This key has no reviewer role (403): the console needs a key with the approver or admin role.'
          : err instanceof ApiError && err.status === 401
            ? 'This API key is not known (401): check it and try again.'
            : (err as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="signin">
      <h1>Switchyard console</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label for="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autocomplete="off"
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
          required
        />
        <p class="hint">
          Kept in this tab only (sessionStorage) and sent as <code>Authorization: Bearer</code>.
        </p>
        <button type="submit" disabled={busy || !key.trim()}>
          Sign in
        </button>
        <Alert message={error} />
      </form>
    </main>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const [shortcuts, setShortcuts] = useState(shortcutsEnabled());
  useEffect(() => onShortcutsChange(setShortcuts), []);
  useKeys({ '?': () => setHelp(true) });
  const section = route.name === 'tasks' || route.name === 'task' ? 'tasks' : 'queue';
  return (
    <>
      <header class="top">
        <span class="brand">Switchyard</span>
        <nav aria-label="Sections">
          <a href="#/queue/pending" aria-current={section === 'queue' ? 'page' : undefined}>
            Approvals
          </a>
          <a href="#/tasks" aria-current={section === 'tasks' ? 'page' : undefined}>
            Tasks
          </a>
        </nav>
        <label class="toggle">
          <input
            type="checkbox"
            checked={shortcuts}
            onChange={(e) => setShortcutsEnabled(e.currentTarget.checked)}
          />{' '}
          Keyboard shortcuts
        </label>
        <button type="button" class="link" onClick={() => setHelp(true)}>
          Help (?)
        </button>
        <button type="button" class="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {route.name === 'queue' && <Queue status={route.status} />}
      {route.name === 'approval' && <DecisionView key={route.id} id={route.id} />}
      {route.name === 'tasks' && <TaskList />}
      {route.name === 'task' && <TaskDetail key={route.id} id={route.id} />}
      {help && <Help onClose={() => setHelp(false)} />}
    </>
  );
}

const SHORTCUTS: Array<[string, string]> = [
  ['j / k', 'move down / up a list'],
  ['Enter', 'open the selected item'],
  ['n / p', 'next / previous pending approval'],
  ['a then a', 'approve'],
  ['r', 'revise'],
  ['x', 'reject (a reason is required)'],
  ['Ctrl/⌘ + Enter', 'submit the open form (revise: show the changes, then send)'],
  ['Esc', 'back'],
  ['/', 'filter the list'],
  ['?', 'this help'],
];

function Help({ onClose }: { onClose: () => void }) {
  useKeys({ Escape: onClose, '?': onClose });
  useEffect(() => document.getElementById('help-close')?.focus(), []);
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div class="dialog">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <p>
          Single-key shortcuts can be switched off in the header; Esc and Ctrl/⌘+Enter always work.
        </p>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, what]) => (
              <tr key={k}>
                <th scope="row">
                  <kbd>{k}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button id="help-close" type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

export function back(): void {
  if (history.length > 1) history.back();
  else go('/queue/pending');
}
