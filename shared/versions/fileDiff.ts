import { diffDocuments } from '../diff';
import { listChanges, type FieldChange } from '../diffListing';
import type { WerkzaamDocument } from '../model';

/**
 * What changed from one theory file to another (`werkzaam diff`): the theory field by field,
 * and the versions saved in the file, one line each by id and label (what a version holds
 * is a diff itself, not something to print as a value). The file's own bookkeeping (format
 * version, when it was last saved) is not a change.
 */
export type FileChange = Omit<FieldChange, 'type'> & { type: FieldChange['type'] | 'version' };

export function diffFiles(before: WerkzaamDocument, after: WerkzaamDocument): FileChange[] {
  const strip = (doc: WerkzaamDocument): WerkzaamDocument => ({ ...doc, version: after.version, versions: [], theory: { ...doc.theory, modified: '' } });
  const changes: FileChange[] = listChanges(diffDocuments(strip(before), strip(after)));
  const label = (v: { id: string; label: string }) => ({ id: v.id, label: v.label });
  const old = new Map(before.versions.map((v) => [v.id, v]));
  const now = new Map(after.versions.map((v) => [v.id, v]));
  for (const [id, v] of old) if (!now.has(id)) changes.push({ change: 'removed', type: 'version', id, before: label(v) });
  for (const [id, v] of now) {
    const was = old.get(id);
    if (!was) changes.push({ change: 'added', type: 'version', id, after: label(v) });
    else if (was.label !== v.label) changes.push({ change: 'updated', type: 'version', id, field: 'label', before: was.label, after: v.label });
  }
  return changes;
}

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** One line per change: record type, id (and the record it is in), field, before → after. */
export function changeLine(c: FileChange): string {
  const parents: string[] = [];
  for (let p = c.parent; p; p = p.parent) parents.unshift(`${p.type}/${p.id}`);
  const where = parents.length > 0 ? `${c.type} ${parents.join('/')}/${c.id}` : `${c.type} ${c.id}`;
  if (c.change === 'added') return `added ${where}: ${show(c.after)}`;
  if (c.change === 'removed') return `removed ${where}: ${show(c.before)}`;
  return `changed ${where} ${c.field}: ${show(c.before)} → ${show(c.after)}`;
}
