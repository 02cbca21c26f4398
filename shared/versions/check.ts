import { COLLECTIONS, COLLECTION_TYPES, type CollectionType } from '../diff';
import type { Id, Theory, WerkzaamDocument } from '../model';
import { makeProblem, type FormatProblem } from '../format/problems';
import { applyChanges, orderFits, VERSION_BASE } from './store';
import type { Version } from '../records/version';

/**
 * What the reader checks of versions and provenance once the file's shape is known, so a
 * file the editor accepts holds together in every version and can be reopened: version
 * ids are unique; each version removes only what the one before it had and orders exactly
 * what it holds; in each version, links join cards it has and name assumptions it has;
 * and every origin names one of the theory's organisations, each at most once (a sticky
 * note's organisation too).
 */
const REMOVED = { card: 'removedCards', link: 'removedLinks', assumption: 'removedAssumptions' } as const;
const ORDER = { card: 'cardOrder', link: 'linkOrder', assumption: 'assumptionOrder' } as const;

function checkOrigins(theory: Theory, base: string, problems: FormatProblem[]): void {
  const organisations = new Map<Id, number>();
  theory.organisations.forEach((o, i) => {
    const earlier = organisations.get(o.id);
    if (earlier !== undefined) problems.push(makeProblem('duplicate-id', `${base}.organisations[${i}].id`, 'duplicateOrganisationId', { id: o.id, other: `organisations[${earlier}]` }));
    else organisations.set(o.id, i);
  });
  const check = (kind: 'cards' | 'links', records: { origins: { organisation: Id }[] }[]) => {
    records.forEach((record, r) => {
      const seen = new Map<Id, number>();
      record.origins.forEach((origin, o) => {
        const path = `${base}.${kind}[${r}].origins[${o}].organisation`;
        if (!organisations.has(origin.organisation)) problems.push(makeProblem('dangling-organisation', path, 'danglingOrganisation', { id: origin.organisation }));
        const earlier = seen.get(origin.organisation);
        if (earlier !== undefined) problems.push(makeProblem('duplicate-origin', path, 'duplicateOrigin', { id: origin.organisation, other: `origins[${earlier}]` }));
        else seen.set(origin.organisation, o);
      });
    });
  };
  check('cards', Object.values(theory.cards));
  check('links', Object.values(theory.links));
  // A sticky note of a generic theory names the organisation it came from.
  (theory.notes ?? []).forEach((note, n) => {
    if (note.organisation && !organisations.has(note.organisation)) {
      problems.push(makeProblem('dangling-organisation', `${base}.notes[${n}].organisation`, 'danglingOrganisation', { id: note.organisation }));
    }
  });
}

/** The references inside one version's theory (what parse checks of the theory itself, for the theory then). */
function checkVersionTheory(theory: Theory, version: Version, base: string, problems: FormatProblem[]): void {
  const cardIds = new Set(Object.keys(theory.cards));
  const assumptionIds = new Set(Object.keys(theory.assumptions));
  Object.values(theory.links).forEach((link) => {
    // A link stored in this version is named where it is; one kept from before broke by a removal here.
    const stored = version.links.findIndex((l) => l.id === link.id);
    const at = `${base}.links[${stored}]`;
    for (const end of [link.from, link.to]) {
      if (cardIds.has(end)) continue;
      if (stored >= 0) problems.push(makeProblem('dangling-link', `${at}.${end === link.from ? 'from' : 'to'}`, 'danglingCard', { id: end }));
      else problems.push(makeProblem('dangling-link', base, 'versionDanglingLink', { link: link.id, id: end }));
    }
    if (link.from === link.to) problems.push(makeProblem('self-link', at, 'selfLink', { id: link.from }));
    link.assumptions.forEach((a, j) => {
      if (!assumptionIds.has(a)) problems.push(makeProblem('dangling-assumption', `${at}.assumptions[${j}]`, 'danglingAssumption', { id: a }));
    });
  });
  checkOrigins(theory, `${base}.theory`, problems);
}

function checkVersion(before: Theory, version: Version, at: string, problems: FormatProblem[]): Theory | null {
  const start = problems.length;
  for (const type of COLLECTION_TYPES) {
    const old = before[COLLECTIONS[type]] as Record<Id, unknown>;
    const records = version[COLLECTIONS[type]] as { id: Id }[];
    const seen = new Map<Id, number>();
    records.forEach((r, i) => {
      const earlier = seen.get(r.id);
      if (earlier !== undefined) problems.push(makeProblem('duplicate-id', `${at}.${COLLECTIONS[type]}[${i}].id`, duplicateKey(type), { id: r.id, other: `${COLLECTIONS[type]}[${earlier}]` }));
      else seen.set(r.id, i);
    });
    version[REMOVED[type]].forEach((id, i) => {
      if (!Object.prototype.hasOwnProperty.call(old, id)) problems.push(makeProblem('version-removes-missing', `${at}.${REMOVED[type]}[${i}]`, 'versionRemovesMissing', { id }));
    });
  }
  if (problems.length > start) return null;
  const theory = applyChanges(before, version);
  for (const type of COLLECTION_TYPES) {
    if (!orderFits(theory[COLLECTIONS[type]], version[ORDER[type]])) problems.push(makeProblem('version-order', `${at}.${ORDER[type]}`, 'versionOrder'));
  }
  return problems.length > start ? null : theory;
}

const duplicateKey = (type: CollectionType) => (type === 'card' ? 'duplicateCardId' : type === 'link' ? 'duplicateLinkId' : 'duplicateAssumptionId');

/** Problems with the versions and provenance of a document the schema and reference checks accepted. */
export function checkVersionsAndOrigins(doc: WerkzaamDocument): FormatProblem[] {
  const problems: FormatProblem[] = [];
  checkOrigins(doc.theory, 'theory', problems);
  const ids = new Map<Id, number>();
  let before: Theory | null = VERSION_BASE;
  doc.versions.forEach((version, i) => {
    const at = `versions[${i}]`;
    const earlier = ids.get(version.id);
    if (earlier !== undefined) problems.push(makeProblem('duplicate-id', `${at}.id`, 'duplicateVersionId', { id: version.id, other: `versions[${earlier}]` }));
    else ids.set(version.id, i);
    if (before === null) return;
    const theory = checkVersion(before, version, at, problems);
    // Later versions are stored against this one: past a broken version nothing can be checked.
    if (theory) checkVersionTheory(theory, version, at, problems);
    before = theory;
  });
  return problems;
}
