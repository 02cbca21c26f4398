import { defineBundle } from './core';

/** The desktop shell's own questions and notices (main process dialogs). */
export const shellStrings = defineBundle({
  nl: {
    openLinkMessage: 'Deze link openen in je browser?',
    openMailMessage: 'Een e-mail beginnen in je e-mailprogramma?',
    openLinkDetail: '{url}\n\nWerkzaam stuurt zelf niets over het netwerk; de link gaat naar je browser of e-mailprogramma.',
    openLinkButton: 'Openen',
    cancel: 'Annuleren',
    tooManyWindows: 'Er zijn al {count} vensters open. Sluit er een om nog een theorie te openen.',
    tooManyWindowsFile: 'Er zijn al {count} vensters open. Sluit er een om "{name}" te openen.',
  },
  en: {
    openLinkMessage: 'Open this link in your browser?',
    openMailMessage: 'Start an e-mail in your mail program?',
    openLinkDetail: '{url}\n\nWerkzaam itself sends nothing over the network; the link goes to your browser or mail program.',
    openLinkButton: 'Open',
    cancel: 'Cancel',
    tooManyWindows: '{count} windows are open already. Close one to open another theory.',
    tooManyWindowsFile: '{count} windows are open already. Close one to open "{name}".',
  },
});
