import type { PassageV1 } from '@switchyard/contracts';
import { Lexicon, SpellChecker, lemmas, splitSentences } from '@switchyard/nlp';

export interface ExtractiveAnswer {
  sentences: string[];
  citations: Array<{ documentId: string; version: number; chunk: number }>;
}

interface Candidate {
  sentence: string;
  norm: string;
  passage: PassageV1;
  coverage: number;
  covered: Set<string>;
  score: number;
}

/** A word vector similarity at or above this counts as the same idea (postage ≈ shipping). */
const SOFT_MATCH = 0.6;

/** Two forms of one word ("returnable", "return"): a shared stem of five letters or more. */
function sameStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i >= 5 && i >= Math.max(a.length, b.length) - 4;
}

/** What kind of answer a question wants, as a test on a candidate sentence. */
function answerType(question: string): ((sentence: string) => boolean) | undefined {
  const q = question.toLowerCase();
  if (
    /\bhow (many|much|long|soon|quickly|fast|far|big|heavy|old)\b|\b(cost|price|fee|weigh|charge)s?\b|\bper (year|month)\b/.test(
      q,
    )
  )
    return (s) => /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|half|free)\b/i.test(s);
  if (/\b(when|what time|which days?)\b/.test(q))
    return (s) =>
      /\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|before|after|until)\b/i.test(
        s,
      );
  return undefined;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Picks the sentences of the retrieved passages that answer a question: each sentence is scored by
 * how much of the question it covers — lemmas, not raw words; rare words weigh more than common
 * ones; a word vector close enough counts partly — plus a little of its passage's retrieval
 * score, so the most specific passage wins ("members ... 45 days" over the general "30 days" when
 * the question says members). Fragments cut at a chunk boundary are skipped, a sentence already
 * taken (or contained in one taken, as chunk overlaps are) never repeats, and each cited
 * document version and chunk is cited once.
 */
export function extractiveAnswer(
  question: string,
  passages: PassageV1[],
  max = 2,
): ExtractiveAnswer {
  const lexicon = Lexicon.get();
  const vocabulary = passages.flatMap((p) => normalise(p.text).split(' '));
  const spell = new SpellChecker(vocabulary);
  const asked = [...new Set(lemmas(question, { correct: spell.correct }))];
  const weights = new Map(asked.map((q) => [q, lexicon.weight(q)]));

  // Words found in many candidate sentences say little about which one answers (a local IDF).
  const sentenceTerms = passages.flatMap((p) =>
    splitSentences(p.text).map((x) => new Set(lemmas(x))),
  );
  for (const q of asked) {
    const df = sentenceTerms.filter((t) => t.has(q)).length;
    weights.set(q, weights.get(q)! * Math.log(1 + (sentenceTerms.length + 1) / (df + 1)));
  }
  const total = [...weights.values()].reduce((s, w) => s + w, 0) || 1;
  const wanted = answerType(question);

  const candidates: Candidate[] = [];
  for (const passage of passages) {
    splitSentences(passage.text).forEach((sentence, i, all) => {
      // a chunk starts or ends mid-sentence where the window cut it
      const cutStart = i === 0 && passage.chunk > 0 && !/^["'“(]?[\p{Lu}\d]/u.test(sentence);
      const cutEnd = i === all.length - 1 && !/[.!?:)"”]$/.test(sentence);
      if (cutStart || sentence.length < 12) return;
      const terms = new Set(lemmas(sentence));
      const covered = new Set<string>();
      let coverage = 0;
      for (const q of asked) {
        if (terms.has(q)) {
          coverage += weights.get(q)!;
          covered.add(q);
          continue;
        }
        let best = 0;
        for (const t of terms)
          best = Math.max(best, sameStem(q, t) ? 0.9 : lexicon.similarity(q, t));
        if (best >= SOFT_MATCH) {
          coverage += weights.get(q)! * best * 0.6;
          covered.add(q);
        }
      }
      coverage /= total;
      const typed = wanted ? (wanted(sentence) ? 0.15 : -0.15) : 0;
      const score = coverage + typed + 0.15 * passage.score - (cutEnd ? 0.2 : 0);
      candidates.push({ sentence, norm: normalise(sentence), passage, coverage, covered, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score);

  const chosen: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= max) break;
    if (c.coverage <= 0) break;
    if (chosen.some((x) => x.norm.includes(c.norm) || c.norm.includes(x.norm))) continue;
    if (chosen.length > 0) {
      // a second sentence only when it is nearly as good and covers something the first did not
      const first = chosen[0];
      const adds = [...c.covered].some((q) => !first.covered.has(q));
      if (c.score < first.score * 0.75 || !adds) continue;
    }
    chosen.push(c);
  }
  const citations: ExtractiveAnswer['citations'] = [];
  for (const c of chosen) {
    const key = `${c.passage.documentId}@${c.passage.version}#${c.passage.chunk}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({
      documentId: c.passage.documentId,
      version: c.passage.version,
      chunk: c.passage.chunk,
    });
  }
  return { sentences: chosen.map((c) => c.sentence), citations };
}
