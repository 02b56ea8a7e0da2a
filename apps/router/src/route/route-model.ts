import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Classification, TextClassifier } from '@switchyard/nlp';
import { type Router, WorkflowLoadError } from '@switchyard/workflows';

export interface RoutingExample {
  text: string;
  route: string;
}

/** Reads labelled examples (JSON Lines, `{"text": ..., "route": ...}` a line), naming bad lines. */
export function readExamples(file: string, deployed: (route: string) => boolean): RoutingExample[] {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch (err) {
    throw new WorkflowLoadError([`${file}: ${(err as Error).message}`]);
  }
  const problems: string[] = [];
  const examples: RoutingExample[] = [];
  lines.forEach((line, i) => {
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

/**
 * The router's built-in learned classifier: trained at start-up from the examples the routing
 * rules point at (`classifier.examples`), calibrated by cross-validation (see TextClassifier).
 */
export class RouteModel {
  private constructor(
    private readonly classifier: TextClassifier,
    readonly minConfidence: number,
    readonly examples: number,
  ) {}

  /** The model of a router's config, or undefined when the config has no `classifier`. */
  static fromRouter(router: Router, deployed: (route: string) => boolean): RouteModel | undefined {
    const settings = router.config.classifier;
    if (!settings) return undefined;
    const file = resolve(dirname(router.source), settings.examples);
    return RouteModel.train(readExamples(file, deployed), settings.minConfidence);
  }

  static train(examples: RoutingExample[], minConfidence: number): RouteModel {
    const classifier = TextClassifier.train(
      examples.map((e) => ({ text: e.text, label: e.route })),
    );
    return new RouteModel(classifier, minConfidence, examples.length);
  }

  classify(text: string): Classification {
    return this.classifier.classify(text);
  }
}
