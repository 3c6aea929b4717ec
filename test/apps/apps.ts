/**
 * The adopter apps under test/apps/<name>: a template's own files (create-next-app 16.4.3's `app`
 * TypeScript template, create-vite 9.3.0's `react-ts`; see test/apps/README.md) with the README's
 * snippets as their sources. `fromReadme` lists which file holds which README block, and the only
 * edits a reader makes to it (each one stated in the block's own comment).
 */
export const RUN_LOCALLY = 'Run your app against the local service';

export interface ReadmeBlockRef {
  section: string;
  index: number;
  lang: string;
}

export const QUICK_START: ReadmeBlockRef = { section: 'Quick start', index: 3, lang: 'tsx' };
export const SERVER: ReadmeBlockRef = { section: RUN_LOCALLY, index: 1, lang: 'ts' };
export const BROWSER: ReadmeBlockRef = { section: RUN_LOCALLY, index: 2, lang: 'tsx' };
export const VITE_PLUGIN: ReadmeBlockRef = { section: 'Self-hosted detector assets', index: 1, lang: 'ts' };

/** Outside a Next.js route file the handler is exported whole, for toNodeHandler (block 2's comment). */
const WHOLE_HANDLER: [string, string] = ['export const { GET, POST } =', 'export const liveness ='];

export interface ReadmeFile {
  file: string;
  block: ReadmeBlockRef;
  replace?: [string, string][];
}

export interface AdopterApp {
  name: string;
  framework: 'next' | 'vite';
  packageManager: 'npm' | 'pnpm';
  fromReadme: ReadmeFile[];
}

const viteFiles: ReadmeFile[] = [
  { file: 'src/VerifyIdentity.tsx', block: QUICK_START },
  { file: 'src/VerifyIdentityLocally.tsx', block: BROWSER },
  { file: 'server/liveness.ts', block: SERVER, replace: [WHOLE_HANDLER] },
  { file: 'vite.config.ts', block: VITE_PLUGIN },
];

export const ADOPTER_APPS: AdopterApp[] = [
  {
    name: 'next16',
    framework: 'next',
    packageManager: 'npm',
    fromReadme: [
      { file: 'app/verify-identity.tsx', block: QUICK_START },
      { file: 'app/verify-identity-locally.tsx', block: BROWSER },
      { file: 'app/api/liveness/[...path]/route.ts', block: SERVER },
    ],
  },
  { name: 'vite-react19', framework: 'vite', packageManager: 'pnpm', fromReadme: viteFiles },
  { name: 'vite-react18', framework: 'vite', packageManager: 'npm', fromReadme: viteFiles },
];

/** A README block as it stands in an app's file. */
export function asInApp(block: string, replace: [string, string][] = []): string {
  return replace.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`README block no longer contains '${from}'`);
    return text.replaceAll(from, to);
  }, block);
}
