import { ARROW_COLOURS, DEFAULT_ARROW, NORMAL_HEAD, arrowId, type ArrowVariant } from './arrowMarker';

const HEAD = 'M0,0 L10,5 L0,10 z';

/** The arrowheads the links point with (renderer/canvas/arrowMarker.ts): the default one, and one per colour in the normal size. */
export function ArrowMarkers() {
  return (
    <svg className="marker-defs" aria-hidden="true">
      <defs>
        <marker id={DEFAULT_ARROW} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d={HEAD} className="arrow-head" />
        </marker>
        {(Object.keys(ARROW_COLOURS) as ArrowVariant[]).map((variant) => (
          <marker
            key={variant}
            id={arrowId(variant)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth={NORMAL_HEAD}
            markerHeight={NORMAL_HEAD}
            orient="auto-start-reverse"
          >
            <path d={HEAD} fill={ARROW_COLOURS[variant]} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
