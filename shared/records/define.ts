import { z } from 'zod';
import type { Language } from './vocabulary';
import { ID_PATTERN, isValidId } from '../ids';
import { MODEL_LIMITS } from './limits';

/**
 * The building blocks of a record declaration (tldraw's record types: validator,
 * migrations and defaults side by side). A declaration lists every field of a record type
 * once, in the order the file writes them, and everything else reads it: the zod file
 * schema, the in-memory type, defaults, parse and serialize, the clipboard, the field
 * labels, the inspector's coverage test and the migrations per record type.
 */
export type Labels = Record<Language, string>;
/** Keys a file had that this version does not know; kept and written back unchanged. */
export type Extra = Record<string, unknown>;

/**
 * Where a person sees a field: the inspector; the canvas (a card's position is where it is
 * drawn); or nowhere, because it is bookkeeping (ids, the file's version, timestamps).
 */
export type Shown = 'inspector' | 'canvas' | 'internal';

interface FieldBase<V> {
  /** The value's zod schema in the file (limits included). */
  schema: z.ZodType<V>;
  /** Must be in the file; otherwise the default fills in. */
  required: boolean;
  /** A fresh default (new records, and files that leave the field out). */
  defaultValue: () => V;
  label?: Labels;
  shown: Shown;
  /** Whether a value that is not of the field's type may be replaced by the default (the clipboard reads leniently). */
  lenient: (raw: unknown) => V | undefined;
  /**
   * Left out of the file while it holds its default. For optional fields added after
   * version 1: files that do not use them keep their bytes, so no version bump is needed.
   */
  omitDefault: boolean;
}

export interface ValueField<V> extends FieldBase<V> {
  kind: 'text' | 'id' | 'enum' | 'list' | 'number' | 'literal';
  /** Normalise a value read from a file (e.g. drop repeated AIO tags). */
  read: (value: V) => V;
  /** For 'enum' and lists of enum values: the values. */
  values?: readonly string[];
  /** …and what each is called, per language. */
  valueLabels?: Record<Language, Record<string, string>>;
}

/** A small object inside a record, with unknown keys of its own (a card's position). */
export interface StructField<D extends AnyDecl> extends FieldBase<RecordOf<D>> {
  kind: 'struct';
  decl: D;
}

/** Records kept in an array inside their parent (a card's indicators; later an indicator's measurements). */
export interface NestedField<D extends AnyDecl> extends FieldBase<RecordOf<D>[]> {
  kind: 'nested';
  decl: D;
  max: number;
  /** The id a record gets when the file leaves it out: `${idPrefix(parentId)}${n}`. */
  idPrefix: (parentId: string) => string;
}

/** Records kept by id in memory and as an array in the file (the theory's cards, links, assumptions). */
export interface CollectionField<D extends AnyDecl> extends FieldBase<Record<string, RecordOf<D>>> {
  kind: 'collection';
  decl: D;
  max: number;
}

export type AnyField = ValueField<any> | StructField<any> | NestedField<any> | CollectionField<any>;

/** Bring records of this type from the file version before `version` to `version`, and back. */
export interface RecordMigration {
  version: number;
  name: string;
  up(raw: Record<string, unknown>): Record<string, unknown>;
  down(raw: Record<string, unknown>): Record<string, unknown>;
}

