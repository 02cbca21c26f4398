// The report font as data: URLs, in a chunk of its own that loads only when a PDF is made.
// Inlined so the report needs no fetch: the same chunk works in the browser, in the desktop
// app's app:// page and inside the PDF worker.
export { default as regular } from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
export { default as bold } from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
