import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The check's error screen, once it shows, after checking that the check's one live region
 * announces it: the error heading and the same description as the screen.
 */
export async function findErrorView(timeout = 1000): Promise<HTMLElement> {
  const view = await waitFor(
    () => {
      const found = document.querySelector<HTMLElement>('.rfl-check [data-view="error"]');
      if (!found) throw new Error('no error view');
      return found;
    },
    { timeout },
  );
  const region = screen.getByRole('status');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toHaveTextContent(view.querySelector('h2')!.textContent!);
  expect(region).toHaveTextContent(view.querySelector('p')!.textContent!);
  return view;
}
