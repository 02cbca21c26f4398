import { useEffect, useState, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { FAR_ZOOM } from './lod';
import { movementWatch } from './movementWatch';
import { settledFlag } from './settledFlag';

/** How long (ms) the viewport must be still before it counts as stopped. */
export const VIEWPORT_STILL_MS = 160;

const isFar = (zoom: number) => zoom < FAR_ZOOM;

/**
 * What a moving viewport changes, read from React Flow's store outside React (so a pan or zoom
 * renders nothing per frame):
 * - the level of detail drawn (the returned flag) follows the zoom once it has stopped
 *   (settledFlag.ts);
 * - while the viewport pans, the canvas element carries `data-panning`, which gives the
 *   viewport its own compositor layer (styles.css): a pan then moves what was drawn instead of
 *   painting and rasterising every card and link again each frame (with software rendering,
 *   a third of the raster work at 1,000 cards). Not while zooming: a layer whose scale changes
 *   is rasterised again each frame anyway, and kept at one scale it would blur. The hint goes
 *   when the pan stops or a zoom begins.
 */
export function useViewportMotion(canvas: RefObject<HTMLElement | null>): boolean {
  const store = useStoreApi();
  const [far, setFar] = useState(() => isFar(store.getState().transform[2]));
  useEffect(() => {
    const flag = settledFlag(far, VIEWPORT_STILL_MS, setFar);
    const unmark = () => canvas.current?.removeAttribute('data-panning');
    const pan = movementWatch(VIEWPORT_STILL_MS, { start: () => canvas.current?.setAttribute('data-panning', ''), stop: unmark });
    let [x, y, zoom] = store.getState().transform;
    // The zoom may have changed between the first render and this effect.
    flag.update(isFar(zoom));
    const unsubscribe = store.subscribe(({ transform }) => {
      // The store changes for much else (nodes, selection); only these are movements.
      if (transform[0] === x && transform[1] === y && transform[2] === zoom) return;
      const zoomed = transform[2] !== zoom;
      [x, y, zoom] = transform;
      if (zoomed) {
        pan.end();
        flag.update(isFar(zoom));
      } else pan.touch();
    });
    return () => {
      unsubscribe();
      flag.dispose();
      pan.dispose();
      unmark();
    };
    // `far` is the committed value the flag starts from; it changes only through the flag itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, canvas]);
  return far;
}
