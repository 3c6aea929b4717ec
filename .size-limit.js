// The budgets are data in size-limit.budgets.json (bench/bytes.ts reads them too). They are measured
// as apps ship them: UTF-8. esbuild's default escapes every non-ASCII character as \uXXXX, which
// makes a Japanese or Arabic pack look a quarter bigger than what Vite (charset: 'utf8') emits.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const checks = JSON.parse(readFileSync(path.join(import.meta.dirname, 'size-limit.budgets.json'), 'utf8'));
const utf8 = (config) => ({ ...config, charset: 'utf8' });

export default checks.map((check) => ({ ...check, modifyEsbuildConfig: utf8 }));
