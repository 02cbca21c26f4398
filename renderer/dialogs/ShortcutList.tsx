import { ACTIONS, MENU_LABELS, MENU_ORDER, keysOf, type ActionDef, type MenuName } from '../../shared/actions';
import { displayAccelerator, shownAccelerator } from '../actions/accelerator';
import { useServices, useT, useLanguage } from '../state/services';

/**
 * Every shortcut the registry declares, grouped by menu (actions outside the menus, such as
 * moving between cards, under "On the canvas"), each with all its keys.
 */
export function ShortcutList() {
  const { platform } = useServices();
  const t = useT();
  const language = useLanguage();
  const keyed = (ACTIONS as readonly ActionDef[])
    .map((action) => ({ action, keys: keysOf(action, platform.macShortcuts).filter((key) => shownAccelerator(key, platform.nativeMenus)) }))
    .filter(({ keys }) => keys.length > 0);
  const sections: { name: string; rows: typeof keyed }[] = [
    { name: t('shortcutsCanvas'), rows: keyed.filter(({ action }) => !action.place) },
    ...MENU_ORDER.map((menu: MenuName) => ({ name: MENU_LABELS[language][menu], rows: keyed.filter(({ action }) => action.place?.menu === menu) })),
  ].filter((section) => section.rows.length > 0);
  return (
    <div className="shortcut-sections">
      {sections.map((section) => (
        <section key={section.name} aria-label={section.name}>
          <h3>{section.name}</h3>
          <dl className="shortcut-list">
            {section.rows.map(({ action, keys }) => (
              <div key={action.id} className="shortcut-row" data-action={action.id}>
                <dt>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' / '}
                      <kbd>{displayAccelerator(key, platform.macShortcuts)}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{action.label[language]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
