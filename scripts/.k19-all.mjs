// temp helper (not committed): knowledge over many splits in one process
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeReport } from '../eval/metrics.mjs';
import { ROOT, SPLITS, fixtures, splitOf, HIDDEN_SPLITS } from '../eval/runner.mjs';
const mode = process.argv[2] ?? 'dev';
const showMiss = process.argv.includes('--misses');
const re = mode === 'dev' ? /^dev\d*$/ : /^(fresh\d*|test)$/;
const { DocumentIndex } = await import('../apps/retriever/dist/retrieve/document-index.js');
const { LocalProvider } = await import('../libs/models/dist/local.provider.js');
const index = new DocumentIndex();
const dir = join(ROOT, 'corpus', 'demo');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const [first, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
  index.upsert({ id: f.replace(/\.md$/, ''), tenant: 'demo', version: 1, title: first.replace(/^#\s*/, ''), text: rest.join('\n').trim(), updatedAt: new Date().toISOString(), updatedBy: 'eval' });
}
const provider = new LocalProvider();
const all = fixtures();
let c = 0, t = 0;
const out = [];
for (const split of SPLITS.filter((s) => re.test(s))) {
  const qs = splitOf(all, split).questions ?? [];
  if (!qs.length) continue;
  const cases = [];
  for (const item of qs) {
    const passages = index.search('demo', item.question, 5);
    const best = passages.reduce((b, p) => Math.max(b, p.score), 0);
    const res = await provider.complete({ model: 'local-small', template: 'answer', messages: [], tools: [], json: false, question: item.question, passages, feedback: [], degraded: best < 0.35 || passages.length === 0, toolResults: [], signal: AbortSignal.timeout(10_000) });
    cases.push({ ...item, text: res.text, citations: res.citations ?? [], passages, best });
  }
  const r = knowledgeReport(cases);
  c += r.right; t += r.questions;
  out.push(`${split} ${r.right}/${r.questions}`);
  if (showMiss && !HIDDEN_SPLITS.includes(split) && split !== 'test')
    for (const m of r.misses) {
      const k = cases.find((x) => x.question === m.question);
      console.log(`[${split}] MISS "${m.question}" → "${(m.answer ?? '').slice(0, 140)}" [${m.cited.join(',')}] wanted ${m.document}: ${m.expected.join(' | ')}\n     best ${k.best.toFixed(2)} ${k.passages.map((p) => `${p.documentId}#${p.chunk}:${p.score}`).join(' ')}`);
    }
}
console.log(out.join(' '));
console.log(`TOTAL ${c}/${t}`);
