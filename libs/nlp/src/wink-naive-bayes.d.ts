// Types of wink-naive-bayes-text-classifier (it ships none). Tracked with `git add -f`: the
// .gitignore keeps compiler output (*.d.ts) out of src/, and this file is source.
declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: Array<(input: unknown) => unknown>): number;
    learn(input: string | string[], label: string): boolean;
    consolidate(): boolean;
    /** `[label, log2 odds of the label against the rest]`, best first; `[['unknown', 0]]` when no token is known. */
    computeOdds(input: string | string[]): Array<[string, number]>;
    predict(input: string | string[]): string;
    exportJSON(): string;
    importJSON(json: string): boolean;
    stats(): { labelWiseSamples: Record<string, number>; vocabulary: number };
  }
  const create: () => NaiveBayesTextClassifier;
  export default create;
}
