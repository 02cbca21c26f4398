import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogButton {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

/** A modal dialog: focus moves in and stays in (Tab cycles), Escape cancels. */
export function Dialog({ title, children, buttons, onCancel }: { title: string; children: ReactNode; buttons: DialogButton[]; onCancel: () => void }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('[data-primary="true"]') ?? root?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Tab') {
            const focusable = [...(ref.current?.querySelectorAll<HTMLElement>('button, [href], input, select, textarea') ?? [])];
            const first = focusable[0];
            const last = focusable.at(-1);
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-buttons">
          {buttons.map((b) => (
            <button key={b.label} type="button" className={b.primary ? 'primary' : ''} data-primary={b.primary ? 'true' : undefined} onClick={b.onClick}>
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
