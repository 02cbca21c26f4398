import { useEffect, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import { FAR_ZOOM } from './lod';
import { settledFlag } from './settledFlag';

/** How long (ms) the zoom must be still before the level of detail switches. */
export const LOD_SETTLE_MS = 160;

const isFar = (zoom: number) => zoom < FAR_ZOOM;

/**
 * Whether the canvas draws its far level of detail. Follows the zoom once it has stopped
 * (settledFlag.ts); the store is read outside React so that a zoom does not render the canvas
 * on every frame.
 */
export function useSettledFar(): boolean {
  const store = useStoreApi();
  const [far, setFar] = useState(() => isFar(store.getState().transform[2]));
  useEffect(() => {
    const flag = settledFlag(far, LOD_SETTLE_MS, setFar);
    let zoom = store.getState().transform[2];
    // The zoom may have changed between the first render and this effect.
    flag.update(isFar(zoom));
    const unsubscribe = store.subscribe((state) => {
      // The store changes for much else (nodes, selection); only a zoom is a movement.
      if (state.transform[2] === zoom) return;
      zoom = state.transform[2];
      flag.update(isFar(zoom));
    });
    return () => {
      unsubscribe();
      flag.dispose();
    };
    // `far` is the committed value the flag starts from; it changes only through the flag itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return far;
}
