// NotoSansEthiopic, inlined in a chunk of its own that loads only for a theory that uses the script (see fonts/README.md).
export { default as regular } from '../../../fonts/NotoSansEthiopic-Regular.ttf?inline';
export { default as bold } from '../../../fonts/NotoSansEthiopic-Bold.ttf?inline';
