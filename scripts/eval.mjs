// `npm run eval`: the labelled fixtures through the real stack — a private nats-server and every
// service as its own process, HTTP in through the gateway — with the accuracy per workflow and
// route, the misses, a confusion matrix, latency and token cost, and a JSON report in
// bench/results/. Runs against an OpenAI-compatible provider when PROVIDERS / MODEL_TIERS /
// PRICES (and ROUTER_CLASSIFIER, EMBEDDINGS_URL) are set in the environment: see docs/evaluation.md.
//
// Usage: node scripts/eval.mjs [--workflow routing|extraction|knowledge] [--split dev|test|fresh|dev2|fresh2|dev3|fresh3|dev4|dev5|…|dev29|fresh4|fresh5|fresh6|fresh7|train]
//                              [--limit N] [--concurrency N] [--out FILE]
// Splits: dev (default) — the development fixtures, never trained on but looked at while
// improving; test — written before any measurement, since looked at; fresh — written before any
// measurement and only ever reported (never tune on it); dev2 — a third round of invoices,
// looked at; fresh2 — invoices of that round and a second round of knowledge questions, only
// reported; dev3 — vendor-focused invoices, looked at; fresh3 — a fourth round of invoices and a
// third of knowledge questions, only reported; dev4 — that invoice round's development invoices,
// looked at; train — the router's own
// training examples (routing only). --show-misses prints a fresh split's misses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractionReport, knowledgeReport, routingReport } from '../eval/metrics.mjs';
import {
  ROOT,
  SPLITS,
  askCase,
  extractCase,
  fixtures,
  loadCorpus,
  missPrinter,
  pct,
  pool,
  routeCase,
  scoreLine,
  splitOf,
} from '../eval/runner.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const WORKFLOWS = ['routing', 'extraction', 'knowledge'];
const only = option('--workflow');
if (only && !WORKFLOWS.includes(only)) {
  console.error(`--workflow must be one of ${WORKFLOWS.join(', ')} (got '${only}')`);
  process.exit(2);
}
const split = option('--split', 'dev');
if (!SPLITS.includes(split)) {
  console.error(`--split must be one of ${SPLITS.join(', ')} (got '${split}')`);
  process.exit(2);
}
const limit = Number(option('--limit', '0')) || Infinity;
const concurrency = Number(option('--concurrency', '6'));
// a split without cases for a workflow (dev2 to dev7 have no routing; fresh2, fresh3, fresh5 no routing) skips it
const run = (w) =>
  (!only || only === w) &&
  ({ routing: data.routing, extraction: data.invoices, knowledge: data.questions }[w] ?? [1])
    .length > 0;

const { Stack, DEV_KEYS } = await import('../libs/testing/dist/index.js');
const data = splitOf(fixtures(), split);
const shownMisses = missPrinter(split, args);
const ms = (x) => (x === undefined ? '-' : `${Math.round(x)} ms`);
const report = {
  startedAt: new Date().toISOString(),
  providers: {
    PROVIDERS: process.env.PROVIDERS ? Object.keys(JSON.parse(process.env.PROVIDERS)) : [],
    MODEL_TIERS: process.env.MODEL_TIERS ? JSON.parse(process.env.MODEL_TIERS) : 'local stand-in',
    ROUTER_CLASSIFIER: process.env.ROUTER_CLASSIFIER ?? 'off',
    EMBEDDINGS_URL: process.env.EMBEDDINGS_URL ? 'set' : 'built-in word vectors',
  },
  split,
};

/** Resident memory of the router and the retriever, from their /metrics. */
async function residentMiB(stack) {
  const out = {};
  for (const name of ['router', 'retriever']) {
    const text = await (await fetch(`${stack.service(name).url}/metrics`)).text();
    const bytes = Number(/^process_resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? NaN);
    out[name] = Math.round((bytes / 2 ** 20) * 10) / 10;
  }
  return out;
}

