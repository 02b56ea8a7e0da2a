import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { parse } from 'yaml';
import {
  DEV_KEYS,
  OutputTail,
  REPO_ROOT,
  Stack,
  exited,
  freePort,
  track,
  waitFor,
} from '@switchyard/testing';
import { OtlpReceiver } from './support/otlp-receiver.js';

/** Every PromQL expression of the dashboards and of the alert rules (the query before `> n`). */
function expressions(): Array<{ source: string; expr: string }> {
  const out: Array<{ source: string; expr: string }> = [];
  const dir = join(REPO_ROOT, 'observability/grafana/dashboards');
  for (const file of readdirSync(dir)) {
    const dashboard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
    };
    for (const panel of dashboard.panels)
      for (const t of panel.targets)
        out.push({
          source: `${file}: ${panel.title}`,
          expr: t.expr.replaceAll('$__rate_interval', '1m'),
        });
  }
  const rules = parse(
    readFileSync(join(REPO_ROOT, 'observability/prometheus/alerts.yml'), 'utf8'),
  ) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
  for (const rule of rules.groups.flatMap((g) => g.rules)) {
    const m = /^(.*)\s>\s[\d.]+$/s.exec(rule.expr.trim());
    if (!m?.[1]) throw new Error(`alert ${rule.alert}: expression is not '<query> > <number>'`);
    out.push({ source: `alert ${rule.alert}`, expr: m[1] });
  }
  return out;
}

