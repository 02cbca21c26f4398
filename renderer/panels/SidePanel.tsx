import type { ReactNode } from 'react';
import { useActions } from '../actions/useActions';
import type { ActionId } from '../../shared/actions';

/**
 * A panel beside the canvas (the one-page summary, the research matrix): a heading and a close
 * button that runs the panel's own toggle action, so the menu, the key and the button agree.
 */
export function SidePanel({ name, title, closeLabel, closeAction, children }: { name: string; title: string; closeLabel: string; closeAction: ActionId; children: ReactNode }) {
  const actions = useActions();
  return (
    <aside className={`${name}-panel`} aria-labelledby={`${name}-heading`}>
      <div className={`${name}-panel-head`}>
        <h2 id={`${name}-heading`}>{title}</h2>
        <button type="button" className="summary-close" aria-label={closeLabel} title={closeLabel} onClick={() => actions.run(closeAction)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </aside>
  );
}
