import { describe, expect, it } from 'vitest';
import { moduleGraph, readDist } from './distGraph';

/**
 * The built package as a bundler sees it (Turbopack and webpack resolve every import() they find,
 * used or not): what each entry makes an app install, and where the client directive is.
 */
describe('dist/ as bundlers read it', () => {
  it('react-face-liveness/server names neither S3 package, in any file it reaches', () => {
    const { files, packages } = moduleGraph('server.js');
    expect(packages).toEqual(['@aws-sdk/client-rekognition', '@aws-sdk/client-sts']);
    for (const file of files) {
      expect(readDist(file), file).not.toMatch(/@aws-sdk\/client-s3|s3-request-presigner/);
    }
  });

  it('react-face-liveness/server/s3 is where the S3 packages are imported', () => {
    expect(moduleGraph('server-s3.js').packages).toEqual(['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner']);
  });
});
