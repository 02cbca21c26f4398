import { Panel } from '@xyflow/react';
import { ActionButton } from '../actions/ActionButton';
import { useUi } from '../state/services';

/** Folds the zoom controls and minimap away (View ▸ Zoom controls and minimap), and back. */
export function OverlayToggle() {
  const open = useUi((s) => s.overlaysOpen);
  return (
    <Panel position="bottom-right" className={`canvas-overlay overlay-toggle${open ? ' is-open' : ''}`}>
      <ActionButton id="view.overlays" className="overlay-toggle-button">
        <span aria-hidden="true">{open ? '▾' : '▴'}</span>
      </ActionButton>
    </Panel>
  );
}