console.log('[eval] starting nats-server and every service ...');
const stack = await Stack.start();
try {
  report.residentMiB = { afterStart: await residentMiB(stack) };
  if (run('routing')) {
    const items = data.routing.slice(0, limit);
    const cases = await pool(items, concurrency, (i) => routeCase(stack, i));
    const r = routingReport(cases);
    report.routing = r;
    console.log(`\nRouting, ${split} split (${r.total} requests, through the gateway and router):`);
    for (const [route, s] of Object.entries(r.perRoute)) console.log(scoreLine(route, 12, s));
    console.log(scoreLine('overall', 12, r));
    console.log(`  sensitive requests sent to sensitive: ${pct(r.sensitiveRecall)}`);
    const labels = Object.keys(r.confusion);
    console.log(
      `  confusion (row = expected, column = routed):\n  ${''.padEnd(12)}${labels.map((l) => l.slice(0, 11).padStart(12)).join('')}`,
    );
    for (const l of labels)
      console.log(
        `  ${l.padEnd(12)}${labels.map((m) => String(r.confusion[l][m]).padStart(12)).join('')}`,
      );
    console.log(
      `  latency to the routing decision: p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}`,
    );
    for (const m of shownMisses(r.misses))
      console.log(
        `  MISS expected ${m.expected}, got ${m.got}: "${m.text.replace(/\n/g, ' ').slice(0, 100)}" (${m.reason})`,
      );
  }
  if (run('extraction') && split !== 'train') {
    const cases = await pool(data.invoices.slice(0, limit), concurrency, (i) =>
      extractCase(stack, i),
    );
    const r = extractionReport(cases);
    report.extraction = r;
    console.log(`\nExtraction, ${split} split (${r.invoices} invoices, extraction workflow):`);
    for (const [field, s] of Object.entries(r.perField)) console.log(scoreLine(field, 14, s));
    console.log(
      `  fields right   ${pct(r.fieldAccuracy)}; completed without a person ${r.completedWithoutPerson}/${r.invoices} (${pct(r.completionRate)}), ${r.wrongCompletedWithoutPerson} of them with a wrong field`,
    );
    console.log(
      `  latency p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}; tokens ${r.tokens.prompt} in / ${r.tokens.completion} out; cost $${r.costUsd}`,
    );
    for (const m of shownMisses(r.misses))
      console.log(
        `  MISS ${m.field}: expected ${m.expected}, got ${m.got ?? '(none)'} in "${m.text.replace(/\n/g, ' | ').slice(0, 90)}"`,
      );
  }
  if (run('knowledge') && split !== 'train') {
    await loadCorpus(stack, DEV_KEYS.admin);
    const cases = await pool(data.questions.slice(0, limit), concurrency, (i) => askCase(stack, i));
    const r = knowledgeReport(cases);
    report.knowledge = r;
    console.log(
      `\nKnowledge, ${split} split (${r.questions} questions over corpus/demo, knowledge workflow):`,
    );
    console.log(
      `  answers with the fact and its document cited: ${r.right}/${r.questions} (${pct(r.answerRate)}); answers repeating a sentence: ${r.withRepeats}`,
    );
    console.log(
      `  latency p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}; tokens ${r.tokens.prompt} in / ${r.tokens.completion} out; cost $${r.costUsd}`,
    );
    for (const m of shownMisses(r.misses))
      console.log(
        `  MISS "${m.question}" → "${(m.answer ?? '').slice(0, 140)}" cited [${m.cited.join(', ')}], wanted ${m.document}: ${m.expected.join(' | ')}`,
      );
  }
  report.residentMiB.afterEval = await residentMiB(stack);
  const rss = report.residentMiB;
  console.log(
    `\nResident memory (MiB, process_resident_memory_bytes): router ${rss.afterStart.router} after start, ${rss.afterEval.router} after the run; retriever ${rss.afterStart.retriever} after start, ${rss.afterEval.retriever} after the run`,
  );
} finally {
  await stack.stop();
}
const out = option(
  '--out',
  join(ROOT, 'bench', 'results', `eval-${report.startedAt.replace(/[:.]/g, '-')}.json`),
);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n[eval] report written to ${out.replace(ROOT, '')}`);
