// NotoSansDevanagari, inlined in a chunk of its own that loads only for a theory that uses the script (see fonts/README.md).
export { default as regular } from '../../../fonts/NotoSansDevanagari-Regular.ttf?inline';
export { default as bold } from '../../../fonts/NotoSansDevanagari-Bold.ttf?inline';
