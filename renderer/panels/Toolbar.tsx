import { useReactFlow } from '@xyflow/react';
import type { ActionId } from '../../shared/actions';
import { actionById } from '../../shared/actions';
import { AIO_KEYS, type Language, type StageKey } from '../../shared/model';
import { AIO_LABELS, AIO_MARKS } from '../../shared/i18n/domain';
import { StageOptions } from '../inspector/StageOptions';
import type { ActionHandler } from '../actions/handlers';
import { fitChain } from '../canvas/viewOptions';
import { useServices, useSessionState, useT, useTheory, useUi } from '../state/services';
import { LanguageOptions } from '../inspector/LanguageOptions';

interface ToolbarProps {
  handlers: Record<ActionId, ActionHandler>;
  onLanguage: (language: Language) => void;
}

/** The actions a workshop needs at hand, big enough to hit on a projector. */
export function Toolbar({ handlers, onLanguage }: ToolbarProps) {
  const { ui, editor } = useServices();
  const t = useT();
  const language = useUi((s) => s.language);
  const highlight = useUi((s) => s.highlight);
  const inspectorOpen = useUi((s) => s.inspectorOpen);
  const flow = useReactFlow();
  const { name, dirty } = useSessionState();
  // Enabled states read the editor's history and the selection: re-render when either changes.
  useTheory();
  useUi((s) => s.selection);
  // Text labels, not pictograms: they read on a projector and need no icon font.
  const button = (id: ActionId, short?: string) => {
    const action = actionById(id)!;
    const handler = handlers[id];
    const disabled = handler.enabled ? !handler.enabled() : false;
    const label = action.label[language];
    return (
      <button type="button" className="tool text-tool" aria-label={label} title={label} disabled={disabled} onClick={() => void handler.run()}>
        {short ?? label.replace(/…$/, '')}
      </button>
    );
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="doc-name" title={name}>
        <span className="doc-title">{editor.theory.title}</span>
        <span className="doc-file">
          {name}
          {dirty && <span className="dirty-marker" role="img" aria-label={t('unsaved')} title={t('unsaved')}> •</span>}
        </span>
      </div>
      <div className="tool-group">
        {button('file.new')}
        {button('file.open')}
        {button('file.save')}
      </div>
      <div className="tool-group">
        {button('edit.undo', '↶')}
        {button('edit.redo', '↷')}
      </div>
      <div className="tool-group" role="group" aria-label={t('filter')}>
        {AIO_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className={`tool aio-filter aio-${key}`}
            aria-pressed={highlight.aio === key}
            aria-label={t('filterAio', { label: AIO_LABELS[language][key] })}
            title={t('filterAio', { label: AIO_LABELS[language][key] })}
            onClick={() => ui.set({ highlight: { ...highlight, aio: highlight.aio === key ? null : key } })}
          >
            <span className={`aio-badge aio-${key}`} aria-hidden="true">
              {AIO_MARKS[key]}
            </span>
          </button>
        ))}
        <select
          aria-label={t('filterStage', { label: '' }).trim()}
          value={highlight.stage ?? ''}
          onChange={(e) => ui.set({ highlight: { ...highlight, stage: (e.target.value || null) as StageKey | null } })}
        >
          <option value="">{t('clearFilter')}</option>
          <StageOptions language={language} />
        </select>
      </div>
      <div className="tool-group">
        {button('edit.find')}
        {button('view.fit', '⤢')}
        {button('export.pdf', t('pdfShort'))}
      </div>
      <button
        type="button"
        className="tool text-tool"
        aria-pressed={inspectorOpen}
        aria-controls="inspector"
        aria-label={t('inspectorToggle')}
        title={t('inspectorToggle')}
        onClick={() => {
          ui.set({ inspectorOpen: !inspectorOpen });
          // The canvas changes width: fit the chain again once the layout has settled.
          requestAnimationFrame(() => requestAnimationFrame(() => fitChain(flow, editor.theory)));
        }}
      >
        {t('inspectorShort')}
      </button>
      <label className="language-picker">
        <span className="visually-hidden">{t('language')}</span>
        <select aria-label={t('language')} value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
          <LanguageOptions />
        </select>
      </label>
    </div>
  );
}
