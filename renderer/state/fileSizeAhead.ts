import { useEffect } from 'react';
import type { Editor } from '../../shared/editor';
import { fileBytes, knownBytes } from '../../shared/limitCheck';
import type { WerkzaamDocument } from '../../shared/model';
import { whenIdle } from './later';

/**
 * The file-size limit check (shared/limitCheck.ts) moves an estimate along each change, but
 * starts from the document's measured size: one serialisation of the whole file (≈40 ms at
 * 3,000 cards). Measured here when the page is idle after a document is opened or made,
 * not on the first edit's way to the screen.
 */
export function useFileSizeAhead(editor: Editor): void {
  useEffect(() => {
    // The document as loaded: an edit made before the page is idle measured it already.
    const measure = (doc: WerkzaamDocument) => whenIdle(() => void (knownBytes(doc) === undefined && fileBytes(doc)));
    let cancel = measure(editor.document);
    const off = editor.subscribe((change) => {
      if (change.kind !== 'load') return;
      cancel();
      cancel = measure(change.editor.document);
    });
    return () => {
      cancel();
      off();
    };
  }, [editor]);
}