export interface RecordDecl<T extends string, F extends Record<string, AnyField>> {
  type: T;
  label: Labels;
  fields: F;
  /** Field names in the order the file writes them. */
  keys: readonly (keyof F & string)[];
  /** The record in the file: a loose object (unknown keys pass and are kept in `extra`). */
  fileSchema: z.ZodType<Record<string, unknown>>;
  migrations: readonly RecordMigration[];
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any declaration; `keys` makes RecordDecl invariant in its fields
export type AnyDecl = RecordDecl<string, any>;

type ValueOf<F> =
  F extends CollectionField<infer D> ? Record<string, RecordOf<D>>
  : F extends NestedField<infer D> ? RecordOf<D>[]
  : F extends StructField<infer D> ? RecordOf<D>
  : F extends ValueField<infer V> ? V
  : never;

/** The in-memory type of a declared record: every field (defaults filled in), plus unknown keys. */
export type RecordOf<D> = D extends RecordDecl<string, infer F> ? { -readonly [K in keyof F]: ValueOf<F[K]> } & { extra?: Extra } : never;

type Options<V> = { label?: Labels; shown?: Shown; required?: boolean; default?: () => V; omitDefault?: boolean };

function valueField<V>(kind: ValueField<V>['kind'], schema: z.ZodType<V>, fallback: () => V, lenient: (raw: unknown) => V | undefined, options: Options<V>, extra: Partial<ValueField<V>> = {}): ValueField<V> {
  return {
    kind,
    schema,
    required: options.required ?? false,
    defaultValue: options.default ?? fallback,
    label: options.label,
    shown: options.shown ?? 'inspector',
    lenient,
    omitDefault: options.omitDefault ?? false,
    read: (value) => value,
    ...extra,
  };
}

const textSchema = z.string().max(MODEL_LIMITS.text);
const idSchema = z.string().regex(ID_PATTERN);

export const field = {
  /** Free text, at most MODEL_LIMITS.text characters. */
  text: (options: Options<string> = {}) =>
    valueField('text', textSchema, () => '', (raw) => (typeof raw === 'string' ? raw : undefined), options),
  id: (options: Options<string> = {}) =>
    valueField('id', idSchema, () => '', (raw) => (isValidId(raw) ? raw : undefined), { shown: 'internal', ...options }),
  /** A finite number, within ±`bound` when given (the clipboard takes any finite number: the command then refuses one out of bounds, with a message). */
  number: (options: Options<number> & { bound?: number } = {}) => {
    const bound = options.bound ?? Number.MAX_VALUE;
    return valueField('number', z.number().min(-bound).max(bound), () => 0, (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined), options);
  },
  literal: <V extends string | number>(value: V, options: Options<V> = {}) =>
    valueField<V>('literal', z.literal(value) as unknown as z.ZodType<V>, () => value, (raw) => (raw === value ? value : undefined), { shown: 'internal', ...options }),
  /** One of a fixed set of values; `initial` when the file leaves it out (else the first value). */
  oneOf: <V extends string>(
    values: readonly [V, ...V[]],
    options: Omit<Options<V>, 'default'> & { initial?: NoInfer<V>; valueLabels?: Record<Language, Record<NoInfer<V>, string>> },
  ) =>
    valueField<V>(
      'enum',
      z.enum(values as [V, ...V[]]) as unknown as z.ZodType<V>,
      () => options.initial ?? values[0],
      (raw) => values.find((v) => v === raw),
      options,
      { values, valueLabels: options.valueLabels },
    ),
  /** A list of values of one kind; repeated values are dropped when `unique`. */
  list: <V extends string>(
    element: 'text' | 'id' | readonly [V, ...V[]],
    options: Options<V[]> & { max: number; unique?: boolean; valueLabels?: Record<Language, Record<NoInfer<V>, string>> },
  ): ValueField<V[]> => {
    const schema = element === 'text' ? textSchema : element === 'id' ? idSchema : z.enum(element as [V, ...V[]]);
    const accepts = (v: unknown): v is V =>
      element === 'text' ? typeof v === 'string' : element === 'id' ? isValidId(v) : (element as readonly string[]).includes(v as string);
    // A repeat in a list of distinct values is refused where it is, not dropped without a word (D9).
    const array = z.array(schema).max(options.max);
    const listSchema = options.unique
      ? array.superRefine((values, ctx) => {
          const first = new Map<unknown, number>();
          values.forEach((value, i) => {
            const earlier = first.get(value);
            if (earlier === undefined) first.set(value, i);
            else ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(value)} is listed twice`, params: { duplicate: String(value), other: earlier } });
          });
        })
      : array;
    return valueField<V[]>(
      'list',
      listSchema as unknown as z.ZodType<V[]>,
      () => [],
      (raw) => (Array.isArray(raw) ? raw.filter(accepts) : undefined),
      options,
      {
        read: options.unique ? (value) => [...new Set(value)] : (value) => [...value],
        values: typeof element === 'string' ? undefined : element,
        valueLabels: options.valueLabels,
      },
    );
  },
  struct: <D extends AnyDecl>(decl: D, options: Options<RecordOf<D>> & { default: () => RecordOf<D> }): StructField<D> => ({
    kind: 'struct',
    decl,
    schema: decl.fileSchema as unknown as z.ZodType<RecordOf<D>>,
    required: options.required ?? false,
    defaultValue: options.default,
    label: options.label,
    shown: options.shown ?? 'inspector',
    lenient: (raw) => readLenient(decl, raw) as RecordOf<D> | undefined,
    omitDefault: false,
  }),
  nested: <D extends AnyDecl>(decl: D, options: Options<RecordOf<D>[]> & { max: number; idPrefix: (parentId: string) => string }): NestedField<D> => ({
    kind: 'nested',
    decl,
    max: options.max,
    idPrefix: options.idPrefix,
    schema: z.array(decl.fileSchema).max(options.max) as unknown as z.ZodType<RecordOf<D>[]>,
    required: false,
    defaultValue: () => [],
    label: options.label ?? decl.label,
    shown: options.shown ?? 'inspector',
    // Resolved with the parent's id in readLenient.
    lenient: () => undefined,
    omitDefault: options.omitDefault ?? false,
  }),
  collection: <D extends AnyDecl>(decl: D, options: { max: number; label?: Labels; shown?: Shown }): CollectionField<D> => ({
    kind: 'collection',
    decl,
    max: options.max,
    schema: z.array(decl.fileSchema).max(options.max) as unknown as z.ZodType<Record<string, RecordOf<D>>>,
    required: false,
    defaultValue: () => ({}),
    label: options.label ?? decl.label,
    shown: options.shown ?? 'canvas',
    lenient: () => undefined,
    omitDefault: false,
  }),
};

export function defineRecord<const T extends string, const F extends Record<string, AnyField>>(spec: {
  type: T;
  label: Labels;
  fields: F;
  migrations?: readonly RecordMigration[];
}): RecordDecl<T, F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, f] of Object.entries(spec.fields)) shape[key] = f.required ? f.schema : f.schema.optional();
  return {
    type: spec.type,
    label: spec.label,
    fields: spec.fields,
    keys: Object.keys(spec.fields) as (keyof F & string)[],
    fileSchema: z.looseObject(shape) as unknown as z.ZodType<Record<string, unknown>>,
    migrations: spec.migrations ?? [],
  };
}

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unknown keys of a raw object, as data (never a setter call; "__proto__" is refused earlier). */
export function extraOf(raw: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  let extra: Extra | undefined;
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      extra ??= {};
      Object.defineProperty(extra, key, { value: raw[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return extra;
}

/** Ids for nested records the file left without one: `${prefix}1`, `${prefix}2`, … skipping those in use. */
function assignIds(raws: Record<string, unknown>[], prefix: string): string[] {
  const taken = new Set(raws.flatMap((r) => (typeof r.id === 'string' ? [r.id] : [])));
  let n = 0;
  return raws.map((r) => {
    if (typeof r.id === 'string') return r.id;
    let id: string;
    do id = `${prefix}${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  });
}

/**
 * A record from its file form, which the file schema has already accepted: defaults for
 * what is left out, unknown keys in `extra`. Collections are left to the caller (`skip`),
 * which reads them with what it knows about the whole file (placing cards, say).
 */
export function readRecord<D extends AnyDecl>(decl: D, raw: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): RecordOf<D> {
  const out: Record<string, unknown> = {};
  for (const key of decl.keys) {
    const f = decl.fields[key]!;
    if (skip.has(key)) continue;
    const present = hasOwn(raw, key) && raw[key] !== undefined;
    if (!present) {
      out[key] = f.defaultValue();
      continue;
    }
    const value = raw[key];
    switch (f.kind) {
      case 'struct':
        out[key] = readRecord(f.decl, value as Record<string, unknown>);
        break;
      case 'nested': {
        const raws = value as Record<string, unknown>[];
        const ids = assignIds(raws, f.idPrefix(String(raw.id)));
        out[key] = raws.map((r, i) => ({ ...readRecordWithId(f.decl, r, ids[i]!) }));
        break;
      }
      case 'collection':
        out[key] = {};
        break;
      default:
        out[key] = f.read(value);
    }
  }
  const extra = extraOf(raw, decl.keys);
  if (extra) out.extra = extra;
  return out as RecordOf<D>;
}

function readRecordWithId<D extends AnyDecl>(decl: D, raw: Record<string, unknown>, id: string): RecordOf<D> {
  const record = readRecord(decl, raw) as Record<string, unknown>;
  // The id goes first, where the declaration puts it; unknown keys stay last.
  return { ...record, id } as unknown as RecordOf<D>;
}

/**
 * A record from text of unknown origin (the clipboard): only known fields are taken over,
 * a value of the wrong kind falls back to its default, and a missing or broken required
 * field refuses the whole record (undefined).
 */
export function readLenient<D extends AnyDecl>(decl: D, raw: unknown): RecordOf<D> | undefined {
  if (!isObject(raw)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of decl.keys) {
    const f = decl.fields[key]!;
    const value = hasOwn(raw, key) ? raw[key] : undefined;
    let read: unknown;
    if (f.kind === 'nested') {
      const raws = Array.isArray(value) ? value.filter(isObject) : [];
      read = raws.map((r, i) => readLenient(f.decl, { ...r, id: isValidId(r.id) ? r.id : `${f.idPrefix(String(raw.id))}${i + 1}` })).filter((r) => r !== undefined);
    } else if (f.kind === 'collection') read = {};
    else {
      read = value === undefined ? undefined : f.lenient(value);
      if (read !== undefined && 'read' in f) read = f.read(read);
    }
    if (read === undefined) {
      if (f.required) return undefined;
      read = f.defaultValue();
    }
    out[key] = read;
  }
  return out as RecordOf<D>;
}

/** A record's file form: known keys in declaration order, then unknown keys sorted. */
export function writeRecord<D extends AnyDecl>(decl: D, record: RecordOf<D>, collections?: (key: string, f: CollectionField<AnyDecl>) => unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const r = record as Record<string, unknown>;
  for (const key of decl.keys) {
    const f = decl.fields[key]!;
    const value = r[key];
    if (f.omitDefault && sameJson(value, f.defaultValue())) continue;
    switch (f.kind) {
      case 'struct':
        out[key] = writeRecord(f.decl, value as RecordOf<AnyDecl>);
        break;
      case 'nested':
        out[key] = (value as RecordOf<AnyDecl>[]).map((child) => writeRecord(f.decl, child));
        break;
      case 'collection':
        // A record without its collections (the theory's own fields in a diff) writes none.
        if (value === undefined) continue;
        out[key] = collections ? collections(key, f) : Object.values(value as object).map((child) => writeRecord(f.decl, child));
        break;
      case 'list':
        out[key] = [...(value as unknown[])];
        break;
      default:
        out[key] = value;
    }
  }
  const extra = r.extra as Extra | undefined;
  if (extra) {
    for (const key of Object.keys(extra).sort()) {
      if (hasOwn(out, key)) continue;
      Object.defineProperty(out, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** A new record with every field at its default (fields given win). */
export function newRecord<D extends AnyDecl>(decl: D, values: Partial<RecordOf<D>>): RecordOf<D> {
  const out: Record<string, unknown> = {};
  for (const key of decl.keys) out[key] = hasOwn(values, key) ? (values as Record<string, unknown>)[key] : decl.fields[key]!.defaultValue();
  return out as RecordOf<D>;
}

/** Names of a declaration's plain value fields (not structs, nested records or collections). */
export type ValueKeys<D> = D extends RecordDecl<string, infer F> ? { [K in keyof F]: F[K] extends ValueField<any> ? K : never }[keyof F] & string : never;

/**
 * The changes a command may make to a record's plain fields, copied from `changes`: every
 * declared value field except `except` (ids, and fields a command of their own keeps in
 * order). A new optional field is editable by its record's update command at once.
 */
export function declaredChanges<D extends AnyDecl>(decl: D, changes: object, except: readonly string[]): Partial<RecordOf<D>> {
  const out: Record<string, unknown> = {};
  for (const key of decl.keys) {
    const f = decl.fields[key] as AnyField;
    if (f.kind === 'struct' || f.kind === 'nested' || f.kind === 'collection' || except.includes(key)) continue;
    if (!hasOwn(changes, key)) continue;
    const value = (changes as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out as Partial<RecordOf<D>>;
}

/** A field's label in a language (its key when it has none, which only internal fields may lack). */
export function labelOf(decl: AnyDecl, key: string, language: Language): string {
  return (decl.fields[key] as AnyField | undefined)?.label?.[language] ?? key;
}
