import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { OutputTail, REPO_ROOT, exited, freePort, track, waitFor } from '@switchyard/testing';

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Eleven consecutive free ports: the seven services and the sample tools (base + 10). */
async function freeBase(): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await Promise.all(Array.from({ length: 11 }, (_, i) => portFree(base + i)));
    if (free.every(Boolean)) return base;
  }
}

/** How long `npm start` may take to build and start everything. */
const START_WITHIN_MS = 180_000;

describe('npm start (scripts/start.mjs)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'starts nats-server and every service; the printed curl gives a completed task; Ctrl-C stops all cleanly',
    async () => {
      const base = await freeBase();
      const natsPort = await freePort();
      const child = spawn(process.execPath, ['scripts/start.mjs'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          SWITCHYARD_PORT_BASE: String(base),
          NATS_PORT: String(natsPort),
          SWITCHYARD_DATA_DIR: dataDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      track(child);
      const out = new OutputTail();
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => out.push(c));

      // (npm start runs the whole build first: on a 2-core runner beside other suites that has
      // taken 82 s, and once more than 90)
      await waitFor(
        'the start script to say it is running',
        () => out.text().includes('Press Ctrl-C'),
        {
          timeoutMs: START_WITHIN_MS,
        },
      );
      const text = out.text();
      expect(text).toContain(`gateway     http://127.0.0.1:${base}`);
      expect(text).toContain(`nats://127.0.0.1:${natsPort}`);
      for (let i = 0; i < 7; i++) expect(text).toContain(`http://127.0.0.1:${base + i}/metrics`);
      const submitLine = text.split('\n').find((l) => l.trim().startsWith('curl -s -X POST'));
      expect(submitLine).toBeDefined();
      const submitted = JSON.parse(
        execFileSync('bash', ['-c', submitLine!.trim()], { encoding: 'utf8' }),
      ) as { id: string; status: string };
      expect(submitted.status).toBe('queued');
      const readLine = text
        .split('\n')
        .find((l) => l.includes('/v1/tasks/<id>'))!
        .trim()
        .replace('<id>', submitted.id);
      const task = await waitFor('the task to complete', () => {
        const t = JSON.parse(execFileSync('bash', ['-c', readLine], { encoding: 'utf8' })) as {
          status: string;
        };
        return t.status === 'completed' && t;
      });
      expect(task).toMatchObject({
        status: 'completed',
        workflow: { id: 'knowledge', version: 1 },
      });

      // One request per workflow: each ends in its expected state; the sensitive one waits for a person.
      const gateway = `http://127.0.0.1:${base}`;
      const requests: Array<[string, string, string]> = [
        ['faq', 'What are your opening hours?', 'completed'],
        ['knowledge', 'How long do refunds take to reach my card?', 'completed'],
        [
          'extraction',
          'Invoice number: INV-2291. Invoice date: 2026-03-04. Total due 149.90 EUR.',
          'completed',
        ],
        ['operational', 'Where is my order 104233?', 'completed'],
        ['sensitive', 'Please refund order 104233, the boots were too small', 'awaiting_approval'],
      ];
      for (const [workflow, text, expected] of requests) {
        const res = await fetch(`${gateway}/v1/tasks`, {
          method: 'POST',
          headers: {
            authorization: 'Bearer dev-submitter-key',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ text, workflow }),
        });
        const { id } = (await res.json()) as { id: string };
        const settled = await waitFor(`the ${workflow} task to settle`, async () => {
          const t = (await (
            await fetch(`${gateway}/v1/tasks/${id}`, {
              headers: { authorization: 'Bearer dev-submitter-key' },
            })
          ).json()) as { status: string };
          return (
            ['completed', 'failed', 'rejected', 'cancelled', 'awaiting_approval'].includes(
              t.status,
            ) && t
          );
        });
        expect({ workflow, status: settled.status }).toEqual({ workflow, status: expected });
      }

      child.kill('SIGINT');
      expect(await exited(child)).toBe(0);
      expect(out.text()).toContain('[start] stopped cleanly');
      const ports = [natsPort, base + 10, ...Array.from({ length: 7 }, (_, i) => base + i)];
      expect(await Promise.all(ports.map(portFree))).toEqual(ports.map(() => true));
    },
    START_WITHIN_MS + 120_000,
  );
});
