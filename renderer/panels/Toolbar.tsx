import { toolbarGroups, type ActionDef, type ActionId } from '../../shared/actions';
import type { Language } from '../../shared/model';
import { ActionButton } from '../actions/ActionButton';
import { ActionSelect } from '../actions/ActionSelect';
import { useRovingToolbar } from './useRovingToolbar';
import { useFittingGroups } from './useFittingGroups';
import { ToolbarOverflow } from './ToolbarOverflow';
import { useServices, useSessionState, useT, useTheory, useLanguage } from '../state/services';

/** One group's controls: buttons, and each run of radio actions as one drop-down. */
function splitRuns(group: readonly ActionDef[]): (ActionDef | ActionDef[])[] {
  const out: (ActionDef | ActionDef[])[] = [];
  for (const action of group) {
    const last = out.at(-1);
    if (action.toggle === 'radio' && Array.isArray(last) && last[0]!.place?.submenu === action.place?.submenu) last.push(action);
    else out.push(action.toggle === 'radio' ? [action] : action);
  }
  return out;
}

/** The button's text: the short form, or the label without its "…" (the dialog it opens is no surprise in a toolbar). */
function shortText(action: ActionDef, language: Language): string {
  const short = action.toolbar?.short;
  return (typeof short === 'string' ? short : short?.[language]) ?? action.label[language].replace(/…$/, '');
}

/** The actions a workshop needs at hand (those the registry places in the toolbar), big enough for a projector. */
export function Toolbar() {
  const { editor } = useServices();
  const t = useT();
  const { name, dirty } = useSessionState();
  const language = useLanguage();
  useTheory();
  const roving = useRovingToolbar();
  const groups = toolbarGroups();
  const fit = useFittingGroups(roving.ref, groups.length, language);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')} ref={roving.ref} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      <div className="doc-name" title={name}>
        <h1 className="doc-title">{editor.theory.title}</h1>
        <span className="doc-file">
          {name}
          {dirty && <span className="dirty-marker" role="img" aria-label={t('unsaved')} title={t('unsaved')}> •</span>}
        </span>
      </div>
      {groups.slice(0, fit).map((group) => (
        <div className="tool-group" data-tool-group key={group[0]!.id}>
          {splitRuns(group).map((item) =>
            Array.isArray(item) ? (
              <ActionSelect key={item[0]!.id} actions={item} />
            ) : (
              <ActionButton key={item.id} id={item.id as ActionId} className={`tool text-tool${item.toolbar?.icon ? ' icon-tool' : ''}`}>
                {item.toolbar?.icon ? (
                  <span className={item.toolbar.icon} aria-hidden="true">
                    {shortText(item, language)}
                  </span>
                ) : (
                  shortText(item, language)
                )}
              </ActionButton>
            ),
          )}
        </div>
      ))}
      {fit < groups.length && <ToolbarOverflow groups={groups.slice(fit)} />}
    </div>
  );
}
