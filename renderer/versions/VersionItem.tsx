import { LOCALES } from '../../shared/i18n/core';
import type { Version } from '../../shared/records/version';
import { ActionButton } from '../actions/ActionButton';
import { useLanguage } from '../state/services';
import { useVersionsText } from './useVersionsText';

/** One saved version in the timeline: its name, when and by whom, its note, and what can be done with it. */
export function VersionItem({ version, comparing, viewing }: { version: Version; comparing: boolean; viewing: boolean }) {
  const t = useVersionsText();
  const language = useLanguage();
  const time = version.created ? new Date(version.created).toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }) : '';
  return (
    <li className={`version-item${comparing ? ' is-comparing' : ''}${viewing ? ' is-viewing' : ''}`} data-version-id={version.id} aria-current={comparing || viewing ? 'true' : undefined}>
      <div className="version-label">
        {version.label}
        {viewing && <span className="muted"> · {t('viewing')}</span>}
      </div>
      <div className="version-meta">
        {time && t('savedAt', { time })}
        {version.author && ` · ${t('by', { name: version.author })}`}
      </div>
      {version.note && <p className="version-note">{version.note}</p>}
      <div className="version-buttons" role="group" aria-label={t('versionActions', { label: version.label })}>
        <ActionButton id="versions.compare" value={version.id} detail={version.label} className={comparing ? 'is-on' : ''} />
        <ActionButton id="versions.view" value={version.id} detail={version.label} className={viewing ? 'is-on' : ''} />
        <ActionButton id="versions.restore" value={version.id} detail={version.label} />
        <ActionButton id="versions.rename" value={version.id} detail={version.label} />
        <ActionButton id="versions.delete" value={version.id} detail={version.label} />
      </div>
    </li>
  );
}
