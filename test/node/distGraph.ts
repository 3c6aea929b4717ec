/**
 * The built package as an app's bundler sees it: the files reachable from an entry of dist/ by
 * relative imports (static and dynamic), and the packages they name. Needs `npx vite build` first
 * (`npm test` builds before it runs the tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

type Node = { type?: string; source?: { value?: unknown } | null };

/** Every literal specifier of import/export declarations and `import()` expressions, anywhere in the file. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Node;
    const kinds = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'];
    if (kinds.includes(node.type ?? '') && typeof node.source?.value === 'string') found.push(node.source.value);
    Object.values(value).forEach(walk);
  };
  walk(parseAst(code));
  return found;
}

export function readDist(file: string): string {
  const full = path.join(DIST, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npx vite build\` first.`);
  return readFileSync(full, 'utf8');
}

/** The entry and every dist file it reaches, relative to dist/, and the bare specifiers they import. */
export function moduleGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // A stylesheet (the detector's, imported by its lazy chunk) is a leaf: the app's bundler handles it.
    if (file.endsWith('.css')) return;
    for (const specifier of specifiers(readDist(file))) {
      if (specifier.startsWith('.')) visit(path.posix.join(path.posix.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}
