import { useEffect, type RefObject } from 'react';
import { useServices } from '../state/services';

/**
 * Full screen while presenting. The page asks for it on the presentation itself (the
 * browser); where that is refused (the desktop app denies the page's permission requests),
 * the window goes full screen through the platform, and back afterwards, unless it already
 * was. Leaving full screen by the browser's own Escape ends the presentation too.
 */
export function usePresentationFullScreen(ref: RefObject<HTMLElement | null>, leave: () => void): void {
  const { platform } = useServices();
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let toggledWindow = false;
    let pageFull = false;
    let done = false;
    const onChange = () => {
      if (document.fullscreenElement === root) pageFull = true;
      else if (pageFull && !done) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    const windowFull = () => typeof matchMedia === 'function' && matchMedia('(display-mode: fullscreen)').matches;
    const fallback = () => {
      if (done || windowFull()) return;
      toggledWindow = true;
      platform.toggleFullScreen();
    };
    if (document.fullscreenElement) {
      // Already full screen (F11 in a browser): keep it as it is.
    } else if (typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().catch(fallback);
    } else fallback();
    return () => {
      done = true;
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === root) void document.exitFullscreen().catch(() => undefined);
      else if (toggledWindow) platform.toggleFullScreen();
    };
  }, [ref, leave, platform]);
}
