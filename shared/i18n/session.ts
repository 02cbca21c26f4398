import { defineBundle } from './core';

export const sessionStrings = defineBundle({
  nl: {
    untitled: 'Naamloos',
    openFailed: '"{name}" kan niet geopend worden.',
    saveFailed: '"{name}" kon niet opgeslagen worden: {reason}. Je werk is niet verloren; probeer het opnieuw of kies "Opslaan als…".',
    exportFailed: 'Exporteren is mislukt: {reason}',
    readFailed: 'Het bestand kon niet gelezen worden: {reason}',
  },
  en: {
    untitled: 'Untitled',
    openFailed: '"{name}" cannot be opened.',
    saveFailed: 'Could not save "{name}": {reason}. Your work is not lost; try again or use "Save As…".',
    exportFailed: 'Export failed: {reason}',
    readFailed: 'The file could not be read: {reason}',
  },
});
