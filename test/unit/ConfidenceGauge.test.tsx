import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ConfidenceGauge,
  ConfidenceGaugeIndicator,
  ConfidenceGaugeLabel,
  ConfidenceGaugeRoot,
  ConfidenceGaugeThresholdMarker,
  ConfidenceGaugeTrack,
} from '../../src/components/ConfidenceGauge';
import { es } from '../../src/displayText';

describe('<ConfidenceGauge>', () => {
  it('is a meter with its value, range and a text equivalent that names the verdict', () => {
    const { container } = render(<ConfidenceGauge value={93.4} threshold={80} />);
    const meter = screen.getByRole('meter', { name: 'Confidence score' });
    expect(meter).toHaveAttribute('aria-valuenow', '93.4');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', 'Confidence 93.4 out of 100: Live');
    expect(meter).toHaveAttribute('data-state', 'available');
    expect(meter).toHaveAttribute('data-verdict', 'live');
    expect(meter).toHaveAttribute('data-value', '93.4');
    expect(meter.style.getPropertyValue('--rfl-gauge-value')).toBe('93.4');
    expect(meter.style.getPropertyValue('--rfl-gauge-threshold')).toBe('80');
    expect(screen.getByText('93.4%')).toBeInTheDocument();
    expect(screen.getByText('Live')).toHaveAttribute('data-verdict', 'live');
    const thresholdLabel = container.querySelector('.rfl-gauge-threshold-label')!;
    expect(thresholdLabel.textContent).toBe('Threshold 80%');
    // The percentages are isolated, so they keep their own direction inside right-to-left text.
    expect(thresholdLabel.querySelector('bdi')?.textContent).toBe('80%');
    expect(container.querySelector('.rfl-gauge-label bdi')?.textContent).toBe('93.4%');
  });

  it('says "not live" in words below the threshold, and rounds the shown score down', () => {
    render(<ConfidenceGauge value={79.96} threshold={80} />);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('data-verdict', 'not-live');
    expect(meter).toHaveAttribute('aria-valuetext', 'Confidence 79.9 out of 100: Not live');
    expect(screen.getByText('79.9%')).toBeInTheDocument();
    expect(screen.getByText('Not live')).toBeInTheDocument();
  });

  it('has no verdict and no marker without a threshold', () => {
    const { container } = render(<ConfidenceGauge value={87} />);
    const meter = screen.getByRole('meter');
    expect(meter).not.toHaveAttribute('data-verdict');
    expect(meter).toHaveAttribute('aria-valuetext', 'Confidence 87 out of 100');
    expect(container.querySelector('.rfl-gauge-threshold')).toBeNull();
    expect(container.querySelector('.rfl-verdict')).toBeNull();
  });

  it("follows the server's isLive over the threshold", () => {
    render(<ConfidenceGauge value={99} threshold={50} isLive={false} />);
    expect(screen.getByRole('meter')).toHaveAttribute('data-verdict', 'not-live');
  });

  it('clamps out-of-range values', () => {
    const { rerender } = render(<ConfidenceGauge value={140} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '100');
    rerender(<ConfidenceGauge value={-3} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  });

  it.each([Number.NaN, undefined, Infinity])('shows %s as unavailable, without a made-up value', (value) => {
    const { container } = render(<ConfidenceGauge value={value} threshold={80} />);
    expect(screen.queryByRole('meter')).toBeNull();
    const gauge = screen.getByRole('img', { name: 'Confidence unavailable' });
    expect(gauge).toHaveAttribute('data-state', 'unavailable');
    expect(gauge).not.toHaveAttribute('aria-valuenow');
    expect(gauge).not.toHaveAttribute('data-verdict');
    expect(container.querySelector('.rfl-gauge-indicator')).toBeNull();
    expect(container.querySelector('.rfl-gauge-track')).not.toBeNull();
  });

  it('places the threshold marker on the arc and exposes its value', () => {
    const { container } = render(<ConfidenceGauge value={50} threshold={50} />);
    const marker = container.querySelector('.rfl-gauge-threshold')!;
    expect(marker).toHaveAttribute('data-value', '50');
    // 50 is the top of the half circle: a vertical tick above the centre.
    expect(marker.getAttribute('x1')).toBe(marker.getAttribute('x2'));
  });

  it('takes display text overrides and whole locales', () => {
    const { container } = render(<ConfidenceGauge value={90.55} threshold={80} displayText={es} />);
    const meter = screen.getByRole('meter', { name: 'Puntuación de confianza' });
    expect(meter).toHaveAttribute('aria-valuetext', 'Confianza de 90,5 sobre 100: Persona real');
    expect(meter).toHaveAttribute('aria-valuenow', '90.55');
    // Intl's Spanish percentage: a comma and a no-break space before the sign.
    expect(container.querySelector('.rfl-gauge-label')?.textContent).toBe('90,5\u00a0%');
    expect(container.querySelector('.rfl-gauge-threshold-label')?.textContent).toBe('Umbral 80\u00a0%');
  });

  it('forwards its ref and spreads props, keeping its own class', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ConfidenceGauge ref={ref} value={10} className="mine" data-testid="gauge" aria-labelledby="x" />);
    const meter = screen.getByTestId('gauge');
    expect(ref.current).toBe(meter);
    expect(meter).toHaveClass('rfl-gauge', 'mine');
    expect(meter).not.toHaveAttribute('aria-label');
    expect(meter).toHaveAttribute('aria-labelledby', 'x');
  });
});

describe('ConfidenceGauge parts', () => {
  it('compose without the default extras', () => {
    const { container } = render(
      <ConfidenceGaugeRoot value={42} threshold={60}>
        <svg>
          <ConfidenceGaugeTrack />
          <ConfidenceGaugeIndicator data-testid="indicator" />
          <ConfidenceGaugeThresholdMarker />
        </svg>
        <ConfidenceGaugeLabel>forty-two</ConfidenceGaugeLabel>
      </ConfidenceGaugeRoot>,
    );
    expect(screen.getByTestId('indicator')).toHaveAttribute('data-verdict', 'not-live');
    expect(screen.getByTestId('indicator')).toHaveAttribute('pathLength', '100');
    expect(screen.getByText('forty-two')).toBeInTheDocument();
    expect(container.querySelector('.rfl-gauge-threshold-label')).toBeNull();
  });

  it('fail loudly outside the root', () => {
    // React reports the thrown render error on the console; keep the run quiet and prove it was reported.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ConfidenceGaugeLabel />)).toThrow(
      '`ConfidenceGaugeLabel` must be used within `ConfidenceGaugeRoot`.',
    );
    consoleError.mockRestore();
  });
});
