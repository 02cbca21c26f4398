/**
 * A stand-in for a window of the desktop app writing its crash-recovery copy: the same
 * storage (electron/main/files.ts recoveryFolder + WindowSlots) and the same payload as
 * renderer/session/recoveryCopy.ts, as fast as it can, until it is killed. Each line on
 * stdout is a write that finished. Run by recoveryKill.test.ts: node --import tsx <this> <userData> <slot>.
 */
import { recoveryFolder, WindowSlots } from '../../../electron/main/files';
import { serializeDocument } from '../../../shared/format/serialize';
import { generateTheory } from '../../bench/generate';

const [userData, slot] = process.argv.slice(2) as [string, string];
const slots = new WindowSlots(recoveryFolder(userData), () => slot).of(1);
const doc = generateTheory(600, 7);

for (let n = 1; ; n++) {
  doc.theory.title = `Recovery write ${n}`;
  const payload = { name: 'kdg.werkzaam', savedAt: new Date().toISOString(), text: serializeDocument(doc) };
  await slots.write(JSON.stringify(payload));
  process.stdout.write(`${n}\n`);
}
