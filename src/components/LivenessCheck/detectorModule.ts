/**
 * What the lazy detector chunk is: Amplify's detector and its stylesheet (only the parts it uses,
 * under our tokens; see src/styles/detectorStylesheet.ts). The app's bundler splits the CSS with
 * this chunk, so a page pays for it only when a check starts.
 */
import 'react-face-liveness:detector.css';

export { FaceLivenessDetector, FaceLivenessDetectorCore } from '@aws-amplify/ui-react-liveness';
