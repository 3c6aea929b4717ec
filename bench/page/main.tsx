/**
 * The bench page (built for production by `npm run bench`). `?mode=` picks what runs:
 * check (<LivenessCheck>, the default), render (<LivenessResult>) or paint (results fetched through
 * the handler, then painted). Its stylesheets are what our quick start imports; the detector's CSS
 * comes with the detector chunk. static.html and lazy.html
 * are Amplify's documented page as it is (StaticPage.tsx) and with the detector lazily imported.
 */
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { createRoot } from 'react-dom/client';
import { CheckPage, watchCheck } from './CheckPage';
import { params } from './detectorConfig';
import { preparePaint } from './PaintPage';
import { prepareRender } from './RenderPage';
import { report, watchDetector } from './report';

const mode = params.get('mode');
if (mode === 'render') {
  void prepareRender();
} else if (mode === 'paint') {
  void preparePaint();
} else {
  const root = createRoot(document.getElementById('root')!);
  report('mount');
  watchDetector();
  watchCheck();
  root.render(<CheckPage />);
}
