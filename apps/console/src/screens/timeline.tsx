import { useEffect, useState } from 'preact/hooks';
import { type TimelineEntry, readEvents } from '../api/client.js';
import { duration, time } from '../lib/format.js';

interface Group {
  stage: string;
  step?: string;
  attempt?: number;
  entries: TimelineEntry[];
  /** From this group's first entry to the next group's (or its own last). */
  ms: number;
  retried: boolean;
}

/** Consecutive entries of one stage, step and attempt form a group. */
export function groupTimeline(entries: TimelineEntry[]): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    const last = groups.at(-1);
    if (last && last.stage === e.stage && last.step === e.step && last.attempt === e.attempt) {
      last.entries.push(e);
    } else {
      groups.push({
        stage: e.stage,
        step: e.step,
        attempt: e.attempt,
        entries: [e],
        ms: 0,
        retried: false,
      });
    }
  }
  groups.forEach((g, i) => {
    const start = Date.parse(g.entries[0].time);
    const end = Date.parse((groups[i + 1]?.entries[0] ?? g.entries.at(-1)!).time);
    g.ms = Math.max(0, end - start);
    g.retried =
      (g.attempt ?? 1) > 1 ||
      g.entries.some((e) => e.outcome === 'retry' || e.outcome === 'failed');
  });
  return groups;
}

/**
 * A task's timeline, grouped by stage and attempt, following the task's event stream until it
 * ends; a dropped connection resumes after the last entry seen (Last-Event-ID).
 */
export function LiveTimeline({
  taskId,
  initial,
  onEnd,
}: {
  taskId: string;
  initial: TimelineEntry[];
  onEnd?: () => void;
}) {
  const [entries, setEntries] = useState(initial);
  const [live, setLive] = useState<'following' | 'ended' | 'reconnecting'>('following');
  useEffect(() => {
    const abort = new AbortController();
    let last = initial.at(-1)?.seq;
    void (async () => {
      for (let wait = 500; !abort.signal.aborted; wait = Math.min(wait * 2, 10_000)) {
        let ended = false;
        try {
          await readEvents(
            `/v1/tasks/${encodeURIComponent(taskId)}/events`,
            (e) => {
              if (e.event === 'timeline') {
                const entry = e.data as TimelineEntry;
                last = entry.seq;
                setLive('following');
                setEntries((old) => (old.some((o) => o.seq === entry.seq) ? old : [...old, entry]));
              } else if (e.event === 'end') ended = true;
            },
            abort.signal,
            last === undefined ? undefined : String(last),
          );
        } catch {
          // reconnect below
        }
        if (ended) {
          setLive('ended');
          onEnd?.();
          return;
        }
        if (abort.signal.aborted) return;
        setLive('reconnecting');
        await new Promise((r) => setTimeout(r, wait));
      }
    })();
    return () => abort.abort();
  }, [taskId]);

  const groups = groupTimeline(entries);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        Timeline{' '}
        <span class="live">
          {live === 'following' ? '● live' : live === 'ended' ? 'ended' : 'reconnecting…'}
        </span>
      </h2>
      <ol class="timeline">
        {groups.map((g) => (
          <li key={g.entries[0].seq} class={g.retried ? 'group retried' : 'group'}>
            <div class="group-head">
              <strong>{g.stage}</strong>
              {g.step && g.step !== g.stage ? ` · ${g.step}` : ''}
              {g.attempt ? ` · attempt ${g.attempt}` : ''}
              {g.retried && <span class="badge warn">retry</span>}
              <span class="took">{g.ms < 1000 ? `${g.ms} ms` : duration(g.ms)}</span>
            </div>
            <ul>
              {g.entries.map((e) => (
                <li key={e.seq}>
                  <time dateTime={e.time}>{time(e.time)}</time>{' '}
                  <span class="outcome">{e.outcome}</span> <span class="why">{e.reason}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
