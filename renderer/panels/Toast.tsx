import { useEffect, useRef, useState } from 'react';
import { useServices, useT, useUi } from '../state/services';
import { toastDuration } from './toastDuration';

/**
 * A short message (a refused command, a failed paste, characters the PDF could not print)
 * that goes away by itself — after long enough to read it (longer for longer messages),
 * never while the pointer or the focus is on it, and at once with its close button.
 */
export function Toast() {
  const { ui } = useServices();
  const t = useT();
  const toast = useUi((s) => s.toast);
  const [held, setHeld] = useState(false);
  // Where the keyboard came from, to go back there when the toast closes under it.
  const cameFrom = useRef<HTMLElement | null>(null);
  const close = () => {
    const back = cameFrom.current;
    cameFrom.current = null;
    ui.set({ toast: null });
    if (back?.isConnected) back.focus();
  };
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => ui.set({ toast: null }), toastDuration(toast));
    return () => clearTimeout(timer);
  }, [toast, held, ui]);
  useEffect(() => {
    if (!toast) setHeld(false);
  }, [toast]);
  return (
    <div
      className="toast"
      role="status"
      aria-live="polite"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={(e) => {
        setHeld(true);
        if (!cameFrom.current && e.relatedTarget instanceof HTMLElement) cameFrom.current = e.relatedTarget;
      }}
      onBlur={() => setHeld(false)}
    >
      {toast && (
        <>
          <span className="toast-text">{toast}</span>
          {/* A click leaves the focus where it was (the canvas, a field): the button goes away with the toast. */}
          <button type="button" className="toast-close" aria-label={t('close')} onMouseDown={(e) => e.preventDefault()} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </>
      )}
    </div>
  );
}
