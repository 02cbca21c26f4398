import { useEffect } from 'react';
import { useServices, useUi } from '../state/services';

/** A short message (a refused command, a failed paste) that goes away by itself. */
export function Toast() {
  const { ui } = useServices();
  const toast = useUi((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => ui.set({ toast: null }), 4000);
    return () => clearTimeout(timer);
  }, [toast, ui]);
  return (
    <div className="toast" role="status" aria-live="polite">
      {toast}
    </div>
  );
}
