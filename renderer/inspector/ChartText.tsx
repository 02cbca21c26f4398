import type { ChartText as Text } from '../../shared/research/seriesChart';

/** A label of the series chart where its geometry puts it (y is the text's baseline). */
export function ChartText({ text, className }: { text: Text; className?: string }) {
  return (
    <text x={text.x} y={text.y} textAnchor={text.align} className={className}>
      {text.text}
    </text>
  );
}
