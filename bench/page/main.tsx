/**
 * The bench page (built for production by `npm run bench`). `?mode=` picks what runs:
 * check (<LivenessCheck>), lazy (Amplify's documented page with the detector lazily imported),
 * render (<LivenessResult>). static.html is Amplify's documented page as it is (StaticPage.tsx).
 */
import '@aws-amplify/ui-react/styles.css';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { createRoot } from 'react-dom/client';
import { CheckPage, watchCheck } from './CheckPage';
import { params } from './detectorConfig';
import { PlainPage } from './PlainPage';
import { prepareRender } from './RenderPage';
import { report, watchDetector } from './report';

const mode = params.get('mode');
if (mode === 'render') {
  void prepareRender();
} else {
  const root = createRoot(document.getElementById('root')!);
  report('mount');
  watchDetector();
  if (mode === 'lazy') {
    root.render(<PlainPage />);
  } else {
    watchCheck();
    root.render(<CheckPage />);
  }
}
