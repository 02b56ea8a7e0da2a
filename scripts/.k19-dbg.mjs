// temp helper (not committed): score a question's sentences
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const ROOT = '/work/wt-k19';
const { DocumentIndex } = await import('../apps/retriever/dist/retrieve/document-index.js');
const { scoreSentences, extractiveAnswer } = await import('../libs/models/dist/extractive-answer.js');
const index = new DocumentIndex();
const dir = join(ROOT, 'corpus', 'demo');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const [first, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
  index.upsert({ id: f.replace(/\.md$/, ''), tenant: 'demo', version: 1, title: first.replace(/^#\s*/, ''), text: rest.join('\n').trim(), updatedAt: new Date().toISOString(), updatedBy: 'eval' });
}
const q = process.argv[2];
const passages = index.search('demo', q, 5);
console.log('passages', passages.map((p) => `${p.documentId}#${p.chunk}:${p.score}`).join(' '));
const s = scoreSentences(q, passages).sort((a, b) => b.score - a.score).slice(0, 8);
for (const c of s) console.log(c.score.toFixed(3), [...c.matched].join(','), '|', [...c.cover].map(([k, v]) => `${k}:${v.toFixed(2)}`).join(' '), '|', c.sentence.slice(0, 90));
console.log('ANSWER', extractiveAnswer(q, passages).sentences.join(' '));
