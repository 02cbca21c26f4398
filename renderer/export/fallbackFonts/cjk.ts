// Droid Sans Fallback (CJK), inlined in a chunk of its own that loads only for a theory that uses the script (see fonts/README.md).
export { default as regular } from '../../../fonts/DroidSansFallbackFull.ttf?inline';
