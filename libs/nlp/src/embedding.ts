import { Lexicon } from './lexicon.js';

/**
 * A text's meaning as one unit vector: the average of its words' vectors, each weighted by how
 * rare the word is (smooth inverse frequency). Undefined when no word has a vector.
 */
export function embed(
  terms: readonly string[],
  lexicon: Lexicon = Lexicon.get(),
): Float32Array | undefined {
  const v = new Float32Array(lexicon.dims);
  let any = false;
  for (const t of terms) any = lexicon.addVector(t, lexicon.weight(t), v) || any;
  if (!any) return undefined;
  return normalize(v);
}

export function normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] = v[i] / n;
  return v;
}

/** Cosine similarity (0 when either side is missing or the lengths differ). */
export function cosine(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b || a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
