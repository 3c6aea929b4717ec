// The budgets are data in size-limit.budgets.json (bench/bytes.ts reads them too). They are measured
// as apps ship them: UTF-8. esbuild's default escapes every non-ASCII character as \uXXXX, which
// makes a Japanese or Arabic pack look a quarter bigger than what Vite (charset: 'utf8') emits.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const checks = JSON.parse(readFileSync(path.join(import.meta.dirname, 'size-limit.budgets.json'), 'utf8'));
// The detector's stylesheet is imported by the lazy detector module; an app's bundler splits it out
// with that chunk, but esbuild here would count it in every JS budget. It has its own budget.
const lazyDetectorCss = {
  name: 'lazy-detector-css',
  setup(build) {
    build.onResolve({ filter: /(^|\/)detector\.css$/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
    );
  },
};
const configure = (config) => ({ ...config, charset: 'utf8', plugins: [...(config.plugins ?? []), lazyDetectorCss] });

export default checks.map((check) => ({ ...check, modifyEsbuildConfig: configure }));
