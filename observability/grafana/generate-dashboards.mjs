// Writes the Grafana dashboards (overview + one per stage) into ./dashboards. Run after changing
// a panel: node observability/grafana/generate-dashboards.mjs. The JSON files are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'dashboards');
mkdirSync(dir, { recursive: true });
const DS = { type: 'prometheus', uid: '${datasource}' };
let id = 0;

function panel(title, exprs, { unit = 'short', type = 'timeseries', w = 12, legends = [] } = {}) {
  id++;
  return {
    id,
    title,
    type,
    datasource: DS,
    gridPos: { h: 8, w, x: ((id - 1) % (24 / w)) * w, y: Math.floor((id - 1) / (24 / w)) * 8 },
    fieldConfig: { defaults: { unit }, overrides: [] },
    targets: exprs.map((expr, i) => ({
      refId: String.fromCharCode(65 + i),
      expr,
      legendFormat: legends[i] ?? '',
    })),
  };
}

function dashboard(uid, title, panels, variables = []) {
  return {
    uid,
    title,
    tags: ['switchyard'],
    timezone: 'browser',
    schemaVersion: 39,
    refresh: '10s',
    time: { from: 'now-1h', to: 'now' },
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source' },
        ...variables,
      ],
    },
    panels,
  };
}

const q = (p, metric, by) =>
  `histogram_quantile(${p}, sum by (le, ${by}) (rate(${metric}_bucket[$__rate_interval])))`;

id = 0;
const overview = dashboard('switchyard-overview', 'Switchyard — overview', [
  panel(
    'Throughput: tasks ended per second, by workflow',
    ['sum by (workflow) (rate(switchyard_tasks_total[$__rate_interval]))'],
    { unit: 'reqps', legends: ['{{workflow}}'] },
  ),
  panel(
    'Success rate (completed / ended)',
    [
      'sum(rate(switchyard_tasks_total{status="completed"}[$__rate_interval])) / sum(rate(switchyard_tasks_total[$__rate_interval]))',
    ],
    { unit: 'percentunit' },
  ),
  panel(
    'End-to-end duration p50 / p95 / p99',
    [0.5, 0.95, 0.99].map((p) => q(p, 'switchyard_task_duration_seconds', 'workflow')),
    { unit: 's', legends: ['p50 {{workflow}}', 'p95 {{workflow}}', 'p99 {{workflow}}'] },
  ),
  panel(
    'Stage latency p50 / p95 / p99',
    [0.5, 0.95, 0.99].map((p) => q(p, 'switchyard_consumer_handle_seconds', 'consumer')),
    { unit: 's', legends: ['p50 {{consumer}}', 'p95 {{consumer}}', 'p99 {{consumer}}'] },
  ),
  panel(
    'Backlog per stage (pending + unacknowledged)',
    ['max by (consumer) (switchyard_consumer_pending + switchyard_consumer_ack_pending)'],
    { legends: ['{{consumer}}'] },
  ),
  panel(
    'Fallbacks, repairs and escalations',
    ['sum by (kind) (rate(switchyard_recoveries_total[$__rate_interval]))'],
    { unit: 'ops', legends: ['{{kind}}'] },
  ),
  panel(
    'Validation failures by check',
    ['sum by (check) (rate(switchyard_validation_failures_total[$__rate_interval]))'],
    { unit: 'ops', legends: ['{{check}}'] },
  ),
  panel(
    'Approvals: waiting, and wait time p95',
    ['sum(switchyard_approvals_pending)', q(0.95, 'switchyard_approval_wait_seconds', 'workflow')],
    { legends: ['waiting', 'p95 wait {{workflow}}'] },
  ),
  panel(
    'Manual overrides (last hour) by workflow and outcome',
    ['sum by (workflow, outcome) (increase(switchyard_manual_overrides_total[1h]))'],
    { legends: ['{{workflow}} {{outcome}}'] },
  ),
  panel(
    'Tokens per second by provider and model',
    ['sum by (provider, model, kind) (rate(switchyard_model_tokens_total[$__rate_interval]))'],
    { legends: ['{{provider}}/{{model}} {{kind}}'] },
  ),
  panel(
    'Cost (last hour, USD) by provider and model',
    ['sum by (provider, model) (increase(switchyard_model_cost_usd_total[1h]))'],
    { unit: 'currencyUSD', legends: ['{{provider}}/{{model}}'] },
  ),
  panel(
    'Dead letters (last hour)',
    ['sum by (consumer, reason) (increase(switchyard_dead_letters_total[1h]))'],
    { legends: ['{{consumer}} {{reason}}'] },
  ),
]);
writeFileSync(join(dir, 'overview.json'), `${JSON.stringify(overview, null, 2)}\n`);

