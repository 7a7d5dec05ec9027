import type { Language } from '../conversation';
import type { TemplateCategory } from '../findings';
import { packUsageKey, type MetaRow, type PackUsage, type TemplateDb, type TemplateRow } from './db';
import { exportTemplates, parseImport, type ImportIssue, type TemplateFile } from './io';
import {
  PackTemplateSchema,
  TemplateContentSchema,
  TemplateSchema,
  type PackTemplateInput,
  type Template,
  type TemplateContentInput,
} from './schema';
import { rankTemplates, searchKeysFor, type Searchable } from './search';
import { STARTER_TEMPLATES } from './starter';
import { extractVariables } from './variables';

// The one way to read and write templates. Every write runs in a Dexie transaction that also
// bumps a revision counter; each repository keeps an in-memory search index of all templates
// and reloads it only when the revision moved (a write from another context: the options page
// and the background each hold their own repository over the same database).

export type SourceFilter = 'mine' | 'pack' | { packId: string };

export interface ListFilter {
  query?: string;
  category?: TemplateCategory;
  tag?: string;
  source?: SourceFilter;
  language?: Language;
  /** Without a query: newest edits first (default) or most used first. */
  sort?: 'updated' | 'usage';
  offset?: number;
  limit?: number;
}

export interface ListPage {
  items: Template[];
  /** How many templates match the filter (for paging). */
  total: number;
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; issues: ImportIssue[] };

export interface TemplateStats {
  total: number;
  mine: number;
  pack: number;
  /** Sum of every template's usage count. */
  uses: number;
  byCategory: Record<TemplateCategory, number>;
}

export class LockedTemplateError extends Error {
  constructor(readonly id: string) {
    super(`template ${id} comes from a pack and is read-only; duplicate it to edit`);
    this.name = 'LockedTemplateError';
  }
}

export class TemplateNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`no template ${id}`);
    this.name = 'TemplateNotFoundError';
  }
}

export interface RepositoryOptions {
  /** The clock, in epoch milliseconds (tests pin it). */
  now?: () => number;
  newId?: () => string;
}

interface Change {
  put?: TemplateRow[];
  deleted?: string[];
}

function toTemplate(row: TemplateRow): Template {
  const { keys: _keys, ...template } = row;
  return template;
}

/** The editable content of an imported or pack template, without its bookkeeping fields. */
function contentOf<T extends Pick<Template, 'title' | 'body' | 'category' | 'tags' | 'shortcut' | 'language'>>(
  t: T,
): Pick<Template, 'title' | 'body' | 'category' | 'tags' | 'shortcut' | 'language'> {
  return { title: t.title, body: t.body, category: t.category, tags: t.tags, shortcut: t.shortcut, language: t.language };
}

function matchesSource(t: Template, source: SourceFilter | undefined): boolean {
  if (!source) return true;
  if (source === 'mine') return t.source.kind === 'mine';
  if (source === 'pack') return t.source.kind === 'pack';
  return t.source.kind === 'pack' && t.source.packId === source.packId;
}

export class TemplateRepository {
  private readonly now: () => number;
  private readonly newId: () => string;
  private cache: { revision: number; byId: Map<string, Searchable>; list: Searchable[] | null } | null = null;

