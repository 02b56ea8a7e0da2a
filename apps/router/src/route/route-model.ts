import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClassifierJSON,
  type Classification,
  Lexicon,
  TextClassifier,
  withoutSmallTalk,
} from '@switchyard/nlp';
import { type Router, WorkflowLoadError } from '@switchyard/workflows';

export interface RoutingExample {
  text: string;
  route: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where compiled route models are: `dist/route/compiled/` of the router, written by
 * compile-model.js (the last step of `npm run build`) and found relative to the built code, or
 * from the sources under test. `ROUTE_MODELS_DIR` names another directory.
 */
export function compiledModelsDir(): string {
  if (process.env.ROUTE_MODELS_DIR) return process.env.ROUTE_MODELS_DIR;
  const candidates = [join(here, 'compiled'), join(here, '..', '..', 'dist', 'route', 'compiled')];
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}

/** Reads labelled examples (JSON Lines, `{"text": ..., "route": ...}` a line), naming bad lines. */
export function readExamples(file: string, deployed: (route: string) => boolean): RoutingExample[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new WorkflowLoadError([`${file}: ${(err as Error).message}`]);
  }
  return parseExamples(file, text, deployed);
}

function parseExamples(
  file: string,
  text: string,
  deployed: (route: string) => boolean,
): RoutingExample[] {
  const problems: string[] = [];
  const examples: RoutingExample[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`${file}:${i + 1}: not a JSON object`);
      return;
    }
    const { text, route } = (data ?? {}) as Record<string, unknown>;
    if (typeof text !== 'string' || !text.trim() || typeof route !== 'string')
      problems.push(`${file}:${i + 1}: needs a non-empty "text" and a "route"`);
    else if (!deployed(route))
      problems.push(`${file}:${i + 1}: route '${route}' is not a deployed workflow`);
    else examples.push({ text, route });
  });
  if (problems.length === 0 && new Set(examples.map((e) => e.route)).size < 2)
    problems.push(`${file}: needs examples of at least two routes`);
  if (problems.length > 0) throw new WorkflowLoadError(problems);
  return examples;
}

/** What the model sees of a text; a change here makes compiled models stale (see `modelKey`). */
const TEXT_VIEW = 'without-small-talk/1';

/**
 * The compiled model's name: the examples' content, the lexicon they were read with and the view
 * of a text the model is trained on.
 */
function modelKey(examples: string): string {
  return createHash('sha256')
    .update(TEXT_VIEW)
    .update('\0')
    .update(Lexicon.get().stamp)
    .update('\0')
    .update(examples)
    .digest('hex')
    .slice(0, 24);
}

/**
 * The router's built-in learned classifier, learned from the examples the routing config points
 * at (`classifier.examples`) and calibrated by cross-validation (see TextClassifier). Training
 * happens at build time (`npm run build` compiles the examples into `dist/route/compiled/`); at
 * start-up the router loads the compiled model whose key matches the examples file's content,
 * and trains only when there is none (examples changed since the build), which costs a few
 * hundred milliseconds and about 100 MiB of peak memory.
 */
export class RouteModel {
  private constructor(
    private readonly classifier: TextClassifier,
    readonly minConfidence: number,
    readonly examples: number,
    /** `compiled`: loaded from a build-time model; `trained`: trained at start-up. */
    readonly origin: 'compiled' | 'trained',
  ) {}

  /** The model of a router's config, or undefined when the config has no `classifier`. */
  static fromRouter(
    router: Router,
    deployed: (route: string) => boolean,
    dir: string = compiledModelsDir(),
  ): RouteModel | undefined {
    const settings = router.config.classifier;
    if (!settings) return undefined;
    const file = resolve(dirname(router.source), settings.examples);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new WorkflowLoadError([`${file}: ${(err as Error).message}`]);
    }
    const examples = parseExamples(file, text, deployed);
    const compiled = join(dir, `${modelKey(text)}.json`);
    if (existsSync(compiled)) {
      const json = JSON.parse(readFileSync(compiled, 'utf8')) as ClassifierJSON;
      return new RouteModel(
        TextClassifier.fromJSON(json),
        settings.minConfidence,
        examples.length,
        'compiled',
      );
    }
    return RouteModel.train(examples, settings.minConfidence);
  }

  /** Trains the router config's model and writes it into `dir`; returns the file (or undefined). */
  static compile(
    router: Router,
    deployed: (route: string) => boolean,
    dir: string,
  ): string | undefined {
    const settings = router.config.classifier;
    if (!settings) return undefined;
    const file = resolve(dirname(router.source), settings.examples);
    const text = readFileSync(file, 'utf8');
    const model = RouteModel.train(parseExamples(file, text, deployed), settings.minConfidence);
    mkdirSync(dir, { recursive: true });
    const name = `${modelKey(text)}.json`;
    // models of earlier examples are stale
    for (const f of readdirSync(dir))
      if (/^[0-9a-f]{24}\.json$/.test(f) && f !== name) rmSync(join(dir, f));
    const out = join(dir, name);
    writeFileSync(out, JSON.stringify(model.classifier.toJSON()));
    return out;
  }

  static train(examples: RoutingExample[], minConfidence: number): RouteModel {
    const classifier = TextClassifier.train(
      examples.map((e) => ({ text: withoutSmallTalk(e.text), label: e.route })),
    );
    return new RouteModel(classifier, minConfidence, examples.length, 'trained');
  }

  /** Classifies what `text` asks: its greetings, thanks and sign-offs are left out. */
  classify(text: string): Classification {
    return this.classifyAsked(withoutSmallTalk(text));
  }

  /** Classifies a text already without its small talk (`withoutSmallTalk`). */
  classifyAsked(asked: string): Classification {
    return this.classifier.classify(asked);
  }
}