const stages = {
  coordinator: 'coordinator',
  router: 'router',
  retriever: 'retriever',
  generator: 'generator',
  validator: 'validator',
  approval: 'approval',
};
for (const [name, consumer] of Object.entries(stages)) {
  id = 0;
  const sel = `consumer="${consumer}"`;
  const panels = [
    panel(
      `Messages handled by outcome`,
      [`sum by (outcome) (rate(switchyard_consumer_messages_total{${sel}}[$__rate_interval]))`],
      { unit: 'ops', legends: ['{{outcome}}'] },
    ),
    panel(
      'Handling time p50 / p95 / p99',
      [0.5, 0.95, 0.99].map(
        (p) =>
          `histogram_quantile(${p}, sum by (le) (rate(switchyard_consumer_handle_seconds_bucket{${sel}}[$__rate_interval])))`,
      ),
      { unit: 's', legends: ['p50', 'p95', 'p99'] },
    ),
    panel(
      'Backlog: pending and unacknowledged',
      [`max(switchyard_consumer_pending{${sel}})`, `max(switchyard_consumer_ack_pending{${sel}})`],
      { legends: ['pending', 'unacknowledged'] },
    ),
    panel('In flight per replica', [`sum by (instance) (switchyard_consumer_in_flight{${sel}})`], {
      legends: ['{{instance}}'],
    }),
    panel(
      'Handled by workflow',
      [`sum by (workflow) (rate(switchyard_consumer_messages_total{${sel}}[$__rate_interval]))`],
      { unit: 'ops', legends: ['{{workflow}}'] },
    ),
    panel(
      'Replicas: CPU and memory',
      [
        `sum by (instance) (rate(process_cpu_seconds_total{service="${name}"}[$__rate_interval]))`,
        `max by (instance) (process_resident_memory_bytes{service="${name}"})`,
      ],
      { legends: ['cpu {{instance}}', 'rss {{instance}}'] },
    ),
  ];
  if (name === 'generator') {
    panels.push(
      panel(
        'Model calls by provider, model and outcome',
        [
          'sum by (provider, model, outcome) (rate(switchyard_model_calls_total[$__rate_interval]))',
        ],
        { unit: 'ops', legends: ['{{provider}}/{{model}} {{outcome}}'] },
      ),
    );
    panels.push(
      panel(
        'Tool calls by tool and outcome',
        ['sum by (tool, outcome) (rate(switchyard_tool_calls_total[$__rate_interval]))'],
        { unit: 'ops', legends: ['{{tool}} {{outcome}}'] },
      ),
    );
  }
  if (name === 'validator')
    panels.push(
      panel(
        'Failures by check',
        ['sum by (check, workflow) (rate(switchyard_validation_failures_total[$__rate_interval]))'],
        { unit: 'ops', legends: ['{{check}} {{workflow}}'] },
      ),
    );
  if (name === 'approval')
    panels.push(
      panel('Oldest waiting approval', ['max(switchyard_approval_oldest_pending_seconds)'], {
        unit: 's',
      }),
    );
  if (name === 'coordinator')
    panels.push(
      panel(
        'Recoveries by workflow and kind',
        ['sum by (workflow, kind) (rate(switchyard_recoveries_total[$__rate_interval]))'],
        { unit: 'ops', legends: ['{{workflow}} {{kind}}'] },
      ),
    );
  writeFileSync(
    join(dir, `stage-${name}.json`),
    `${JSON.stringify(dashboard(`switchyard-${name}`, `Switchyard — ${name}`, panels), null, 2)}\n`,
  );
}
console.log(`wrote ${1 + Object.keys(stages).length} dashboards to ${dir}`);
