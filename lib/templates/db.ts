import { Dexie, type Table } from 'dexie';
import type { Template } from './schema';
import { searchKeysFor, type SearchKeys } from './search';

// The template database. It lives in the EXTENSION origin (background and options page);
// content scripts reach it through runtime messages, never by opening IndexedDB themselves.
//
// Versions — never edit a released version's stores, add a new version with an upgrade:
//   v1  templates keyed by id; no usage figures, no search keys.
//   v2  usage figures (usageCount, lastUsedAt) indexed per category so "the most used
//       template of a category" is an index walk; precomputed search keys (pinyin full and
//       initials) so search never converts pinyin on the query path; a `meta` table holding a
//       revision counter (bumped by every write, so a cached search index in another context
//       knows when to reload) and the starter-set flag; later also the usage figures of a
//       disabled pack's templates (rows keyed `packUsage:<packId>`: no index, no new version).

export const TEMPLATE_DB_NAME = 'replycheck-templates';

/** A template as v1 stored it. */
export type TemplateRowV1 = Omit<Template, 'usageCount' | 'lastUsedAt'>;

/** A template as the current version stores it. */
export interface TemplateRow extends Template {
  keys: SearchKeys;
}

/** A pack template's usage figures, kept while its pack is disabled (its id and counts, no body). */
export interface PackUsage {
  id: string;
  usageCount: number;
  lastUsedAt?: number;
  createdAt: number;
}

/** The revision counter and starter-set flag; and per disabled pack (`packUsage:<packId>`, value
 *  = when it was disabled) its templates' usage figures, so they return with the pack. */
export type MetaRow =
  | { key: 'revision' | 'starterSeeded'; value: number }
  | { key: `packUsage:${string}`; value: number; usage: PackUsage[] };

export const STORES_V1 = {
  templates: 'id, category, language, shortcut, *tags, source.kind, source.packId, updatedAt',
} as const;

export const STORES_V2 = {
  templates:
    'id, category, language, shortcut, *tags, source.kind, source.packId, updatedAt, [category+usageCount]',
  meta: 'key',
} as const;

/** The v1 database exactly as first released: used by the migration tests to write old data. */
export function declareV1(db: Dexie): void {
  db.version(1).stores(STORES_V1);
}

/** v1 → v2: start usage at zero and compute every template's search keys. */
export function declareV2(db: Dexie): void {
  db.version(2)
    .stores(STORES_V2)
    .upgrade(async (tx) => {
      await tx
        .table<TemplateRow, string>('templates')
        .toCollection()
        .modify((row: TemplateRow) => {
          row.usageCount = typeof row.usageCount === 'number' ? row.usageCount : 0;
          row.keys = searchKeysFor(row);
        });
      await tx.table<MetaRow, string>('meta').put({ key: 'revision', value: 1 });
    });
}

export class TemplateDb extends Dexie {
  templates!: Table<TemplateRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = TEMPLATE_DB_NAME) {
    super(name);
    declareV1(this);
    declareV2(this);
  }
}

/** Where a disabled pack's usage figures wait in `meta`. */
export const packUsageKey = (packId: string): `packUsage:${string}` => `packUsage:${packId}`;
