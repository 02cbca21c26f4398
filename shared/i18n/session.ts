import { defineBundle } from './core';

export const sessionStrings = defineBundle({
  nl: {
    untitled: 'Naamloos',
    openFailed: '"{name}" kan niet geopend worden.',
    saveFailed: '"{name}" kon niet opgeslagen worden: {reason}. Je werk is niet verloren; probeer het opnieuw of kies "Opslaan als…".',
    exportFailed: 'Exporteren is mislukt: {reason}',
    readFailed: 'Het bestand kon niet gelezen worden: {reason}',
    readFailedNamed: '"{name}" kon niet gelezen worden: {reason}',
    noPermission: 'Werkzaam mag "{name}" niet lezen. Geef toestemming wanneer de browser erom vraagt, of open het bestand opnieuw via "Openen…".',
    fileMissing: '"{name}" is niet meer te vinden. Misschien is het verplaatst, hernoemd of verwijderd; open het via "Openen…".',
  },
  en: {
    untitled: 'Untitled',
    openFailed: '"{name}" cannot be opened.',
    saveFailed: 'Could not save "{name}": {reason}. Your work is not lost; try again or use "Save As…".',
    exportFailed: 'Export failed: {reason}',
    readFailed: 'The file could not be read: {reason}',
    readFailedNamed: 'Could not read "{name}": {reason}',
    noPermission: 'Werkzaam may not read "{name}". Allow it when the browser asks, or open the file again with "Open…".',
    fileMissing: '"{name}" cannot be found any more. It may have been moved, renamed or deleted; open it with "Open…".',
  },
});
