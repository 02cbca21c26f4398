import { useEffect, useState } from 'react';
import { afterPaint } from './later';

/**
 * `value` as it was at the last paint: a new value is returned from the frame after the one
 * that painted the change (issue #9). For views beside the one the user acts in (the
 * inspector while a new card's title field comes up on the canvas), so what they rebuild
 * does not stand between a key press and its paint.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const late = !Object.is(shown, value);
  useEffect(() => {
    if (!late) return;
    return afterPaint(() => setShown(() => value));
  }, [late, value]);
  return shown;
}
