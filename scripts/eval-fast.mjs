// `node scripts/eval-fast.mjs`: the built-in intelligence in process, in seconds, no services — the
// router's pipeline (rules, built-in classifier, safety floor), the retriever's index with the
// local provider's extractive answers (topK 5, weak below 0.35, as workflows/knowledge.yaml), and
// the invoice extractor. `npm run eval` measures the same through the whole stack.
// Usage: node scripts/eval-fast.mjs [--workflow routing|extraction|knowledge] [--split dev|test|fresh|dev2|fresh2|dev3|fresh3|dev4|dev5|…|dev68|rdev1|…|rdev138|fresh4|…|fresh32]
//                                   [--min-routing 0.95] [--verbose] [--variants]
// The test split is only reported: never tune on it (docs/evaluation.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractionReport, knowledgeReport, routingReport, sameField } from '../eval/metrics.mjs';
import {
  ROOT,
  SPLITS,
  fixtures,
  missPrinter,
  pct,
  scoreLine,
  showsMisses,
  splitOf,
} from '../eval/runner.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const only = option('--workflow');
const split = option('--split', 'dev');
if (!SPLITS.includes(split)) {
  console.error(`--split must be one of ${SPLITS.join(', ')} (got '${split}')`);
  process.exit(2);
}
const minRouting = Number(option('--min-routing', '0'));
const verbose = args.includes('--verbose');
// a split without cases for a workflow (dev2 to dev40 have no routing, rdev1 to rdev6 only routing; fresh2, fresh3, fresh5 no routing) skips it
const run = (w) =>
  (!only || only === w) &&
  ({ routing: data.routing, extraction: data.invoices, knowledge: data.questions }[w] ?? [1])
    .length > 0;
const data = splitOf(fixtures(), split);
const showMisses = showsMisses(split, args);
const shownMisses = missPrinter(split, args);
let failed = false;

