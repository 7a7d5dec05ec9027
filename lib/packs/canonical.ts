// The canonical form a pack signature covers: JSON with object keys sorted (by UTF-16 code
// units, as Array.prototype.sort does), no whitespace, every string (keys too) in Unicode NFC.
// Two packs that mean the same data serialise to the same bytes, so re-indenting a pack file
// or an editor that saves decomposed Chinese/accents does not break its signature.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class CanonicalFormError extends Error {}

function canonicalString(s: string): string {
  return JSON.stringify(s.normalize('NFC'));
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalFormError(`${path}: not a finite number`);
      return JSON.stringify(value);
    case 'string':
      return canonicalString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${path}[${i}]`)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        // undefined members are absent in JSON; dropping them keeps parse→canonical stable.
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]![0] === entries[i - 1]![0]) throw new CanonicalFormError(`${path}: duplicate key "${entries[i]![0]}" after NFC`);
      }
      return `{${entries.map(([k, v]) => `${canonicalString(k)}:${write(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new CanonicalFormError(`${path}: ${typeof value} is not JSON data`);
  }
}

/** The canonical JSON text of `value` (see the file comment). Throws CanonicalFormError on
 *  anything JSON cannot carry (functions, NaN, Infinity, bigint). */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

/** The canonical form as UTF-8 bytes: what is signed and verified. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
