import { z } from 'zod';
import { AIO_KEYS, ASSUMPTION_KINDS, ASSUMPTION_STATUSES, LANGUAGES, STAGES } from '../model';
import { ID_PATTERN } from '../ids';
import { LIMITS } from './limits';

/**
 * The file shape (version 1) as zod schemas. Objects are loose: keys this version does
 * not know pass through and are kept in `extra` by the loader, so nothing is dropped.
 * Defaults are applied by the loader, not here, so the schema says exactly what a file
 * may contain.
 */
const text = z.string().max(LIMITS.stringLength);
const id = z.string().regex(ID_PATTERN);

export const positionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const indicatorSchema = z.looseObject({
  id: id.optional(),
  name: text.optional(),
  definition: text.optional(),
  unit: text.optional(),
  baseline: text.optional(),
  target: text.optional(),
  source: text.optional(),
  frequency: text.optional(),
  owner: text.optional(),
});

export const cardSchema = z.looseObject({
  id,
  stage: z.enum(STAGES),
  title: text,
  description: text.optional(),
  aio: z.array(z.enum(AIO_KEYS)).max(AIO_KEYS.length * 4).optional(),
  position: positionSchema.optional(),
  indicators: z.array(indicatorSchema).max(LIMITS.indicatorsPerCard).optional(),
  notes: text.optional(),
});

export const linkSchema = z.looseObject({
  id,
  from: id,
  to: id,
  rationale: text.optional(),
  evidence: text.optional(),
  assumptions: z.array(id).max(1000).optional(),
});

export const assumptionSchema = z.looseObject({
  id,
  text: text.optional(),
  status: z.enum(ASSUMPTION_STATUSES).optional(),
  kind: z.enum(ASSUMPTION_KINDS).optional(),
});

export const theorySchema = z.looseObject({
  title: text,
  organisation: text.optional(),
  authors: z.array(text).max(1000).optional(),
  language: z.enum(LANGUAGES).optional(),
  description: text.optional(),
  revision: text.optional(),
  created: text.optional(),
  modified: text.optional(),
  cards: z.array(cardSchema).max(LIMITS.cards).optional(),
  links: z.array(linkSchema).max(LIMITS.links).optional(),
  assumptions: z.array(assumptionSchema).max(LIMITS.assumptions).optional(),
});

export const fileSchemaV1 = z.looseObject({
  format: z.literal('werkzaam'),
  version: z.literal(1),
  theory: theorySchema,
});

export type FileV1 = z.infer<typeof fileSchemaV1>;

/** Known keys per object, in the order the file writes them (see README's format reference). */
export const KEY_ORDER = {
  file: ['format', 'version', 'theory'],
  theory: ['title', 'organisation', 'authors', 'language', 'description', 'revision', 'created', 'modified', 'cards', 'links', 'assumptions'],
  card: ['id', 'stage', 'title', 'description', 'aio', 'position', 'indicators', 'notes'],
  position: ['x', 'y'],
  indicator: ['id', 'name', 'definition', 'unit', 'baseline', 'target', 'source', 'frequency', 'owner'],
  link: ['id', 'from', 'to', 'rationale', 'evidence', 'assumptions'],
  assumption: ['id', 'text', 'status', 'kind'],
} as const;

/** Fields with a fixed set of values, each named in messages ("is not a stage"; see shared/i18n/errors.ts). */
export const ENUM_FIELDS: ReadonlySet<string> = new Set(['stage', 'aio', 'status', 'kind', 'language']);