// --variants: the same requests as customers also write them — the route and the answer should
// not depend on case, apostrophes, one transposed letter or a greeting, some background and a
// closing
const VARIANTS = {
  'lower case': (q) => q.toLowerCase(),
  'no apostrophes': (q) => q.replace(/['’]/g, ''),
  'a typo in the longest word': (q) => {
    const w = [...(q.match(/\p{L}{5,}/gu) ?? [])].sort((a, b) => b.length - a.length)[0];
    if (!w) return q;
    const i = Math.floor(w.length / 2);
    return q.replace(w, w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1));
  },
  'greeting, background, closing': (q) =>
    `Hi there, I have a question about my order from last month. ${q} Thanks a lot in advance!`,
};

if (run('routing')) {
  const workflowsDir = process.env.WORKFLOWS_DIR ?? join(ROOT, 'workflows');
  const { Router, WorkflowRegistry, loadWorkflows } =
    await import('../libs/workflows/dist/index.js');
  const { RouteService } = await import('../apps/router/dist/route/route.service.js');
  const { RouteModel } = await import('../apps/router/dist/route/route-model.js');
  const { SafetyFloor } = await import('../apps/router/dist/route/safety-floor.js');
  const registry = new WorkflowRegistry(loadWorkflows(workflowsDir));
  const deployed = (id) => !!registry.latest(id);
  const router = Router.load(join(workflowsDir, 'routing.yaml'), deployed);
  const service = new RouteService(
    router,
    undefined,
    undefined,
    RouteModel.fromRouter(router, deployed),
    new SafetyFloor(),
  );
  const routeAll = async (items) => {
    const cases = [];
    for (const item of items) {
      const started = performance.now();
      const r = await service.route('demo', { stepId: 'eval', text: item.text });
      cases.push({
        text: item.text,
        expected: item.route,
        got: r.route,
        reason: r.reason,
        ms: performance.now() - started,
      });
    }
    return routingReport(cases);
  };
  const r = await routeAll(data.routing);
  console.log(
    `Routing, ${split} split (${r.total} requests; rules, built-in classifier, safety floor):`,
  );
  for (const [route, s] of Object.entries(r.perRoute)) console.log(scoreLine(route, 12, s));
  console.log(scoreLine('overall', 12, r));
  console.log(`  sensitive requests sent to sensitive: ${pct(r.sensitiveRecall)}`);
  for (const m of shownMisses(r.misses))
    console.log(
      `  MISS expected ${m.expected}, got ${m.got}: "${m.text.replace(/\n/g, ' ')}" (${m.reason})`,
    );
  if (args.includes('--variants')) {
    // the knowledge wrapper's background ("my order") may rightly change a route: a neutral one
    const routingVariants = {
      ...VARIANTS,
      'greeting, background, closing': (q) =>
        `Hello, hope you are well. I have been a customer for years. ${q} Thank you so much!`,
      // a second, unrelated question beside it (a sensitive request must stay sensitive; the
      // others may rightly read as either question)
      'a question added as an aside': (q) =>
        `${q.trim()}${/[.!?]$/.test(q.trim()) ? '' : '.'} Also, what are your opening hours on Saturday?`,
      'no punctuation': (q) => q.replace(/[.,!?;:]/g, ''),
      'text-speak': (q) =>
        q
          .replace(/\byou\b/gi, 'u')
          .replace(/\bplease\b/gi, 'pls')
          .replace(/\byour\b/gi, 'ur')
          .replace(/\bare\b/gi, 'r'),
    };
    for (const [name, rewrite] of Object.entries(routingVariants)) {
      const v = await routeAll(data.routing.map((x) => ({ ...x, text: rewrite(x.text) })));
      console.log(
        `  variant, ${name}: ${v.correct}/${v.total} (${pct(v.accuracy)}), sensitive to sensitive ${pct(v.sensitiveRecall)}`,
      );
      if (verbose)
        for (const m of shownMisses(v.misses))
          console.log(`    MISS expected ${m.expected}, got ${m.got}: "${m.text}" (${m.reason})`);
    }
  }
  if (r.accuracy < minRouting || r.sensitiveRecall < 1) {
    console.error(
      `routing accuracy ${pct(r.accuracy)} (required ${pct(minRouting)}), sensitive recall ${pct(r.sensitiveRecall)} (required 100%)`,
    );
    failed = true;
  }
}

if (run('extraction')) {
  const { readInvoice } = await import('../libs/models/dist/invoice-extractor.js');
  const items = data.invoices;
  // the workflow's gate: a reading under the review step's minConfidence goes to a person
  const workflow = parse(readFileSync(join(ROOT, 'workflows/extraction.yaml'), 'utf8'));
  const review = workflow.steps.find(
    (s) => s.stage === 'approval' && s.settings?.when === 'low_confidence',
  );
  const minConfidence = review ? (review.settings.minConfidence ?? 0.7) : 0;
  const required = workflow.output.schema.required ?? [];
  const readings = items.map((i) => readInvoice(i.text));
  const r = extractionReport(
    items.map((i, n) => ({
      ...i,
      got: readings[n].fields,
      status: 'completed',
      // as the workflow: a required field missing fails the schema check, and the ladder ends with
      // a person; a doubtful reading goes to the review step's person
      person:
        readings[n].confidence < minConfidence ||
        required.some((f) => readings[n].fields[f] === undefined),
    })),
  );
  console.log(`\nExtraction, ${split} split (${r.invoices} invoices, the extractor alone):`);
  for (const [field, s] of Object.entries(r.perField)) console.log(scoreLine(field, 14, s));
  console.log(
    `  fields right   ${pct(r.fieldAccuracy)}; completed without a person (required fields, confidence ≥ ${minConfidence}) ${r.completedWithoutPerson}/${r.invoices} (${pct(r.completionRate)}), ${r.wrongCompletedWithoutPerson} of them with a wrong field`,
  );
  // --verbose: each reading's confidence and evidence (not for a hidden split)
  if (verbose && showMisses)
    readings.forEach((g, n) => {
      const wrong = Object.entries(items[n].expected).filter(
        ([f, v]) => !sameField(f, v, g.fields[f]),
      );
      console.log(
        `  ${g.confidence.toFixed(2)} ${wrong.length ? 'WRONG' : 'ok   '} ${Object.entries(
          g.evidence,
        )
          .map(([f, e]) => `${f} ${e.confidence} (${e.how})`)
          .join(', ')}\n       "${items[n].text.replace(/\n/g, ' | ').slice(0, 150)}"`,
      );
    });
  for (const m of shownMisses(r.misses))
    console.log(
      `  MISS ${m.field}: expected ${m.expected}, got ${m.got ?? '(none)'} in "${m.text.replace(/\n/g, ' | ').slice(0, 90)}"`,
    );
}

if (run('knowledge')) {
  const { DocumentIndex } = await import('../apps/retriever/dist/retrieve/document-index.js');
  const { LocalProvider } = await import('../libs/models/dist/local.provider.js');
  const index = new DocumentIndex();
  const dir = join(ROOT, 'corpus', 'demo');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const [first, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
    index.upsert({
      id: f.replace(/\.md$/, ''),
      tenant: 'demo',
      version: 1,
      title: first.replace(/^#\s*/, ''),
      text: rest.join('\n').trim(),
      updatedAt: new Date().toISOString(),
      updatedBy: 'eval',
    });
  }
  const provider = new LocalProvider();
  const cases = await answerAll(data.questions);
  async function answerAll(items) {
    const cases = [];
    for (const item of items) {
      const started = performance.now();
      const passages = index.search('demo', item.question, 5);
      const searchMs = performance.now() - started;
      const best = passages.reduce((b, p) => Math.max(b, p.score), 0);
      const res = await provider.complete({
        model: 'local-small',
        template: 'answer',
        messages: [],
        tools: [],
        json: false,
        question: item.question,
        passages,
        feedback: [],
        degraded: best < 0.35 || passages.length === 0,
        toolResults: [],
        signal: AbortSignal.timeout(10_000),
      });
      cases.push({
        ...item,
        text: res.text,
        citations: res.citations ?? [],
        ms: performance.now() - started,
        searchMs,
        passages,
        best,
      });
    }
    return cases;
  }
  const r = knowledgeReport(cases);
  console.log(
    `\nKnowledge, ${split} split (${r.questions} questions over corpus/demo; retriever index + local provider):`,
  );
  console.log(
    `  answers with the fact and its document cited: ${r.right}/${r.questions} (${pct(r.answerRate)}); answers repeating a sentence: ${r.withRepeats}`,
  );
  const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
  const search = cases.map((c) => c.searchMs);
  const total = cases.map((c) => c.ms);
  console.log(
    `  per question: search p50 ${quantile(search, 0.5).toFixed(1)} ms, p95 ${quantile(search, 0.95).toFixed(1)} ms; search + answer p50 ${quantile(total, 0.5).toFixed(1)} ms, p95 ${quantile(total, 0.95).toFixed(1)} ms`,
  );
  for (const m of shownMisses(r.misses)) {
    const c = cases.find((x) => x.question === m.question);
    console.log(
      `  MISS "${m.question}" → "${(m.answer ?? '').slice(0, 160)}" cited [${m.cited.join(', ')}], wanted ${m.document}: ${m.expected.join(' | ')}`,
    );
    if (verbose)
      console.log(
        `       best ${c.best.toFixed(2)}; passages ${c.passages.map((p) => `${p.documentId}#${p.chunk}:${p.score}`).join(' ')}`,
      );
  }
  // --variants: the same questions as customers also write them — the answer should not depend
  // on case, apostrophes, one transposed letter or a greeting, some background and a closing
  if (args.includes('--variants')) {
    for (const [name, rewrite] of Object.entries(VARIANTS)) {
      const v = knowledgeReport(
        await answerAll(data.questions.map((x) => ({ ...x, question: rewrite(x.question) }))),
      );
      console.log(`  variant, ${name}: ${v.right}/${v.questions} (${pct(v.answerRate)})`);
    }
  }
}
if (failed) process.exit(1);
