import { useStore } from '@xyflow/react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { STAGES } from '../../shared/model';
import { LANE_WIDTH, laneLeft } from '../../shared/layout';
import { ActionButton } from '../actions/ActionButton';
import { useLanguage } from '../state/services';

/** The pane's transform while the lanes' own headers are above its top edge, else null (nothing to draw). */
const scrolledAway = (s: { transform: [number, number, number] }) => (s.transform[1] < 0 ? s.transform : null);
const sameTransform = (a: readonly number[] | null, b: readonly number[] | null) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]);

/**
 * The lanes' headers, with their "+", pinned to the top of the canvas once the lanes' own
 * headers have scrolled (or zoomed) out of view above it; each keeps its lane's width and
 * follows it sideways. A copy for the eye and the mouse: the lanes keep their headings for a
 * screen reader, and the keyboard adds cards with N and Enter, as on the lanes.
 */
export function StickyLaneHeaders() {
  const transform = useStore(scrolledAway, sameTransform);
  const language = useLanguage();
  if (!transform) return null;
  const [x, , zoom] = transform;
  return (
    <div className="sticky-lanes" aria-hidden="true">
      {STAGES.map((stage, i) => (
        <div key={stage} className={`sticky-lane lane-header stage-${stage}`} style={{ left: x + laneLeft(stage) * zoom, width: LANE_WIDTH * zoom }}>
          <h2>
            <span className="lane-number">{i + 1}</span>
            {STAGE_LABELS[language][stage]}
          </h2>
          <ActionButton id={`card.newIn.${stage}`} className="lane-add nodrag" tabIndex={-1}>
            +
          </ActionButton>
        </div>
      ))}
    </div>
  );
}
