import createNaiveBayes from 'wink-naive-bayes-text-classifier';
import { cosine, embed } from './embedding.js';
import { Lexicon } from './lexicon.js';
import { SpellChecker } from './spelling.js';
import { tokenize } from './text.js';

export interface LabelledText {
  text: string;
  label: string;
}

export interface Classification {
  label: string;
  /** Calibrated probability of `label`. */
  confidence: number;
  /** Probability of every label. */
  probabilities: Record<string, number>;
}

/** Bumped whenever features or the model change, so a saved model from before is not used. */
const CLASSIFIER_FORMAT = 1;

/** A trained TextClassifier, as saved (see TextClassifier.toJSON). */
export interface ClassifierJSON {
  format: number;
  labels: string[];
  calibration: { nb: number; knn: number; logLoss: number };
  examples: number;
  vocabulary: string[];
  neighbours: number;
  /** wink-naive-bayes-text-classifier's own export. */
  nb: string;
  /** Label index of each training text's vector. */
  vectorLabels: number[];
  /** The training texts' sentence vectors, float32, base64. */
  vectors: string;
}

export interface ClassifierOptions {
  /** Folds for the cross-validated calibration (default 5). */
  folds?: number;
  /** Neighbours per label in the vector vote (default 3). */
  neighbours?: number;
}

const MONEY_WORDS =
  /^(?:eur|usd|gbp|chf|sek|nok|dkk|jpy|cad|aud|pln|euros?|dollars?|pounds?|francs?|kronor|krona|kroner|yen)$/;

/**
 * What the classifier sees of a text: lemmas (spelling corrected), lemma bigrams, the first word
 * (question or imperative), and the shape of what is not words — ids, amounts, dates, e-mails,
 * length — so "order HP-55123" and "order 88120" look alike, and a pasted document looks long.
 */
export function textFeatures(text: string, correct: (w: string) => string): string[] {
  const lexicon = Lexicon.get();
  const tokens = tokenize(text);
  const out = new Set<string>();
  const words: string[] = [];
  let prevMoney = false;
  for (const t of tokens) {
    if (t.kind === 'word') {
      const w = lexicon.lemma(correct(t.norm));
      words.push(w);
      if (MONEY_WORDS.test(w)) out.add('#money');
    } else if (t.kind === 'code') {
      out.add(/^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t.norm) ? '#date' : '#id');
    } else if (t.kind === 'number') {
      const digits = t.norm.replace(/\D/g, '');
      if (/[.,]\d{2}$/.test(t.norm) || prevMoney) out.add('#amount');
      else if (digits.length >= 4) out.add('#longnum');
      else out.add('#num');
    } else if (t.kind === 'currency') out.add('#money');
    else if (t.kind === 'email') out.add('#email');
    else if (t.kind === 'url') out.add('#url');
    else if (t.norm === '?') out.add('#q');
    prevMoney = t.kind === 'currency';
  }
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (i > 0) out.add(`${words[i - 1]}_${words[i]}`);
  }
  if (words[0]) out.add(`^${words[0]}`);
  if (tokens.length > 60) out.add('#long');
  if (text.split('\n').filter((l) => l.trim()).length >= 4) out.add('#lines');
  return [...out];
}

function contentLemmas(text: string, correct: (w: string) => string): string[] {
  const lexicon = Lexicon.get();
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => correct(t.norm))
    .filter((w) => w.length > 1 && !lexicon.stopWords.has(w))
    .map((w) => lexicon.lemma(w));
}

interface Scores {
  /** Naive Bayes log odds (nats) per label. */
  nb: Record<string, number>;
  /** Mean cosine of the nearest training texts per label. */
  knn: Record<string, number>;
}

/** One trained base model (naive Bayes + vector neighbours), before calibration. */
class BaseModel {
  private readonly nb = createNaiveBayes();
  private readonly vectors: Array<{ label: string; vector: Float32Array }> = [];

  constructor(
    examples: LabelledText[],
    private readonly labels: string[],
    private readonly correct: (w: string) => string,
    private readonly neighbours: number,
    saved?: { nb: string; vectors: Array<{ label: string; vector: Float32Array }> },
  ) {
    if (saved) {
      this.nb.importJSON(saved.nb);
      this.vectors = saved.vectors;
    } else {
      this.nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
      for (const e of examples) {
        this.nb.learn(textFeatures(e.text, correct), e.label);
        const vector = embed(contentLemmas(e.text, correct));
        if (vector) this.vectors.push({ label: e.label, vector });
      }
    }
    this.nb.consolidate();
  }

  toJSON(): { nb: string; vectorLabels: number[]; vectors: string } {
    const data = new Float32Array(this.vectors.length * (this.vectors[0]?.vector.length ?? 0));
    this.vectors.forEach((v, i) => data.set(v.vector, i * v.vector.length));
    return {
      nb: this.nb.exportJSON(),
      vectorLabels: this.vectors.map((v) => this.labels.indexOf(v.label)),
      vectors: Buffer.from(data.buffer).toString('base64'),
    };
  }

