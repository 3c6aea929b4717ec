import type { ReactNode } from 'react';

/**
 * `formatText` for React: fills `{name}` placeholders with each value inside its own `<bdi>`, so a
 * number, a percentage or a session id keeps its own direction inside right-to-left text (and a
 * right-to-left value inside left-to-right text). Values are text nodes, never markup.
 */
export function formatNodes(template: string, values: Record<string, string | number>): ReactNode[] {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    if (!Object.hasOwn(values, part)) return `{${part}}`;
    return (
      <bdi key={index} className="rfl-value">
        {String(values[part])}
      </bdi>
    );
  });
}
