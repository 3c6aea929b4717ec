// @vitest-environment node
// The stylesheet's promises: layered tokens, scoped unlayered rules, every public token defined and
// documented, dark kept in step.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const tokensCss = read('src/styles/tokens.css');
const componentsCss = read('src/styles/components.css');
const theming = read('docs/theming.md');

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const declared = (css: string) =>
  new Map([...css.matchAll(/(--rfl-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const used = (css: string) => new Set([...css.matchAll(/var\((--rfl-[a-z0-9-]+)/g)].map((m) => m[1]!));

/** The body of the block that starts right after `opening` (balanced braces). */
function block(css: string, opening: string): string {
  const start = css.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(css.indexOf('{', start) + 1, i);
  }
  throw new Error(`unbalanced block after ${opening}`);
}

/** Token → [light, dark] as the docs' table gives them. */
const documented = new Map(
  [...theming.matchAll(/^\| `(--rfl-[a-z0-9-]+)` \| (.+?) \| (.+?) \| .+ \|$/gm)].map((m) => [
    m[1]!,
    [m[2]!.replace(/`/g, ''), m[3]!.replace(/`/g, '')] as const,
  ]),
);

const SET_BY_COMPONENTS = [
  '--rfl-gauge-value',
  '--rfl-gauge-threshold',
  '--rfl-box-left',
  '--rfl-box-top',
  '--rfl-box-width',
  '--rfl-box-height',
];

describe('the stylesheet', () => {
  it('puts the tokens inside @layer react-face-liveness, so any declaration of the app wins', () => {
    const bare = withoutComments(tokensCss).trim();
    expect(bare.startsWith('@layer react-face-liveness {')).toBe(true);
    expect(bare.endsWith('}')).toBe(true);
    expect(block(bare, '@layer react-face-liveness').length).toBe(
      bare.length - '@layer react-face-liveness {'.length - 1,
    );
  });

  it('keeps the component rules unlayered and scoped: every selector starts with an rfl- class', () => {
    const bare = withoutComments(componentsCss);
    expect(bare).not.toContain('@layer');
    const selectors = [...bare.replace(/@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '').matchAll(/([^{};]+)\{/g)]
      .map((m) => m[1]!.trim())
      .filter((prelude) => !prelude.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(50);
    for (const list of selectors) {
      for (const selector of list.split(/,(?![^(]*\))/)) expect(selector.trim(), list).toMatch(/^\.rfl-[a-z-]+/);
    }
  });

  it('keeps the two dark blocks (system preference and explicit switch) identical', () => {
    const system = block(tokensCss, ":root:not([data-rfl-theme='light'])");
    const explicit = block(tokensCss, "[data-rfl-theme='dark'] {");
    expect([...declared(system)]).toEqual([...declared(explicit)]);
  });

  it('gives every colour a dark value, and defines every token the components read', () => {
    const light = declared(block(tokensCss, ":root,\n  [data-rfl-theme='light']"));
    const dark = declared(block(tokensCss, "[data-rfl-theme='dark'] {"));
    expect([...dark.keys()]).toEqual([...light.keys()]);
    const defined = declared(tokensCss);
    const optional = [...documented].filter(([, [value]]) => value.startsWith('unset')).map(([name]) => name);
    for (const name of used(componentsCss)) {
      expect([...defined.keys(), ...optional, ...SET_BY_COMPONENTS], name).toContain(name);
    }
  });

  it('documents every token with its real defaults in docs/theming.md', () => {
    const light = declared(block(tokensCss, ":root,\n  [data-rfl-theme='light']"));
    const dark = declared(block(tokensCss, "[data-rfl-theme='dark'] {"));
    const rest = declared(block(tokensCss, '/* ---- Type, sizes, radii, motion'));
    for (const [name, value] of light) expect(documented.get(name), name).toEqual([value, dark.get(name)]);
    for (const [name, value] of rest) expect(documented.get(name), name).toEqual([value, 'same']);
    const all = new Set([...light.keys(), ...rest.keys()]);
    for (const name of documented.keys()) {
      if (!all.has(name)) expect(documented.get(name)![0], name).toMatch(/^unset/);
    }
  });

  it('uses the --rfl- prefix for public variables and --_rfl- for private ones, nothing else', () => {
    const names = [...`${tokensCss}\n${componentsCss}`.matchAll(/(--[a-zA-Z0-9_-]+)\s*:/g)].map((m) => m[1]!);
    for (const name of names) expect(name).toMatch(/^--_?rfl-/);
  });

  it('turns the gauge animation off for reduced motion', () => {
    expect(block(componentsCss, '@media (prefers-reduced-motion: reduce)')).toMatch(
      /animation: none;[\s\S]*transition: none;/,
    );
  });

  it('styles LivenessCheck after the results components, spinning only when motion is welcome', () => {
    const section = componentsCss.indexOf('LivenessCheck ===');
    expect(section).toBeGreaterThan(componentsCss.indexOf('LivenessResult ==='));
    const reduced = componentsCss
      .slice(section)
      .match(/@media \(prefers-reduced-motion: reduce\) \{[\s\S]*?\n {2}\}/)?.[0];
    expect(reduced).toMatch(/\.rfl-check-spinner \{\s*animation: rfl-pulse/);
  });
});
