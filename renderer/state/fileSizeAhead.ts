import { useEffect } from 'react';
import type { Editor } from '../../shared/editor';
import { fileBytes, knownBytes } from '../../shared/limitCheck';
import { DocIndex } from '../../shared/docIndex';
import { ID_PREFIX } from '../../shared/commands';
import type { WerkzaamDocument } from '../../shared/model';
import { whenIdle } from './later';

/**
 * The file-size limit check (shared/limitCheck.ts) moves an estimate along each change, but
 * starts from the document's measured size: one serialisation of the whole file (≈40 ms at
 * 3,000 cards). Measured here when the page is idle after a document is opened or made,
 * not on the first edit's way to the screen. So is the document's index (shared/docIndex.ts:
 * the links per card, the highest id numbers), which the first command would otherwise build.
 */
export function useFileSizeAhead(editor: Editor): void {
  useEffect(() => {
    // The document as loaded: an edit made before the page is idle measured it already.
    const measure = (doc: WerkzaamDocument) =>
      whenIdle(() => {
        if (knownBytes(doc) === undefined) fileBytes(doc);
        const index = DocIndex.of(doc);
        for (const [type, prefix] of Object.entries(ID_PREFIX)) index.highestNumber(type as keyof typeof ID_PREFIX, prefix);
      });
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
