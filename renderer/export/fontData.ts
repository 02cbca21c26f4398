// The report font as data: URLs, in a chunk of its own that loads only when a PDF is made.
// Inlined rather than fetched by URL because the desktop app runs from file:, which fetch refuses.
export { default as regular } from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
export { default as bold } from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
