import { defineBundle } from './core';

/**
 * Desktop-shell strings beyond the action labels in shared/actions.ts: native menu entries
 * that are not actions (Open Recent, Developer Tools, Quit) and the titles of the
 * open/save dialogs the main process shows.
 */
export const menuStrings = defineBundle({
  nl: {
    recent: 'Recent geopend',
    clearRecent: 'Lijst wissen',
    noRecent: 'Geen recente bestanden',
    devtools: 'Ontwikkelhulpmiddelen',
    quit: 'Werkzaam afsluiten',
    openTitle: 'Theorie openen',
    importTitle: 'Importeren',
    importFilter: 'Spreadsheet of Kumu-bestand',
    saveTitle: 'Theorie opslaan',
    exportTitle: 'Exporteren als {kind}',
    theoryFilter: 'Werkzaam-theorie',
  },
  en: {
    recent: 'Open Recent',
    clearRecent: 'Clear Menu',
    noRecent: 'No recent files',
    devtools: 'Developer Tools',
    quit: 'Quit Werkzaam',
    openTitle: 'Open theory',
    importTitle: 'Import',
    importFilter: 'Spreadsheet or Kumu file',
    saveTitle: 'Save theory',
    exportTitle: 'Export as {kind}',
    theoryFilter: 'Werkzaam theory',
  },
});