  constructor(
    readonly db: TemplateDb,
    opts: RepositoryOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.newId = opts.newId ?? (() => crypto.randomUUID());
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────

  private async revision(): Promise<number> {
    return (await this.db.meta.get('revision'))?.value ?? 0;
  }

  /** The search index, reloaded from the database only when another context wrote. */
  private async index(): Promise<Searchable[]> {
    const revision = await this.revision();
    if (!this.cache || this.cache.revision !== revision) {
      const rows = await this.db.templates.toArray();
      const byId = new Map<string, Searchable>();
      for (const row of rows) byId.set(row.id, { template: toTemplate(row), keys: row.keys });
      this.cache = { revision, byId, list: null };
    }
    if (!this.cache.list) this.cache.list = [...this.cache.byId.values()];
    return this.cache.list;
  }

  async get(id: string): Promise<Template | undefined> {
    const row = await this.db.templates.get(id);
    return row ? toTemplate(row) : undefined;
  }

  async all(): Promise<Template[]> {
    return (await this.index()).map((s) => s.template);
  }

  /** Ranked search by text, shortcut and pinyin; an empty query lists the most used first. */
  async search(
    query: string,
    opts: { language?: Language; category?: TemplateCategory; limit?: number } = {},
  ): Promise<Template[]> {
    let items = await this.index();
    if (opts.category) items = items.filter((s) => s.template.category === opts.category);
    return rankTemplates(items, query, {
      limit: opts.limit ?? 20,
      ...(opts.language ? { language: opts.language } : {}),
    });
  }

  /** One page of the library, filtered and searched. */
  async list(filter: ListFilter = {}): Promise<ListPage> {
    const items = (await this.index()).filter((s) => {
      const t = s.template;
      return (
        (!filter.category || t.category === filter.category) &&
        (!filter.language || t.language === filter.language) &&
        (!filter.tag || t.tags.includes(filter.tag)) &&
        matchesSource(t, filter.source)
      );
    });
    const ranked = filter.query?.trim()
      ? rankTemplates(items, filter.query, { limit: Number.POSITIVE_INFINITY })
      : items
          .map((s) => s.template)
          // Plain comparisons, not localeCompare: an import gives 10,000 templates one updatedAt.
          .sort(
            (a, b) =>
              (filter.sort === 'usage' ? b.usageCount - a.usageCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) : 0) ||
              b.updatedAt - a.updatedAt ||
              b.createdAt - a.createdAt ||
              (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          );
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 50;
    return { items: ranked.slice(offset, offset + limit), total: ranked.length };
  }

  /** Templates of a category in a language, the most used first (an index walk, no full scan). */
  async byCategory(category: TemplateCategory, language: Language, limit = 10): Promise<Template[]> {
    const out: Template[] = [];
    await this.db.templates
      .where('[category+usageCount]')
      .between([category, -Infinity], [category, Infinity])
      .reverse()
      .until(() => out.length >= limit)
      .each((row) => {
        if (row.language === language) out.push(toTemplate(row));
      });
    return out;
  }

  /** Every tag in use, most frequent first. */
  async tags(): Promise<string[]> {
    const counts = new Map<string, number>();
    for (const s of await this.index()) for (const tag of s.template.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  }

  async stats(): Promise<TemplateStats> {
    const byCategory = {
      'referral-reason': 0,
      empathy: 0,
      closing: 0,
      medication: 0,
      'follow-up': 0,
      'delay-notice': 0,
      other: 0,
    } satisfies Record<TemplateCategory, number>;
    let mine = 0;
    let uses = 0;
    const items = await this.index();
    for (const { template: t } of items) {
      byCategory[t.category]++;
      if (t.source.kind === 'mine') mine++;
      uses += t.usageCount;
    }
    return { total: items.length, mine, pack: items.length - mine, uses, byCategory };
  }

  // ── writing ────────────────────────────────────────────────────────────────────────────

  /** Run a write in one transaction with the revision bump, then bring this context's index
   *  up to date without a reload when no other context wrote in between. */
  private async write<T>(fn: () => Promise<{ result: T; change: Change }>): Promise<T> {
    const { result, change, before } = await this.db.transaction('rw', this.db.templates, this.db.meta, async () => {
      const before = await this.revision();
      const out = await fn();
      await this.db.meta.put({ key: 'revision', value: before + 1 } satisfies MetaRow);
      return { ...out, before };
    });
    const cache = this.cache;
    if (cache && cache.revision === before) {
      for (const id of change.deleted ?? []) cache.byId.delete(id);
      for (const row of change.put ?? []) cache.byId.set(row.id, { template: toTemplate(row), keys: row.keys });
      cache.revision = before + 1;
      cache.list = null;
    } else {
      this.cache = null;
    }
    return result;
  }

  private rowFor(template: Template): TemplateRow {
    const checked = TemplateSchema.parse(template);
    return { ...checked, variables: extractVariables(checked.body), keys: searchKeysFor(checked) };
  }

  private async mustGet(id: string): Promise<TemplateRow> {
    const row = await this.db.templates.get(id);
    if (!row) throw new TemplateNotFoundError(id);
    return row;
  }

  /** Create one of the doctor's own templates. Throws a ZodError when the content is invalid. */
  async create(content: TemplateContentInput): Promise<Template> {
    const c = TemplateContentSchema.parse(content);
    const at = this.now();
    const row = this.rowFor({
      ...c,
      id: this.newId(),
      variables: [],
      source: { kind: 'mine' },
      locked: false,
      createdAt: at,
      updatedAt: at,
      usageCount: 0,
    });
    return this.write(async () => {
      await this.db.templates.add(row);
      return { result: toTemplate(row), change: { put: [row] } };
    });
  }

  /** Edit one of the doctor's own templates; pack templates are locked. */
  async update(id: string, patch: Partial<TemplateContentInput>): Promise<Template> {
    return this.write(async () => {
      const old = await this.mustGet(id);
      if (old.locked) throw new LockedTemplateError(id);
      const c = TemplateContentSchema.parse({
        title: patch.title ?? old.title,
        body: patch.body ?? old.body,
        category: patch.category ?? old.category,
        tags: patch.tags ?? old.tags,
        shortcut: patch.shortcut ?? old.shortcut,
        language: patch.language ?? old.language,
      });
      const row = this.rowFor({ ...toTemplate(old), ...c, updatedAt: this.now() });
      await this.db.templates.put(row);
      return { result: toTemplate(row), change: { put: [row] } };
    });
  }

  /** Copy a template into the doctor's own, editable. A copy of the doctor's own template is
   *  marked as a copy; a pack template keeps its title ("复制到我的模板"). */
  async duplicate(id: string): Promise<Template> {
    return this.write(async () => {
      const old = await this.mustGet(id);
      const at = this.now();
      const suffix = old.source.kind === 'mine' ? (old.language === 'zh' ? '（副本）' : ' (copy)') : '';
      const row = this.rowFor({
        ...toTemplate(old),
        id: this.newId(),
        title: (old.title + suffix).slice(0, 80),
        source: { kind: 'mine' },
        locked: false,
        createdAt: at,
        updatedAt: at,
        usageCount: 0,
        lastUsedAt: undefined,
      });
      delete (row as Partial<TemplateRow>).lastUsedAt;
      await this.db.templates.add(row);
      return { result: toTemplate(row), change: { put: [row] } };
    });
  }

  /** Delete one of the doctor's own templates. Returns it so `restore` can undo the delete. */
  async delete(id: string): Promise<Template> {
    return this.write(async () => {
      const old = await this.mustGet(id);
      if (old.locked) throw new LockedTemplateError(id);
      await this.db.templates.delete(id);
      return { result: toTemplate(old), change: { deleted: [id] } };
    });
  }

  /** Undo a delete: put the template back exactly as it was (same id, usage figures). */
  async restore(template: Template): Promise<Template> {
    const row = this.rowFor(template);
    return this.write(async () => {
      await this.db.templates.put(row);
      return { result: toTemplate(row), change: { put: [row] } };
    });
  }

  /** Count one use (an insertion from the palette or a fix). Only the count and time are kept. */
  async recordUsage(id: string): Promise<Template> {
    return this.write(async () => {
      const old = await this.mustGet(id);
      const row: TemplateRow = { ...old, usageCount: old.usageCount + 1, lastUsedAt: this.now() };
      await this.db.templates.put(row);
      return { result: toTemplate(row), change: { put: [row] } };
    });
  }

  /** Import a JSON file (text or parsed) into the doctor's own templates. Validated as a whole:
   *  when any entry is bad, every bad entry is reported and nothing is written. An entry whose
   *  id is one of the doctor's templates replaces it; other entries are added. */
  async importTemplates(input: unknown): Promise<ImportResult> {
    const parsed = parseImport(input);
    if (!parsed.ok) return parsed;
    return this.write(async () => {
      const ids = parsed.templates.flatMap((t) => (t.id ? [t.id] : []));
      const existing = new Map((await this.db.templates.bulkGet(ids)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
      const issues: ImportIssue[] = [];
      parsed.templates.forEach((t, i) => {
        const old = t.id ? existing.get(t.id) : undefined;
        if (old?.locked)
          issues.push({ entry: i + 1, title: t.title, path: 'id', reason: 'belongs to a pack template, which is read-only' });
      });
      if (issues.length > 0) return { result: { ok: false, issues } as ImportResult, change: {} };
      const at = this.now();
      let updated = 0;
      const rows = parsed.templates.map((t) => {
        const old = t.id ? existing.get(t.id) : undefined;
        if (old) updated++;
        return this.rowFor({
          ...contentOf(t),
          id: t.id ?? this.newId(),
          variables: [],
          source: { kind: 'mine' },
          locked: false,
          createdAt: old?.createdAt ?? t.createdAt ?? at,
          updatedAt: at,
          usageCount: Math.max(old?.usageCount ?? 0, t.usageCount ?? 0),
          ...(old?.lastUsedAt ?? t.lastUsedAt ? { lastUsedAt: old?.lastUsedAt ?? t.lastUsedAt } : {}),
        });
      });
      await this.db.templates.bulkPut(rows);
      return { result: { ok: true, created: rows.length - updated, updated } as ImportResult, change: { put: rows } };
    });
  }

  /** The doctor's own templates as an export file (pack templates come from their pack). */
  async exportMine(now: Date = new Date(this.now())): Promise<TemplateFile> {
    const mine = (await this.all()).filter((t) => t.source.kind === 'mine');
    mine.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    return exportTemplates(mine, now);
  }

  /** Install or update a pack's templates in ONE transaction: the pack's previous templates are
   *  replaced, locked, at `version`; the doctor's own templates (including copies of this
   *  pack's templates) are never touched. Usage figures carry over by the template's `key`
   *  (else its title). Throws a ZodError, writing nothing, when any template is invalid. */
  async replacePackTemplates(packId: string, version: string, templates: readonly PackTemplateInput[]): Promise<Template[]> {
    if (!packId || !version) throw new Error('packId and version are required');
    const incoming = templates.map((t) => PackTemplateSchema.parse(t));
    return this.write(async () => {
      const old = await this.db.templates.where('source.packId').equals(packId).toArray();
      // Figures kept while the pack was disabled come back with it; the installed rows win.
      const kept = await this.db.meta.get(packUsageKey(packId));
      const usage = new Map<string, PackUsage>(kept && 'usage' in kept ? kept.usage.map((u) => [u.id, u] as const) : []);
      for (const r of old) usage.set(r.id, r);
      if (kept) await this.db.meta.delete(kept.key);
      const at = this.now();
      const rows = incoming.map((t) => {
        const id = `pack:${packId}:${t.key ?? `${t.language}:${t.title}`}`;
        const prev = usage.get(id);
        return this.rowFor({
          ...contentOf(t),
          id,
          variables: [],
          source: { kind: 'pack', packId, version },
          locked: true,
          createdAt: prev?.createdAt ?? at,
          updatedAt: at,
          usageCount: prev?.usageCount ?? 0,
          ...(prev?.lastUsedAt ? { lastUsedAt: prev.lastUsedAt } : {}),
        });
      });
      const ids = new Set(rows.map((r) => r.id));
      if (ids.size !== rows.length) throw new Error(`pack ${packId} has two templates with the same key`);
      const gone = old.map((r) => r.id).filter((id) => !ids.has(id));
      await this.db.templates.bulkDelete(gone);
      await this.db.templates.bulkPut(rows);
      return { result: rows.map(toTemplate), change: { put: rows, deleted: gone } };
    });
  }

  /** Remove a pack's templates (the doctor's copies stay). A pack that is only disabled
   *  (`keepUsage`) keeps its templates' usage figures for when it returns; a pack removed for
   *  good drops them. */
  async removePackTemplates(packId: string, { keepUsage = false }: { keepUsage?: boolean } = {}): Promise<number> {
    return this.write(async () => {
      const rows = await this.db.templates.where('source.packId').equals(packId).toArray();
      const ids = rows.map((r) => r.id);
      await this.db.templates.bulkDelete(ids);
      if (!keepUsage) {
        await this.db.meta.delete(packUsageKey(packId));
      } else {
        const usage = rows
          .filter((r) => r.usageCount > 0 || r.lastUsedAt !== undefined)
          .map(({ id, usageCount, lastUsedAt, createdAt }): PackUsage => ({ id, usageCount, createdAt, ...(lastUsedAt === undefined ? {} : { lastUsedAt }) }));
        if (usage.length > 0) await this.db.meta.put({ key: packUsageKey(packId), value: this.now(), usage });
      }
      return { result: ids.length, change: { deleted: ids } };
    });
  }

  /** Seed the starter set once, on first run. Returns how many templates were added (0 after
   *  the first time, even if the doctor deleted them since). */
  async ensureStarterSet(): Promise<number> {
    return this.write(async () => {
      if ((await this.db.meta.get('starterSeeded'))?.value) return { result: 0, change: {} };
      const at = this.now();
      const rows = STARTER_TEMPLATES.map((content, i) => {
        const c = TemplateContentSchema.parse(content);
        return this.rowFor({
          ...c,
          id: `starter:${c.language}:${i}`,
          variables: [],
          source: { kind: 'mine' },
          locked: false,
          createdAt: at,
          updatedAt: at,
          usageCount: 0,
        });
      });
      await this.db.templates.bulkPut(rows);
      await this.db.meta.put({ key: 'starterSeeded', value: at });
      return { result: rows.length, change: { put: rows } };
    });
  }
}
