import type { Decorator } from '@storybook/react-vite';

/**
 * Renders the story on the theme's own surface, with an explicit theme and direction. Parts
 * without a background of their own need a surface to be read against.
 */
export const onSurface =
  (theme: 'light' | 'dark', dir: 'ltr' | 'rtl' = 'ltr'): Decorator =>
  (Story) => (
    <div
      data-rfl-theme={theme}
      dir={dir}
      style={{ background: 'var(--rfl-color-surface)', color: 'var(--rfl-color-text)', padding: '1.5rem' }}
    >
      <Story />
    </div>
  );
