import { useEffect, useRef } from 'react';
import { LOCALES } from '../../shared/i18n/core';
import type { Id } from '../../shared/model';
import { ActionButton } from '../actions/ActionButton';
import { useLanguage } from '../state/services';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/** Above a version shown read-only: which one it is, that it is read-only, the way back, and restore. */
export function VersionBanner({ id }: { id: Id }) {
  const t = useVersionsText();
  const language = useLanguage();
  const version = useDocumentPart((doc) => doc.versions.find((v) => v.id === id));
  const root = useRef<HTMLElement>(null);
  // The keyboard lands on the way back.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-action="versions.endView"]')?.focus();
  }, [id]);
  if (!version) return null;
  const time = version.created ? new Date(version.created).toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  return (
    <section ref={root} className="version-banner" role="region" aria-label={t('readOnlyBannerLabel')}>
      <p role="status">
        <strong>{t('readOnlyBanner', { label: version.label, time })}</strong>
      </p>
      <ActionButton id="versions.endView" className="primary" />
      <ActionButton id="versions.restore" value={version.id} detail={version.label} />
    </section>
  );
}
