/**
 * The bench page (built for production by `npm run bench`). `?mode=` picks what runs:
 * check (<LivenessCheck>), plain (session first, then the detector), render (<LivenessResult>).
 */
import '@aws-amplify/ui-react/styles.css';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { createRoot } from 'react-dom/client';
import { CheckPage, watchCheck } from './CheckPage';
import { params } from './detectorConfig';
import { PlainPage } from './PlainPage';
import { prepareRender } from './RenderPage';
import { cameraReady, onFrameWhen, report } from './report';

const mode = params.get('mode');
if (mode === 'render') {
  void prepareRender();
} else {
  const root = createRoot(document.getElementById('root')!);
  report('mount');
  if (mode === 'plain') {
    onFrameWhen(cameraReady, () => report('camera-ready'));
    root.render(<PlainPage />);
  } else {
    watchCheck();
    root.render(<CheckPage />);
  }
}
