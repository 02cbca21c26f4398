import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENU_LABELS, type ActionDef, type ActionId } from '../../shared/actions';
import { useActions } from '../actions/useActions';
import { useT, useUi, useLanguage } from '../state/services';

/**
 * The toolbar groups that do not fit (a 1024 px projector), in a "More" menu: the same
 * registry actions, as menu items (a drop-down's choices as ticked items under its name).
 */
export function ToolbarOverflow({ groups }: { groups: readonly ActionDef[][] }) {
  const actions = useActions();
  const t = useT();
  const language = useLanguage();
  useUi((s) => s.selection);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
    if (to !== null) items[(to + items.length) % items.length]?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
      if (e.key === 'Tab') return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const run = (id: ActionId) => {
    setOpen(false);
    button.current?.focus();
    actions.run(id);
  };
  return (
    <div className="tool-group toolbar-more">
      <button
        ref={button}
        type="button"
        className="tool text-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('toolbarMore')}
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label={t('toolbarMore')} className="toolbar-more-menu" onKeyDown={onKeyDown}>
          {groups.map((group, g) => [
            g > 0 && <li key={`sep${g}`} role="separator" />,
            ...group.map((action, i) => {
              const id = action.id as ActionId;
              const heading = action.toggle === 'radio' && action.place?.submenu && group[i - 1]?.place?.submenu !== action.place.submenu;
              const checked = actions.isChecked(id);
              return [
                heading && (
                  <li key={`h${action.id}`} role="none" className="menu-heading" aria-hidden="true">
                    {MENU_LABELS[language][action.place!.submenu!]}
                  </li>
                ),
                <li key={action.id} role="none">
                  <button
                    type="button"
                    role={action.toggle === 'radio' ? 'menuitemradio' : action.toggle === 'check' ? 'menuitemcheckbox' : 'menuitem'}
                    aria-checked={checked}
                    aria-disabled={!actions.isEnabled(id)}
                    data-action={action.id}
                    tabIndex={-1}
                    onClick={() => run(id)}
                  >
                    <span className="menu-check" aria-hidden="true">
                      {checked ? (action.toggle === 'radio' ? '●' : '✓') : ''}
                    </span>
                    <span>{action.label[language]}</span>
                  </button>
                </li>,
              ];
            }),
          ])}
        </ul>
      )}
    </div>
  );
}
