import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENU_LABELS, MENU_ORDER, keysOf, menuEntries, type ActionDef, type ActionId, type MenuName } from '../../shared/actions';
import { displayAccelerator, shownAccelerator } from '../actions/accelerator';
import { useActions } from '../actions/useActions';
import type { RecentEntry } from '../platform/platform';
import { useServices, useT, useLanguage } from '../state/services';

type Item =
  | { kind: 'action'; action: ActionDef }
  | { kind: 'recent'; entry: RecentEntry }
  | { kind: 'separator' }
  | { kind: 'heading'; text: string };

const ITEM = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';
const ENABLED_ITEM = ITEM.split(', ').map((s) => `${s}:not([aria-disabled="true"])`).join(', ');

/** The browser build's menu bar, made from the registry like the native menus (submenus become headed sections). */
export function MenuBar() {
  const { session, platform } = useServices();
  const actions = useActions();
  const t = useT();
  const language = useLanguage();
  const [open, setOpen] = useState<MenuName | null>(null);
  const [current, setCurrent] = useState<MenuName>('file');
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open === 'file') void session.recentFiles().then(setRecent);
  }, [open, session]);
  useEffect(() => {
    if (!open) return;
    const first = bar.current?.querySelector<HTMLElement>(`[data-menu="${open}"] [role="menu"] :is(${ENABLED_ITEM})`);
    first?.focus();
    const close = (e: MouseEvent) => {
      if (!bar.current?.contains(e.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const items = (menu: MenuName): Item[] =>
    menuEntries(menu).flatMap((entry): Item[] => {
      if (entry.kind === 'separator') return [{ kind: 'separator' }];
      if (entry.kind === 'action') return [{ kind: 'action', action: entry.action }];
      if (entry.kind === 'submenu') return [{ kind: 'heading', text: MENU_LABELS[language][entry.name] }, ...entry.actions.map((action) => ({ kind: 'action' as const, action }))];
      return recent.length === 0 ? [] : [{ kind: 'heading', text: t('openRecent') }, ...recent.map((r) => ({ kind: 'recent' as const, entry: r }))];
    });

  const activate = (item: Item) => {
    setOpen(null);
    if (item.kind === 'action') actions.run(item.action.id as ActionId);
    else if (item.kind === 'recent') void session.openRecent(item.entry);
  };

  const onMenuKey = (menu: MenuName) => (e: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...e.currentTarget.querySelectorAll<HTMLElement>(ENABLED_ITEM)];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    const i = MENU_ORDER.indexOf(menu);
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'ArrowRight') setOpen(MENU_ORDER[(i + 1) % MENU_ORDER.length]!);
    else if (e.key === 'ArrowLeft') setOpen(MENU_ORDER[(i + MENU_ORDER.length - 1) % MENU_ORDER.length]!);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(entries.length - 1);
    else if (e.key === 'Tab') {
      setOpen(null);
      return;
    } else if (e.key === 'Escape') {
      setOpen(null);
      bar.current?.querySelector<HTMLElement>(`[data-menu-button="${menu}"]`)?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const actionItem = (action: ActionDef) => {
    const id = action.id as ActionId;
    const checked = actions.isChecked(id);
    const key = shownAccelerator(keysOf(action, platform.macShortcuts)[0], platform.nativeMenus);
    return (
      <li key={action.id} role="none">
        <button
          type="button"
          role={action.toggle === 'radio' ? 'menuitemradio' : action.toggle === 'check' ? 'menuitemcheckbox' : 'menuitem'}
          aria-checked={checked}
          tabIndex={-1}
          data-action={action.id}
          aria-disabled={!actions.isEnabled(id)}
          onClick={() => activate({ kind: 'action', action })}
        >
          <span className="menu-check" aria-hidden="true">
            {checked ? (action.toggle === 'radio' ? '●' : '✓') : ''}
          </span>
          <span>{action.label[language]}</span>
          {key && <kbd>{displayAccelerator(key, platform.macShortcuts)}</kbd>}
        </button>
      </li>
    );
  };

  return (
    <div className="menubar" role="menubar" aria-label={t('menuBar')} ref={bar}>
      {MENU_ORDER.map((menu) => (
        <div key={menu} className="menu" data-menu={menu}>
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu}
            data-menu-button={menu}
            onClick={() => setOpen(open === menu ? null : menu)}
            tabIndex={menu === current ? 0 : -1}
            onFocus={() => setCurrent(menu)}
            onKeyDown={(e) => {
              const i = MENU_ORDER.indexOf(menu);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(menu);
              } else if (step !== 0 || e.key === 'Home' || e.key === 'End') {
                // One tab stop for the whole bar; arrows move along it (WAI-ARIA menubar).
                e.preventDefault();
                const next = e.key === 'Home' ? MENU_ORDER[0]! : e.key === 'End' ? MENU_ORDER.at(-1)! : MENU_ORDER[(i + step + MENU_ORDER.length) % MENU_ORDER.length]!;
                bar.current?.querySelector<HTMLElement>(`[data-menu-button="${next}"]`)?.focus();
              }
            }}
          >
            {MENU_LABELS[language][menu]}
          </button>
          {open === menu && (
            <ul role="menu" aria-label={MENU_LABELS[language][menu]} onKeyDown={onMenuKey(menu)}>
              {items(menu).map((item, n) =>
                item.kind === 'separator' ? (
                  <li key={`sep${n}`} role="separator" />
                ) : item.kind === 'heading' ? (
                  // A visual heading; each item's own name says what it does.
                  <li key={`heading${n}`} role="none" className="menu-heading" aria-hidden="true">
                    {item.text}
                  </li>
                ) : item.kind === 'recent' ? (
                  <li key={`recent${n}`} role="none">
                    <button type="button" role="menuitem" tabIndex={-1} className="recent-item" onClick={() => activate(item)}>
                      {item.entry.name}
                    </button>
                  </li>
                ) : (
                  actionItem(item.action)
                ),
              )}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
