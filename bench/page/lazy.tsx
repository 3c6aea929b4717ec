/**
 * Amplify's documented page with the detector lazily imported (lazy.html): Amplify's stylesheet
 * imported at the top, as its quick start says. A page of its own, so that the <LivenessCheck>
 * page (index.html) carries only what an app following our quick start carries.
 */
import '@aws-amplify/ui-react/styles.css';
import { createRoot } from 'react-dom/client';
import { PlainPage } from './PlainPage';
import { report, watchDetector } from './report';

const root = createRoot(document.getElementById('root')!);
report('mount');
watchDetector();
root.render(<PlainPage />);
