// Mutation testing (`npm run mutate`): does a test fail when the code changes?
// Slow (tens of minutes), so it is a command to run, not part of `npm test`.
// One folder at a time: `npm run mutate -- --mutate 'src/core/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/core/**/*.ts', 'src/hooks/**/*.ts', 'src/server/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared; raise it (`--concurrency 4`) on a bigger one.
  concurrency: 2,
  // Constants evaluated once at import run every test per mutant; their behaviour is covered anyway.
  ignoreStatic: true,
  timeoutMS: 20_000,
  // The first run (all tests, with coverage) takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: 65 },
  // Re-runs only mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
