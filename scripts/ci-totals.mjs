// Sums vitest's JSON reports into CI's closing line: "N passed, N failed, N skipped".
// Arguments: the reports' folder, then the names of the steps that failed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir = ".test-artifacts", ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
  const name = path.basename(file, ".json");
  const report = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that failed to load, or a run that exited non-zero with every test green (an unhandled error,
  // a worker that died), has no failed test, but it is a failure.
  const failedOutsideTests =
    report.numFailedTests === 0 && (report.numFailedTestSuites > 0 || failedSteps.includes(name));
  if (failedOutsideTests) failed += 1;
  console.log(
    `${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped${failedOutsideTests ? " (and the run itself failed)" : ""}`,
  );
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
