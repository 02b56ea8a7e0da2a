import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const { DocumentIndex } = await import('../apps/retriever/dist/retrieve/document-index.js');
const { extractiveAnswer } = await import('../libs/models/dist/extractive-answer.js');
const index = new DocumentIndex();
for (const f of readdirSync('corpus/demo').filter((f) => f.endsWith('.md'))) {
  const [first, ...rest] = readFileSync(`corpus/demo/${f}`, 'utf8').split('\n');
  index.upsert({ id: f.replace(/\.md$/, ''), tenant: 'demo', version: 1, title: first.replace(/^#\s*/, ''), text: rest.join('\n').trim(), updatedAt: '', updatedBy: '' });
}
const qs = parse(readFileSync('eval/knowledge/questions.yaml', 'utf8'));
let ok = 0;
for (const q of qs) {
  const passages = index.search('demo', q.question, 5);
  const best = passages.reduce((b, p) => Math.max(b, p.score), 0);
  const a = best < 0.35 ? { sentences: [], citations: [] } : extractiveAnswer(q.question, passages);
  const text = a.sentences.join(' ');
  const fact = q.expect.some((e) => text.toLowerCase().includes(e.toLowerCase()));
  const cited = a.citations.some((c) => c.documentId === q.document);
  if (fact && cited) ok++; else console.log(`MISS best=${best.toFixed(2)} fact=${fact} cited=${cited} Q: ${q.question}\n   A: ${text.slice(0, 200)} [${a.citations.map(c=>c.documentId).join(',')}] top: ${passages.slice(0,3).map(p=>p.documentId+':'+p.score).join(' ')}`);
}
console.log('knowledge', ok, '/', qs.length);
console.log(index.search('demo', 'What is the airspeed velocity of an unladen swallow?', 5).map(p=>p.documentId+':'+p.score));
