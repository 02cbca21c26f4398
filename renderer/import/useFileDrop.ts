import { useEffect } from 'react';
import type { Services } from '../state/services';
import { importFiles, reportReadError } from './importFlow';
import { readTheoryBlob } from '../platform/webPlatform';

const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer && [...event.dataTransfer.types].includes('Files'));

/**
 * Files dropped on the window: a Werkzaam file opens (as File ▸ Open would), anything else
 * goes to the import preview. The browser's own handling of a drop (navigating to the
 * file) never happens, and nothing is read while a dialog is open.
 */
export function useFileDrop(services: Services): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = services.ui.get().dialog ? 'none' : 'copy';
      document.body.classList.add('dropping');
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) document.body.classList.remove('dropping');
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      document.body.classList.remove('dropping');
      if (services.ui.get().dialog) return;
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      void (async () => {
        try {
          if (files.length === 1 && /\.werkzaam$/i.test(files[0]!.name)) {
            const file = files[0]!;
            // Read as File ▸ Open reads: the size first, strict decoding (invalid bytes are refused, never opened as U+FFFD), problems named in the UI language.
            await services.session.openGiven({ name: file.name, read: async () => ({ ref: null, name: file.name, text: await readTheoryBlob(file, file.name) }) });
            return;
          }
          await importFiles(services, await services.platform.readDroppedFiles(files));
        } catch (error) {
          reportReadError(services, error);
        }
      })();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [services]);
}
