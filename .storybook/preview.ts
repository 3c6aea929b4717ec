import type { Preview } from '@storybook/react-vite';
import '../src/styles/tokens.css';
import '../src/styles/components.css';
// What the product loads with the detector chunk (stories play the detector with a stand-in).
import 'react-face-liveness:detector.css';

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
