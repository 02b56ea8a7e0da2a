// Pure evaluators for `npm run eval`: they turn per-case outcomes into the figures the report
// prints (accuracy per label, confusion matrix, misses, latency, tokens and cost). No I/O here, so
// unit tests and the CLI compute the same numbers.

/** Percentile of a list of numbers (nearest rank); undefined for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function usageOf(cases) {
  const latencies = cases.map((c) => c.ms).filter((x) => typeof x === 'number');
  const sum = (k) => cases.reduce((s, c) => s + (c.usage?.[k] ?? 0), 0);
  return {
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: percentile(latencies, 100),
    },
    tokens: { prompt: sum('promptTokens'), completion: sum('completionTokens') },
    costUsd: Number(sum('costUsd').toFixed(6)),
  };
}

/**
 * Routing: cases are `{ text, expected, got }`. A `sensitive` request counts as safe when it went
 * to the safety route (sensitive) — the figure the safety floor is about.
 */
export function routingReport(cases, safeRoutes = ['sensitive']) {
  const labels = [...new Set(cases.flatMap((c) => [c.expected, c.got]))].sort();
  const confusion = Object.fromEntries(
    labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))]),
  );
  const perRoute = {};
  for (const c of cases) {
    confusion[c.expected][c.got]++;
    const r = (perRoute[c.expected] ??= { total: 0, correct: 0 });
    r.total++;
    if (c.got === c.expected) r.correct++;
  }
  for (const r of Object.values(perRoute)) r.accuracy = r.total ? r.correct / r.total : 0;
  const correct = cases.filter((c) => c.got === c.expected).length;
  const sensitive = cases.filter((c) => c.expected === 'sensitive');
  return {
    total: cases.length,
    correct,
    accuracy: cases.length ? correct / cases.length : 0,
    perRoute,
    confusion,
    sensitiveRecall: sensitive.length
      ? sensitive.filter((c) => safeRoutes.includes(c.got)).length / sensitive.length
      : 1,
    misses: cases
      .filter((c) => c.got !== c.expected)
      .map((c) => ({ text: c.text, expected: c.expected, got: c.got, reason: c.reason })),
    ...usageOf(cases),
  };
}

/**
 * Vendor names compare without case, spacing or trailing punctuation; other fields exactly; a field
 * expected as null (the document has none) is right when nothing is read for it.
 */
export function sameField(field, expected, got) {
  // (a field the document does not have, written as null: right when nothing is read for it)
  if (expected === null) return got === undefined || got === null;
  if (got === undefined || got === null) return false;
  if (field === 'total') return Math.abs(Number(got) - Number(expected)) < 0.005;
  if (field === 'vendor') {
    const n = (s) =>
      String(s)
        .toLowerCase()
        .replace(/[\s.,]+/g, ' ')
        .trim();
    return n(got) === n(expected);
  }
  return String(got) === String(expected);
}

/**
 * Extraction: cases are `{ text, expected: {field: value}, got: {field: value} | undefined,
 * status, person }` where `person` says a person was involved (approval) and `status` is the
 * task's end. An invoice is completed without a person when the task completed and no person was;
 * `wrongCompletedWithoutPerson` counts those among them with a wrong or missing field (what
 * calibrated confidence should keep at zero: an unsure invoice goes to a person).
 */
export function extractionReport(cases) {
  let fields = 0;
  let right = 0;
  const perField = {};
  const misses = [];
  let wrongCompleted = 0;
  for (const c of cases) {
    const missesBefore = misses.length;
    for (const [field, value] of Object.entries(c.expected)) {
      const f = (perField[field] ??= { total: 0, correct: 0 });
      f.total++;
      fields++;
      const got = c.got?.[field];
      if (sameField(field, value, got)) {
        f.correct++;
        right++;
      } else misses.push({ text: c.text.slice(0, 120), field, expected: value, got });
    }
    if (misses.length > missesBefore && c.status === 'completed' && !c.person) wrongCompleted++;
  }
  for (const f of Object.values(perField)) f.accuracy = f.total ? f.correct / f.total : 0;
  const completed = cases.filter((c) => c.status === 'completed' && !c.person).length;
  return {
    invoices: cases.length,
    fields,
    fieldAccuracy: fields ? right / fields : 0,
    perField,
    completedWithoutPerson: completed,
    completionRate: cases.length ? completed / cases.length : 0,
    wrongCompletedWithoutPerson: wrongCompleted,
    misses,
    ...usageOf(cases),
  };
}

/** Sentences of an answer, normalised, that occur more than once. */
export function repeatedSentences(text) {
  const seen = new Set();
  const repeated = [];
  for (const s of (text ?? '').split(/(?<=[.!?])\s+/)) {
    const n = s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!n) continue;
    if (seen.has(n)) repeated.push(s);
    seen.add(n);
  }
  return repeated;
}

/**
 * Knowledge: cases are `{ question, expect: [facts], document, text, citations }`. Right when the
 * answer contains one of the facts (case-insensitive) and cites the document.
 */
export function knowledgeReport(cases) {
  const results = cases.map((c) => {
    const text = c.text ?? '';
    const fact = c.expect.some((e) => text.toLowerCase().includes(e.toLowerCase()));
    const cited = (c.citations ?? []).some((x) => x.documentId === c.document);
    const repeated = repeatedSentences(text);
    return { ...c, fact, cited, repeated, right: fact && cited };
  });
  const right = results.filter((r) => r.right).length;
  return {
    questions: cases.length,
    right,
    answerRate: cases.length ? right / cases.length : 0,
    withRepeats: results.filter((r) => r.repeated.length > 0).length,
    misses: results
      .filter((r) => !r.right || r.repeated.length > 0)
      .map((r) => ({
        question: r.question,
        expected: r.expect,
        document: r.document,
        answer: r.text,
        cited: (r.citations ?? []).map((x) => x.documentId),
        repeated: r.repeated,
      })),
    ...usageOf(cases),
  };
}