  scores(text: string): Scores {
    const nb: Record<string, number> = Object.fromEntries(this.labels.map((l) => [l, 0]));
    for (const [label, odds] of this.nb.computeOdds(textFeatures(text, this.correct)))
      if (label in nb) nb[label] = odds * Math.LN2;
    const knn: Record<string, number> = Object.fromEntries(this.labels.map((l) => [l, 0]));
    const vector = embed(contentLemmas(text, this.correct));
    if (vector) {
      const byLabel = new Map<string, number[]>();
      for (const v of this.vectors) {
        const list = byLabel.get(v.label) ?? [];
        list.push(cosine(vector, v.vector));
        byLabel.set(v.label, list);
      }
      for (const [label, sims] of byLabel) {
        const top = sims.sort((a, b) => b - a).slice(0, this.neighbours);
        knn[label] = top.reduce((s, x) => s + x, 0) / top.length;
      }
    }
    return { nb, knn };
  }
}

function softmax(logits: Record<string, number>): Record<string, number> {
  const max = Math.max(...Object.values(logits));
  const exp = Object.fromEntries(Object.entries(logits).map(([l, x]) => [l, Math.exp(x - max)]));
  const sum = Object.values(exp).reduce((s, x) => s + x, 0);
  return Object.fromEntries(Object.entries(exp).map(([l, x]) => [l, x / sum]));
}

/**
 * A text classifier learned from labelled examples: naive Bayes over lemmas, bigrams and shape
 * features (wink-naive-bayes-text-classifier), combined with a vote of the nearest training texts
 * by word vectors (paraphrases that share no word). The two are combined and calibrated by
 * cross-validation on the training examples — weights chosen to minimise the log loss of
 * held-out folds — so `confidence` is a probability, not a raw score.
 */
export class TextClassifier {
  private constructor(
    private readonly model: BaseModel,
    readonly labels: string[],
    /** Weights of the naive Bayes odds and the neighbour similarity in the calibrated logit. */
    readonly calibration: { nb: number; knn: number; logLoss: number },
    readonly examples: number,
    /** The training texts' words (what the spelling checker prefers). */
    private readonly vocabulary: string[],
    private readonly neighbours: number,
  ) {}

  /** The trained model as JSON (see fromJSON): train once at build time, load at start-up. */
  toJSON(): ClassifierJSON {
    return {
      format: CLASSIFIER_FORMAT,
      labels: this.labels,
      calibration: this.calibration,
      examples: this.examples,
      vocabulary: this.vocabulary,
      neighbours: this.neighbours,
      ...this.model.toJSON(),
    };
  }

  /** A classifier saved by toJSON; throws when the format differs. */
  static fromJSON(json: ClassifierJSON): TextClassifier {
    if (json.format !== CLASSIFIER_FORMAT)
      throw new Error(
        `classifier format ${json.format} is not ${CLASSIFIER_FORMAT}: train it again`,
      );
    const correct = new SpellChecker(json.vocabulary).correct;
    const raw = Buffer.from(json.vectors, 'base64');
    const data = new Float32Array(
      raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength),
    );
    const dims = json.vectorLabels.length ? data.length / json.vectorLabels.length : 0;
    const vectors = json.vectorLabels.map((l, i) => ({
      label: json.labels[l],
      vector: data.subarray(i * dims, (i + 1) * dims),
    }));
    const model = new BaseModel([], json.labels, correct, json.neighbours, {
      nb: json.nb,
      vectors,
    });
    return new TextClassifier(
      model,
      json.labels,
      json.calibration,
      json.examples,
      json.vocabulary,
      json.neighbours,
    );
  }

  static train(examples: LabelledText[], options: ClassifierOptions = {}): TextClassifier {
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    if (labels.length < 2) throw new Error('a classifier needs examples of at least two labels');
    const vocabulary = [
      ...new Set(
        examples.flatMap((e) =>
          tokenize(e.text)
            .filter((t) => t.kind === 'word')
            .map((t) => t.norm),
        ),
      ),
    ].sort();
    const correct = new SpellChecker(vocabulary).correct;
    const neighbours = options.neighbours ?? 3;
    const folds = Math.min(options.folds ?? 5, examples.length);

    // Out-of-fold scores for every example: what the model says of texts it was not trained on.
    const outOfFold: Array<{ label: string; scores: Scores }> = [];
    for (let f = 0; f < folds; f++) {
      const train = examples.filter((_, i) => i % folds !== f);
      const test = examples.filter((_, i) => i % folds === f);
      const model = new BaseModel(train, labels, correct, neighbours);
      for (const e of test) outOfFold.push({ label: e.label, scores: model.scores(e.text) });
    }
    let best = { nb: 1, knn: 0, logLoss: Infinity };
    for (const nb of [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1]) {
      for (const knn of [0, 5, 10, 20, 30, 45, 60]) {
        let loss = 0;
        for (const o of outOfFold) {
          const p = softmax(TextClassifier.logits(o.scores, labels, nb, knn));
          loss -= Math.log(Math.max(p[o.label] ?? 0, 1e-9));
        }
        loss /= outOfFold.length;
        if (loss < best.logLoss) best = { nb, knn, logLoss: loss };
      }
    }
    return new TextClassifier(
      new BaseModel(examples, labels, correct, neighbours),
      labels,
      best,
      examples.length,
      vocabulary,
      neighbours,
    );
  }

  private static logits(
    s: Scores,
    labels: string[],
    nb: number,
    knn: number,
  ): Record<string, number> {
    return Object.fromEntries(labels.map((l) => [l, nb * (s.nb[l] ?? 0) + knn * (s.knn[l] ?? 0)]));
  }

  classify(text: string): Classification {
    const probabilities = softmax(
      TextClassifier.logits(
        this.model.scores(text),
        this.labels,
        this.calibration.nb,
        this.calibration.knn,
      ),
    );
    const [label, confidence] = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0];
    return { label, confidence, probabilities };
  }
}
