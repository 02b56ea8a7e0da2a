// Prints one plain closing line ("jest: N passed, N failed, N skipped") that CI tooling can read.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped } = results;
    const suiteFailures = results.numRuntimeErrorTestSuites;
    const extra = suiteFailures > 0 ? ` (${suiteFailures} suites failed to run)` : '';
    process.stdout.write(
      `\njest: ${passed} passed, ${failed + suiteFailures} failed, ${skipped} skipped${extra}\n`,
    );
  }
}
