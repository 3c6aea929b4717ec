import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { AuditImage } from '../src/components/AuditImage';
import { ConfidenceGauge } from '../src/components/ConfidenceGauge';
import { LivenessResult } from '../src/components/LivenessResult';
import { BOXES, bytesImage, corruptJpeg, gifBytes, makeResults, urlImage } from '../test/fixtures/results';

const meta = { title: 'Results/All states' } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const grid = { display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))' };

function Cell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <figure style={{ margin: 0, display: 'grid', gap: '0.5rem', alignContent: 'start' }}>
      <figcaption style={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{title}</figcaption>
      {children}
    </figure>
  );
}

const gauges: [string, number | undefined, number | undefined][] = [
  ['0', 0, 80],
  ['79.96 (just under 80)', 79.96, 80],
  ['80 (at threshold)', 80, 80],
  ['100', 100, 80],
  ['NaN', Number.NaN, 80],
  ['missing', undefined, 80],
  ['87, no threshold', 87, undefined],
];

const images: [string, Parameters<typeof AuditImage>[0]['image']][] = [
  ['box inside', bytesImage(BOXES.face)],
  ['box on the edge', bytesImage(BOXES.onEdge)],
  ['box partly outside', bytesImage(BOXES.partlyOutside)],
  ['box wholly outside', bytesImage(BOXES.outside)],
  ['no box', bytesImage()],
  ['from a URL', urlImage(BOXES.face)],
  ['not JPEG/PNG', bytesImage(BOXES.face, gifBytes)],
  ['broken JPEG', bytesImage(BOXES.face, corruptJpeg)],
];

const results: [string, Parameters<typeof LivenessResult>[0]][] = [
  ['end-user, passed', { results: makeResults(), threshold: 80, audience: 'end-user' }],
  [
    'end-user, not passed',
    { results: makeResults({ confidence: 20 }), threshold: 80, audience: 'end-user', onRetry: () => {} },
  ],
  ['FAILED', { results: makeResults({ status: 'FAILED', confidence: undefined }, 0), onRetry: () => {} }],
  ['EXPIRED', { results: makeResults({ status: 'EXPIRED', confidence: undefined }, 0), onRetry: () => {} }],
  ['IN_PROGRESS', { results: makeResults({ status: 'IN_PROGRESS', confidence: undefined }, 0) }],
];

/** Every state of every results component, side by side. */
export const Grid: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <div style={grid}>
        {gauges.map(([title, value, threshold]) => (
          <Cell key={title} title={`gauge: ${title}`}>
            <ConfidenceGauge value={value} threshold={threshold} />
          </Cell>
        ))}
      </div>
      <div style={grid}>
        {images.map(([title, image]) => (
          <Cell key={title} title={`image: ${title}`}>
            <AuditImage image={image} />
          </Cell>
        ))}
      </div>
      <div style={grid}>
        {results.map(([title, props]) => (
          <Cell key={title} title={`result: ${title}`}>
            <LivenessResult {...props} />
          </Cell>
        ))}
      </div>
    </div>
  ),
};
