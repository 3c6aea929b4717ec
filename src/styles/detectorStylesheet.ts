/**
 * Build tooling (Node): the detector's stylesheet, made from the installed `@aws-amplify/ui`.
 * Amplify's whole stylesheet is ~31 kB gz and page-wide (`* {}`, `body {}`, `button {}`); the
 * detector needs a tenth of it. This takes only the per-component files of the primitives the
 * detector renders, only the theme variables those files and the detector's code read (followed
 * through `var()` references), scopes the variables to `.rfl-check-detector`, and adds our
 * src/styles/detector.css (the scoped reset and our tokens mapped to Amplify's variables).
 *
 * The source imports it as `react-face-liveness:detector.css` from the lazy detector module. In
 * the library build the import stays in dist (rewritten to `../../detector.css`) and the file is
 * emitted next to styles.css, so the app's bundler code-splits it with the detector chunk. In
 * Storybook, tests and the demo, the plugin serves it as a CSS module.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const DETECTOR_CSS_ID = 'react-face-liveness:detector.css';
/** Where the library build emits it, relative to dist/. */
export const DETECTOR_CSS_FILE = 'detector.css';
const SERVED_ID = '/__react-face-liveness-detector.css';

/**
 * The primitives `@aws-amplify/ui-react-liveness` 3.x renders: Flex, Text, Button, Loader, Icon,
 * VisuallyHidden, SelectField and Label, and the alert classes of its photosensitivity warning.
 */
export const AMPLIFY_PARTS = [
  'flex',
  'text',
  'button',
  'loader',
  'icon',
  'visuallyHidden',
  'field',
  'select',
  'selectField',
  'alert',
  'liveness',
];

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** The installed package's folder (their `exports` do not list package.json): up from its entry. */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (
    !existsSync(path.join(dir, 'package.json')) ||
    !readFileSync(path.join(dir, 'package.json'), 'utf8').includes(`"name": "${name}"`)
  ) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`react-face-liveness: cannot find the folder of ${name}`);
    dir = up;
  }
  return dir;
}

/** `--amplify-*` declarations of the default theme's first block (`:root, [data-amplify-theme]`). */
function themeVariables(baseCss: string): Map<string, string> {
  const open = baseCss.indexOf('{', baseCss.indexOf(':root, [data-amplify-theme]'));
  const body = baseCss.slice(open + 1, baseCss.indexOf('\n}', open));
  return new Map([...body.matchAll(/(--amplify-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/**
 * Button variations and sizes the detector renders: `variation: "primary" | "link"`, `size: "large"`,
 * and the photosensitivity popover's `outlined--info` (an AlertIcon button on its start screen).
 */
const BUTTON_MODIFIERS = new Set([
  'primary',
  'link',
  'outlined--info',
  'large',
  'small',
  'fullwidth',
  'loading',
  'disabled',
]);
const unusedButtonRule = (selectors: string) =>
  selectors
    .split(',')
    .every((selector) =>
      [...selector.matchAll(/\.amplify-button--([a-z-]+)/g)].some((m) => !BUTTON_MODIFIERS.has(m[1]!)),
    );

/** The CSS without the rules `unused` picks (top level and one level inside @media / @supports). */
export function withoutRules(css: string, unused: (selectors: string) => boolean): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open < 0) return out + css.slice(at);
    const prelude = css.slice(at, open);
    let depth = 0;
    let close = open;
    for (; close < css.length; close++) {
      if (css[close] === '{') depth++;
      if (css[close] === '}' && --depth === 0) break;
    }
    const head = prelude.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = withoutRules(css.slice(open + 1, close), unused);
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@') || !unused(head)) {
      out += css.slice(at, close + 1);
    }
    at = close + 1;
  }
  return out;
}

/** Comments are for readers of the source; the shipped sheets drop them (apps do not all minify CSS). */
export const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n+/g, '\n');

const referenced = (text: string) => [...text.matchAll(/var\(\s*(--amplify-[a-z0-9-]+)/g)].map((m) => m[1]!);

/** Variables the detector's JavaScript reads: `getPropertyValue('--amplify-…')` and `tokens.a.b.c`. */
function readByCode(dir: string): string[] {
  const names: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const file = path.join(at, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.mjs')) {
        const code = readFileSync(file, 'utf8');
        names.push(...[...code.matchAll(/'(--amplify-[a-z0-9-]+)'/g)].map((m) => m[1]!));
        for (const [, chain] of code.matchAll(/\btokens\.([a-zA-Z0-9.]+)/g)) {
          const kebab = chain!.split('.').map((part) => part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
          names.push(`--amplify-${kebab.join('-')}`);
        }
      }
    }
  };
  walk(dir);
  return names;
}

/** The whole stylesheet, as text. */
export function detectorStylesheetCss(): string {
  const ui = packageDir('@aws-amplify/ui');
  const liveness = packageDir('@aws-amplify/ui-react-liveness');
  const version = (dir: string) =>
    (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const parts = AMPLIFY_PARTS.map((part) => {
    const css = readFileSync(path.join(ui, 'dist/styles', `${part}.css`), 'utf8');
    return part === 'button' ? withoutRules(css, unusedButtonRule) : css;
  });
  const ours = readFileSync(path.join(here, 'detector.css'), 'utf8');
  const theme = themeVariables(readFileSync(path.join(ui, 'dist/styles/base.css'), 'utf8'));

  const needed = new Set<string>();
  const queue = [...parts.flatMap(referenced), ...referenced(ours), ...readByCode(path.join(liveness, 'dist/esm'))];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const value = theme.get(name);
    if (needed.has(name) || value === undefined) continue;
    needed.add(name);
    queue.push(...referenced(value));
  }
  const variables = [...theme].filter(([name]) => needed.has(name)).map(([name, value]) => `  ${name}: ${value};`);
  return [
    `/* The parts of Amplify UI's stylesheet (@aws-amplify/ui ${version(ui)}, Apache-2.0) that` +
      ` @aws-amplify/ui-react-liveness ${version(liveness)} uses, then ours (src/styles/detector.css). */`,
    withoutComments(
      [
        `.rfl-check-detector {\n${variables.join('\n')}\n}`,
        // Ours before Amplify's parts: the scoped reset must come first, as Amplify's does in its sheet.
        ours,
        ...parts,
      ].join('\n'),
    ),
  ].join('\n');
}

/** Serves (dev, tests, app builds from source) or emits (`library: true`) the detector stylesheet. */
export function detectorStylesheet({ library = false }: { library?: boolean } = {}): Plugin {
  return {
    name: 'react-face-liveness:detector-stylesheet',
    resolveId(id) {
      if (id !== DETECTOR_CSS_ID) return null;
      return library ? { id: DETECTOR_CSS_ID, external: true } : SERVED_ID;
    },
    load(id) {
      return id === SERVED_ID ? detectorStylesheetCss() : null;
    },
    renderChunk(code, chunk) {
      if (!library || !code.includes(DETECTOR_CSS_ID)) return null;
      const relative = path.posix.relative(path.posix.dirname(chunk.fileName), DETECTOR_CSS_FILE);
      return {
        code: code.replaceAll(DETECTOR_CSS_ID, relative.startsWith('.') ? relative : `./${relative}`),
        map: null,
      };
    },
    generateBundle() {
      if (library) this.emitFile({ type: 'asset', fileName: DETECTOR_CSS_FILE, source: detectorStylesheetCss() });
    },
  };
}
