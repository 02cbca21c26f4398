import { useEffect, useId, useState } from 'react';
import { useServices, useT, useTheory } from '../state/services';
import { parseAuthors, sameAuthors } from './authors';
import { useEditRun } from './useEditRun';
import { LIMITS } from '../../shared/format/limits';

/**
 * The theory's authors in one text box. The box keeps the text as typed (a trailing comma
 * or an empty new line must not vanish mid-typing); the document gets the parsed list.
 */
export function AuthorsField() {
  const { editor } = useServices();
  const t = useT();
  const id = useId();
  const run = useEditRun();
  const authors = useTheory().authors;
  const [text, setText] = useState(() => authors.join('\n'));
  // Undo, redo or opening another file changes the list underneath: show the new list.
  useEffect(() => {
    setText((current) => (sameAuthors(parseAuthors(current), authors) ? current : authors.join('\n')));
  }, [authors]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('authors')}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        maxLength={LIMITS.stringLength}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseAuthors(e.target.value);
          if (!sameAuthors(next, editor.theory.authors)) run.change(() => editor.run('updateTheory', { changes: { authors: next } }));
        }}
        onBlur={() => {
          run.end();
          setText(editor.theory.authors.join('\n'));
        }}
      />
    </div>
  );
}
