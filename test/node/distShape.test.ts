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

/** Whether a built file starts with the client directive (it must be the first statement to count). */
const isClient = (file: string) => /^(['"])use client\1;/.test(readDist(file));
const clientFiles = (entry: string) => moduleGraph(entry).files.filter(isClient);

describe("'use client' in dist/, for Next.js", () => {
  it('marks the components and hooks, each module on its own, and nothing else', () => {
    expect(clientFiles('index.js')).toEqual([
      'components/AuditImage/AuditImage.js',
      'components/AuditImage/AuditImageParts.js',
      'components/AuditImage/useImageSource.js',
      'components/ConfidenceGauge/ConfidenceGauge.js',
      'components/ConfidenceGauge/ConfidenceGaugeParts.js',
      'components/LivenessCheck/CheckViews.js',
      'components/LivenessCheck/DetectorHost.js',
      'components/LivenessCheck/LivenessCheck.js',
      'components/LivenessCheck/detectorSeam.js',
      'components/LivenessCheck/useCheckLocale.js',
      'components/LivenessCheck/useConnectingWatchdog.js',
      'components/LivenessCheck/useDetectorPrefetch.js',
      'components/LivenessCheck/useFocusFollowsView.js',
      'components/LivenessResult/FeedbackList.js',
      'components/LivenessResult/ImageInspector.js',
      'components/LivenessResult/LivenessResult.js',
      'components/LivenessResult/ResultImages.js',
      'components/LivenessResult/ResultStatusView.js',
      'components/LivenessResult/useResultText.js',
      'hooks/useAttemptController.js',
      'hooks/useDetectorProps.js',
      'hooks/useFlowResults.js',
      'hooks/useLatest.js',
      'hooks/useLivenessSession.js',
      'hooks/useResolvedQueryClient.js',
      'hooks/useSettledCallbacks.js',
      'hooks/useStatusTimer.js',
    ]);
  });

  it('leaves the entry and its plain functions callable from a Server Component or a route handler', () => {
    // The entry re-exports client modules as client references; its own code is server-safe.
    expect(isClient('index.js')).toBe(false);
    for (const file of [
      'backend/createFetchBackend.js',
      'core/selfHostedAssets.js',
      'hooks/livenessQueries.js',
      'components/LivenessResult/feedbackMessage.js',
      'displayText/index.js',
      'locales.js',
    ]) {
      expect(clientFiles(file), file).toEqual([]);
    }
    expect(moduleGraph('backend/createFetchBackend.js').packages).toEqual([]);
  });

  it('keeps the server, S3, emulator and Vite entries free of the directive', () => {
    for (const entry of ['server.js', 'server-s3.js', 'emulator.js', 'vite.js']) {
      expect(clientFiles(entry), entry).toEqual([]);
    }
  });
});
