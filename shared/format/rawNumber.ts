/**
 * A number from a file, kept as it was written (issue #10, D9). JSON.parse turns
 * 12345678901234567890 into 12345678901234567000 and -1e-400 into -0, and writing that back
 * would change a value in a key this version does not know, which the README promises to
 * write back unchanged. Such numbers in unknown keys are held as a JsonNumber: its text is
 * what the serializer writes; everywhere else (JSON.stringify, arithmetic) it is the number.
 */
export class JsonNumber {
  constructor(readonly text: string) {
    created++;
  }
  valueOf(): number {
    return Number(this.text);
  }
  toJSON(): number {
    return Number(this.text);
  }
}

let created = 0;

/** Whether any JsonNumber exists in this process (the serializer needs its slower path only then). */
export function anyJsonNumbers(): boolean {
  return created > 0;
}

/** Whether writing the number JSON.parse makes of `text` gives `text` back. */
export function isCanonicalNumber(text: string): boolean {
  // The common case, cheaply: a plain integer that a double holds exactly.
  if (/^-?(0|[1-9]\d{0,14})$/.test(text) && text !== '-0') return true;
  return JSON.stringify(Number(text)) === text;
}

/** A deep copy of plain data that keeps JsonNumbers (structuredClone would make them plain objects). */
export function cloneData<T>(value: T): T {
  if (value instanceof JsonNumber || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: cloneData((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/**
 * JSON text of a value with each JsonNumber written as its own text: a placeholder string
 * per JsonNumber (with a marker no text of the file can hold: a fresh nonce), replaced after.
 */
export function stringifyKeepingNumbers(value: unknown, indent: number): string {
  if (!anyJsonNumbers()) return JSON.stringify(value, null, indent);
  const nonce = `\u0000wz${Math.random().toString(36).slice(2)}:`;
  const texts: string[] = [];
  const json = JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const original = this[key];
      if (original instanceof JsonNumber) {
        texts.push(original.text);
        return `${nonce}${texts.length - 1}`;
      }
      return v;
    },
    indent,
  );
  if (texts.length === 0) return json;
  const marker = JSON.stringify(nonce).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return json.replace(new RegExp(`"${marker}(\\d+)"`, 'g'), (_m, i: string) => texts[Number(i)]!);
}
