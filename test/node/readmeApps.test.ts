/**
 * The adopter apps (test/apps, driven by the `apps` project) ARE the README's snippets: each
 * app file holds its README block as it stands, so a README edit the apps do not follow fails
 * here, in seconds, before the apps are even installed. Their template CSS is the templates' own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADOPTER_APPS, asInApp, BROWSER, QUICK_START, RUN_LOCALLY, SERVER } from '../apps/apps';
import { installedPackages, npxArguments, readmeBlock } from '../apps/readme';

const root = new URL('../../', import.meta.url);
const appFile = (app: string, file: string) => readFileSync(new URL(`test/apps/${app}/${file}`, root), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the adopter apps are the README', () => {
  it.each(ADOPTER_APPS.flatMap((app) => app.fromReadme.map((ref) => [app.name, ref.file, ref] as const)))(
    '%s/%s holds its README block as it stands',
    (app, file, ref) => {
      const block = asInApp(readmeBlock(ref.block.section, ref.block.index, ref.block.lang), ref.replace);
      expect(appFile(app, file)).toContain(block);
    },
  );

  it('every app uses the quick start and all of "Run your app against the local service"', () => {
    for (const app of ADOPTER_APPS) {
      const blocks = app.fromReadme.map((ref) => ref.block);
      expect(blocks, app.name).toEqual(expect.arrayContaining([QUICK_START, SERVER, BROWSER]));
    }
  });

  it('the server reads the certificate where the README starts the local service with --cert-dir', () => {
    const args = npxArguments(RUN_LOCALLY, 'face-liveness-emulator');
    const certDir = args[args.indexOf('--cert-dir') + 1];
    expect(certDir).toBe('.cache/liveness-tls');
    expect(readmeBlock(RUN_LOCALLY, 1, 'ts')).toContain(`readFileSync('${certDir}/localhost.crt')`);
  });

  it("the apps' own package.json holds only the template's packages: the README's line brings the rest", () => {
    const template = {
      next16: ['next', 'react', 'react-dom'],
      'vite-react19': ['react', 'react-dom'],
      'vite-react18': ['react', 'react-dom'],
    };
    for (const app of ADOPTER_APPS) {
      const pkg = JSON.parse(appFile(app.name, 'package.json'));
      expect(Object.keys(pkg.dependencies), app.name).toEqual(template[app.name as keyof typeof template]);
      for (const name of installedPackages()) expect(pkg.devDependencies[name], `${app.name}: ${name}`).toBeUndefined();
    }
    expect(JSON.parse(appFile('vite-react18', 'package.json')).devDependencies['@types/react']).toBe('18.3.32');
  });

  it("keeps the templates' CSS byte for byte (create-next-app 16.4.3 app/ts, create-vite 9.3.0 react-ts)", () => {
    expect(sha256(appFile('next16', 'app/globals.css'))).toBe(
      'e1c0289930d17ef10122ec7347f09b03f84e3d51dbbe982785f7316c00e49c08',
    );
    for (const app of ['vite-react19', 'vite-react18']) {
      expect(sha256(appFile(app, 'src/index.css')), app).toBe(
        '535c25dd1f338486ab3678832fc698011c8b8d1fe4ffd3d0ef5e33181457cc9f',
      );
      expect(sha256(appFile(app, 'src/App.css')), app).toBe(
        '6e25a776d3e8102da5bacb3cb99f4a5fc662a2e01e6143140671a556d28c3d5c',
      );
    }
  });
});
