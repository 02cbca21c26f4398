import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIONS, MENU_LABELS, type ActionDef, type ActionId, type MenuName } from '../../shared/actions';
import { displayAccelerator, shownAccelerator } from '../actions/accelerator';
import type { ActionHandler } from '../actions/handlers';
import type { RecentEntry } from '../platform/platform';
import { useServices, useT, useUi } from '../state/services';

const MENUS: MenuName[] = ['file', 'edit', 'view', 'help'];
type Item = { kind: 'action'; action: ActionDef } | { kind: 'recent'; entry: RecentEntry } | { kind: 'separator' } | { kind: 'heading'; text: string };

/** The browser build's menu bar, made from the same action list as the native menus. */
export function MenuBar({ handlers }: { handlers: Record<ActionId, ActionHandler> }) {
  const { session, platform } = useServices();
  const t = useT();
  const language = useUi((s) => s.language);
  const [open, setOpen] = useState<MenuName | null>(null);
  const [current, setCurrent] = useState<MenuName>('file');
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open === 'file') void session.recentFiles().then(setRecent);
  }, [open, session]);
  useEffect(() => {
    if (!open) return;
    const first = bar.current?.querySelector<HTMLElement>(`[data-menu="${open}"] [role="menu"] [role="menuitem"]:not([aria-disabled="true"])`);
    first?.focus();
    const close = (e: MouseEvent) => {
      if (!bar.current?.contains(e.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const items = (menu: MenuName): Item[] => {
    const out: Item[] = [];
    let group: number | undefined;
    for (const action of ACTIONS as readonly ActionDef[]) {
      if (action.menu !== menu) continue;
      if (group !== undefined && action.group !== group) out.push({ kind: 'separator' });
      group = action.group;
      out.push({ kind: 'action', action });
      if (action.id === 'file.open' && recent.length > 0) {
        out.push({ kind: 'heading', text: t('openRecent') });
        for (const entry of recent) out.push({ kind: 'recent', entry });
      }
    }
    return out;
  };

  const activate = (item: Item) => {
    setOpen(null);
    if (item.kind === 'action') void handlers[item.action.id as ActionId]?.run();
    else if (item.kind === 'recent') void session.openRecent(item.entry);
  };

  const onMenuKey = (menu: MenuName) => (e: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    const i = MENUS.indexOf(menu);
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'ArrowRight') setOpen(MENUS[(i + 1) % MENUS.length]!);
    else if (e.key === 'ArrowLeft') setOpen(MENUS[(i + MENUS.length - 1) % MENUS.length]!);
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

  return (
    <div className="menubar" role="menubar" aria-label={t('menuBar')} ref={bar}>
      {MENUS.map((menu) => (
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
              const i = MENUS.indexOf(menu);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(menu);
              } else if (step !== 0 || e.key === 'Home' || e.key === 'End') {
                // One tab stop for the whole bar; arrows move along it (WAI-ARIA menubar).
                e.preventDefault();
                const next = e.key === 'Home' ? MENUS[0]! : e.key === 'End' ? MENUS.at(-1)! : MENUS[(i + step + MENUS.length) % MENUS.length]!;
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
                  // A visual heading; each recent item's own name is the file's.
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
                  <li key={item.action.id} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      aria-disabled={handlers[item.action.id as ActionId]?.enabled?.() === false}
                      onClick={() => activate(item)}
                    >
                      <span>{item.action.label[language]}</span>
                      {shownAccelerator(item.action.accelerator, platform.nativeMenus) && <kbd>{displayAccelerator(item.action.accelerator!, platform.macShortcuts)}</kbd>}
                    </button>
                  </li>
                ),
              )}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
