import { z } from 'zod';
import type { PacksState } from '../packs/state';
import { pathOf, readImportJson, type ImportIssue } from '../templates/io';
import { DEMO_ADAPTER, MATCH_PATTERN, SiteAdapterSchema, type SiteAdapter } from './schema';

// Site adapters as a JSON file the doctor (or an admin building a pack) passes around. An
// import is validated as a whole: every bad entry is named with its reason, and the caller
// writes nothing unless all are valid. Issues use the template import's shape, so the options
// page shows both the same way (describeIssue).

export const ADAPTER_FILE_FORMAT = 'site-adapters';
export const ADAPTER_FILE_VERSION = 1;
export const ADAPTER_IMPORT_MAX = 500;

export const AdapterFileSchema = z.object({
  replycheck: z.literal(ADAPTER_FILE_FORMAT),
  version: z.literal(ADAPTER_FILE_VERSION),
  adapters: z.array(z.unknown()).max(ADAPTER_IMPORT_MAX, { message: `at most ${ADAPTER_IMPORT_MAX} adapters per file` }),
});

/** The export file: `{"replycheck":"site-adapters","version":1,"adapters":[…]}`. */
export function exportAdapters(adapters: readonly SiteAdapter[]): string {
  return JSON.stringify({ replycheck: ADAPTER_FILE_FORMAT, version: ADAPTER_FILE_VERSION, adapters }, null, 2);
}

/** A match pattern the content script understands: "<all_urls>" or scheme://host/path, where
 *  the scheme is http, https, file or *, and the host is *, *.domain or a plain host. */
export function isMatchPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return false;
  const host = m[2] ?? '';
  // No port: extension match patterns have none, and matchesPattern compares host names only.
  return host === '*' || /^(\*\.)?[^*:/\s]+$/.test(host) || (m[1] === 'file' && host === '');
}

export type AdapterImport = { ok: true; adapters: SiteAdapter[] } | { ok: false; issues: ImportIssue[] };

/** The entries of a file: the export envelope, a bare array, or one bare adapter. */
function entriesOf(json: unknown): { entries: unknown[] } | { issues: ImportIssue[] } {
  if (Array.isArray(json)) return { entries: json };
  if (json && typeof json === 'object' && !('adapters' in json) && !('replycheck' in json)) return { entries: [json] };
  const file = AdapterFileSchema.safeParse(json);
  if (!file.success) return { issues: file.error.issues.map((i) => ({ entry: 0, path: pathOf(i.path), reason: i.message })) };
  return { entries: file.data.adapters };
}

/** Validate an import (the file's text or its parsed JSON). Built-in ids are refused: the
 *  doctor's copy would silently shadow the built-in adapter under the same name. */
export function parseAdapterImport(input: unknown): AdapterImport {
  const file = readImportJson(input);
  const read = 'issues' in file ? file : entriesOf(file.json);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const { entries } = read;
  if (entries.length > ADAPTER_IMPORT_MAX)
    return { ok: false, issues: [{ entry: 0, path: '', reason: `at most ${ADAPTER_IMPORT_MAX} adapters per file` }] };
  if (entries.length === 0) return { ok: false, issues: [{ entry: 0, path: 'adapters', reason: 'no adapters in the file' }] };

  const issues: ImportIssue[] = [];
  const adapters: SiteAdapter[] = [];
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const entry = i + 1;
    const name = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : undefined;
    const issue = (path: string, reason: string) => issues.push({ entry, ...(name ? { title: name } : {}), path, reason });
    const parsed = SiteAdapterSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issue(pathOf(i.path), i.message);
      return;
    }
    const adapter = parsed.data;
    const before = issues.length;
    adapter.matches.forEach((p, j) => {
      if (!isMatchPattern(p)) issue(`matches.${j}`, `not a URL match pattern: "${p}" (e.g. https://consult.example.com/*)`);
    });
    if (adapter.id === DEMO_ADAPTER.id) issue('id', `"${adapter.id}" is the built-in adapter's id`);
    const first = seen.get(adapter.id);
    if (first !== undefined) issue('id', `same id as entry ${first}`);
    else seen.set(adapter.id, entry);
    if (issues.length === before) adapters.push(adapter);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, adapters };
}

/** The doctor's adapters after an import or a save: the incoming ones first (the newest win
 *  when patterns overlap), replacing any with the same id. */
export function mergeAdapters(existing: readonly SiteAdapter[], incoming: readonly SiteAdapter[]): SiteAdapter[] {
  const ids = new Set(incoming.map((a) => a.id));
  return [...incoming, ...existing.filter((a) => !ids.has(a.id))];
}

export type AdapterSource = 'mine' | 'pack' | 'policy' | 'builtin';

export interface AdapterRow {
  adapter: SiteAdapter;
  source: AdapterSource;
  /** The pack that brought it (source "pack"). */
  packName?: string;
}

/** Every adapter the content script may use, in the order it tries them: the doctor's own,
 *  then those from packs and the admin's policy (told apart by the installed packs), then the
 *  built-in demo console. */
export function listAdapters(own: readonly SiteAdapter[], fromPacks: readonly SiteAdapter[], installed: PacksState['installed']): AdapterRow[] {
  const packOf = new Map<string, string>();
  for (const { pack } of Object.values(installed)) for (const a of pack.siteAdapters) packOf.set(a.id, pack.name);
  return [
    ...own.map((adapter) => ({ adapter, source: 'mine' as const })),
    ...fromPacks.map((adapter): AdapterRow => {
      const packName = packOf.get(adapter.id);
      return packName === undefined ? { adapter, source: 'policy' } : { adapter, source: 'pack', packName };
    }),
    { adapter: DEMO_ADAPTER, source: 'builtin' },
  ];
}