describe('observability: a real Prometheus scraping every service, and traces over OTLP', () => {
  let stack: Stack;
  let otlp: OtlpReceiver;
  let promUrl: string;
  let promDir: string;
  let stopProm: () => Promise<unknown>;

  beforeAll(async () => {
    otlp = await OtlpReceiver.start();
    stack = await Stack.start({
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        // the coordinator's line per decision (a completion's included) is at debug
        LOG_LEVEL: 'debug',
      },
    });
    promDir = mkdtempSync(join(tmpdir(), 'switchyard-prom-'));
    const port = await freePort();
    promUrl = `http://127.0.0.1:${port}`;
    const targets = stack.processes.map((p) => ({
      targets: [`127.0.0.1:${p.port}`],
      labels: { service: p.name },
    }));
    writeFileSync(
      join(promDir, 'prometheus.yml'),
      JSON.stringify({
        global: { scrape_interval: '1s', evaluation_interval: '1s' },
        rule_files: [join(REPO_ROOT, 'observability/prometheus/alerts.yml')],
        scrape_configs: [{ job_name: 'switchyard', static_configs: targets }],
      }),
    );
    const prom = spawn(
      'prometheus',
      [
        `--config.file=${join(promDir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(promDir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    track(prom);
    const logs = new OutputTail();
    prom.stderr.on('data', (c: Buffer) => logs.push(c));
    stopProm = async () => {
      prom.kill('SIGTERM');
      await exited(prom);
    };
    await waitFor(
      'prometheus to be ready',
      async () => (await fetch(`${promUrl}/-/ready`)).status === 200,
      { timeoutMs: 30_000 },
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${logs.text()}`);
    });
  });

  afterAll(async () => {
    await stopProm?.();
    await stack?.stop();
    await otlp?.stop();
    if (promDir) rmSync(promDir, { recursive: true, force: true });
  });

  it('finds data for every PromQL expression of the dashboards and alert rules while tasks run', async () => {
    await stack.request('PUT', '/v1/documents/refunds', {
      key: DEV_KEYS.admin,
      body: { title: 'Refunds', text: 'Refunds are paid within five business days.' },
    });
    const ids: string[] = [];
    const submit = async (text: string, workflow: string) =>
      ids.push((await stack.submit({ text, workflow })).id);
    for (let i = 0; i < 3; i++) {
      await submit('What are your opening hours?', 'faq');
      await submit('How long do refunds take?', 'knowledge');
      await submit('What is the airspeed of a swallow?', 'knowledge'); // weak retrieval: degrade
      await submit(
        'Invoice number: INV-1. Invoice date: 2026-03-04. Total due 10.00 EUR.',
        'extraction',
      ); // repair, large tier
      await submit('Where is my order 104233?', 'operational');
    }
    await submit('Please refund order 104233', 'sensitive');
    const pending = await stack.waitForTask(
      ids.at(-1)!,
      (t) => t.status === 'awaiting_approval',
      'to await approval',
    );
    await submit('Please refund order 555123', 'sensitive'); // stays pending: the pending gauges have data
    const approval = await waitFor('the approval', async () => {
      const res = await stack.request<{ items: Array<{ id: string; taskId: string }> }>(
        'GET',
        '/v1/approvals',
        { key: DEV_KEYS.approver },
      );
      return res.body.items.find((a) => a.taskId === pending.id);
    });
    await stack.request('POST', `/v1/approvals/${approval.id}/decision`, {
      key: DEV_KEYS.approver,
      body: { decision: 'approve' },
    });
    // one invalid message, dead-lettered
    const nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    await jetstream(nc).publish('switchyard.route.requested.v1', '{"not": "an envelope"}');
    await nc.drain();
    await Promise.all(ids.slice(0, -2).map((id) => stack.waitForEnd(id)));

    const query = async (expr: string): Promise<unknown[]> => {
      const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await res.json()) as {
        status: string;
        error?: string;
        data?: { result: unknown[] };
      };
      if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
      return body.data?.result ?? [];
    };
    const all = expressions();
    await waitFor(
      'Prometheus to have data for every expression',
      async () => {
        const empty = [];
        for (const e of all) if ((await query(e.expr)).length === 0) empty.push(e);
        return empty.length === 0 || ((lastEmpty = empty), false);
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    ).catch((err: Error) => {
      throw new Error(
        `${err.message}; still empty:\n${lastEmpty.map((e) => `  ${e.source}: ${e.expr}`).join('\n')}`,
      );
    });
    expect(all.length).toBeGreaterThan(30);
    const rules = (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as {
      data: { groups: Array<{ rules: Array<{ health: string }> }> };
    };
    expect(rules.data.groups.flatMap((g) => g.rules).map((r) => r.health)).toEqual(
      Array(5).fill('ok'),
    );
  });

  it('records one task as one trace, with a span for every stage in order, across the service processes', async () => {
    const { id } = await stack.submit({ text: 'How long do refunds take?', workflow: 'knowledge' });
    await stack.waitForEnd(id);
    const spans = await waitFor('the task’s spans to be exported', () => {
      const root = otlp.spans.find(
        (s) => s.name === 'task.submit' && s.attributes['switchyard.task_id'] === id,
      );
      if (!root) return false;
      const trace = otlp.spans.filter((s) => s.traceId === root.traceId);
      // each process exports its spans in its own batches: wait for the last stage's and the model call's
      const needed = [
        'process switchyard.validate.requested.v1',
        'process switchyard.validate.completed.v1',
        'chat local-heuristic-small',
        'process switchyard.retrieve.requested.v1',
        'process switchyard.generate.requested.v1',
      ];
      return needed.every((n) => trace.some((s) => s.name === n)) && trace;
    });
    // Causal order: walk the parent → child tree from the root (clocks of separate processes are
    // not precise enough to order by start time); a span's own process's children come first.
    const root = spans.find((s) => s.name === 'task.submit')!;
    const ordered: typeof spans = [];
    const visit = (span: (typeof spans)[number]): void => {
      ordered.push(span);
      spans
        .filter((c) => c.parentSpanId === span.spanId)
        .sort(
          (a, b) =>
            Number(b.service === span.service) - Number(a.service === span.service) ||
            (a.start < b.start ? -1 : 1),
        )
        .forEach(visit);
    };
    visit(root);
    const names = ordered.map((s) => `${s.service}: ${s.name}`);
    // (timer messages, held by the broker until due, have spans of their own: left out here)
    expect(
      names.filter(
        (n) =>
          (n.includes('process ') && !n.includes('.timer.')) ||
          n.includes('task.submit') ||
          n.includes('chat '),
      ),
    ).toEqual([
      'switchyard-gateway: task.submit',
      'switchyard-coordinator: process switchyard.task.submitted.v1',
      'switchyard-router: process switchyard.route.requested.v1',
      'switchyard-coordinator: process switchyard.route.completed.v1',
      'switchyard-retriever: process switchyard.retrieve.requested.v1',
      'switchyard-coordinator: process switchyard.retrieve.completed.v1',
      'switchyard-generator: process switchyard.generate.requested.v1',
      'switchyard-generator: chat local-heuristic-small',
      'switchyard-coordinator: process switchyard.generate.completed.v1',
      'switchyard-validator: process switchyard.validate.requested.v1',
      'switchyard-coordinator: process switchyard.validate.completed.v1',
    ]);
    const chat = ordered.find((s) => s.name.startsWith('chat '))!;
    expect(chat.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'local',
      'gen_ai.request.model': 'local-heuristic-small',
    });
    // every span but the root has its parent in the same trace
    const ids = new Set(spans.map((s) => s.spanId));
    expect(
      spans
        .filter((s) => s.name !== 'task.submit')
        .every((s) => s.parentSpanId && ids.has(s.parentSpanId)),
    ).toBe(true);
    // and the services' log lines about the task carry the trace id
    const line = stack
      .service('coordinator')
      .logs()
      .split('\n')
      .find((l) => l.includes(`"taskId":"${id}"`) && l.includes('"status":"completed"'));
    expect(line).toContain(`"trace_id":"${root.traceId}"`);
  });
});

let lastEmpty: Array<{ source: string; expr: string }> = [];
