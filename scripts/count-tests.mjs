// Sums Vitest JSON reports into the one line CI reads: `N passed, N failed`.
// Exits non-zero when anything failed, a report is missing, or no test ran at all.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let broken = false;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load counts no test but must not pass.
    if (report.numFailedTestSuites > 0 || report.success === false) broken = true;
  } catch (error) {
    console.error(`count-tests: no readable report ${file}: ${error.message}`);
    broken = true;
  }
}
if (process.argv.length <= 2) broken = true;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
