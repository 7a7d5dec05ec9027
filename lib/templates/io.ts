import { z } from 'zod';
import { TemplateContentSchema, type Template } from './schema';

// Import and export of the doctor's templates as JSON. An import is validated as a whole
// before anything is written: every bad entry is named (its position, its title if it has
// one, the field and the reason) and the repository writes nothing unless all are valid.

export const EXPORT_FORMAT = 'replycheck-templates';
export const EXPORT_VERSION = 1;
export const IMPORT_MAX_ENTRIES = 20_000;

const epochMs = z.number().int().nonnegative();

/** One template in a file: its content, and optionally the id and usage figures it had. */
export const ExportedTemplateSchema = TemplateContentSchema.extend({
  id: z.string().min(1).max(100).optional(),
  usageCount: z.number().int().nonnegative().optional(),
  lastUsedAt: epochMs.optional(),
  createdAt: epochMs.optional(),
  updatedAt: epochMs.optional(),
}).strict();
export type ExportedTemplate = z.infer<typeof ExportedTemplateSchema>;

export const TemplateFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  templates: z.array(z.unknown()).max(IMPORT_MAX_ENTRIES, { message: `at most ${IMPORT_MAX_ENTRIES} templates per file` }),
});
export type TemplateFile = Omit<z.infer<typeof TemplateFileSchema>, 'templates'> & { templates: ExportedTemplate[] };

export interface ImportIssue {
  /** 1-based position of the entry in the file; 0 for a problem with the file itself. */
  entry: number;
  title?: string;
  /** The field at fault, dotted ("tags.2"), or "" for the entry or file as a whole. */
  path: string;
  reason: string;
}

export type ParsedImport = { ok: true; templates: ExportedTemplate[] } | { ok: false; issues: ImportIssue[] };

/** Build the export file for a set of templates. Only counts leave with them, never patient text. */
export function exportTemplates(templates: readonly Template[], now: Date = new Date()): TemplateFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    templates: templates.map((t) => ({
      id: t.id,
      title: t.title,
      body: t.body,
      category: t.category,
      tags: [...t.tags],
      shortcut: t.shortcut,
      language: t.language,
      usageCount: t.usageCount,
      ...(t.lastUsedAt === undefined ? {} : { lastUsedAt: t.lastUsedAt }),
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    })),
  };
}

/** A zod issue path as the import issues show it: "templates.2.title". */
export const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** An import's JSON: parsed from the file's text, or as given when already parsed. */
export function readImportJson(input: unknown): { json: unknown } | { issues: ImportIssue[] } {
  if (typeof input !== 'string') return { json: input };
  try {
    return { json: JSON.parse(input) };
  } catch (e) {
    return { issues: [{ entry: 0, path: '', reason: `not JSON: ${(e as Error).message}` }] };
  }
}

/** Validate an import: the file's text, or its parsed JSON. Accepts the export envelope or a
 *  bare array of templates. */
export function parseImport(input: unknown): ParsedImport {
  const read = readImportJson(input);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const { json } = read;
  let entries: unknown[];
  if (Array.isArray(json)) {
    if (json.length > IMPORT_MAX_ENTRIES)
      return { ok: false, issues: [{ entry: 0, path: '', reason: `at most ${IMPORT_MAX_ENTRIES} templates per file` }] };
    entries = json;
  } else {
    const file = TemplateFileSchema.safeParse(json);
    if (!file.success)
      return {
        ok: false,
        issues: file.error.issues.map((i) => ({ entry: 0, path: pathOf(i.path), reason: i.message })),
      };
    entries = file.data.templates;
  }
  const issues: ImportIssue[] = [];
  const templates: ExportedTemplate[] = [];
  const seenIds = new Map<string, number>();
  entries.forEach((raw, i) => {
    const entry = i + 1;
    const title =
      raw && typeof raw === 'object' && typeof (raw as { title?: unknown }).title === 'string'
        ? (raw as { title: string }).title
        : undefined;
    const parsed = ExportedTemplateSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ entry, ...(title ? { title } : {}), path: pathOf(issue.path), reason: issue.message });
      return;
    }
    const id = parsed.data.id;
    if (id !== undefined) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        issues.push({ entry, ...(title ? { title } : {}), path: 'id', reason: `same id as entry ${first}` });
        return;
      }
      seenIds.set(id, entry);
    }
    templates.push(parsed.data);
  });
  if (entries.length === 0) issues.push({ entry: 0, path: 'templates', reason: 'no templates in the file' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, templates };
}

/** One line per issue, for the options page and the console: "第 3 条「标题」 body: body is empty". */
export function describeIssue(issue: ImportIssue, language: 'zh' | 'en'): string {
  const where =
    issue.entry === 0
      ? language === 'zh'
        ? '文件'
        : 'File'
      : language === 'zh'
        ? `第 ${issue.entry} 条${issue.title ? `「${issue.title}」` : ''}`
        : `Entry ${issue.entry}${issue.title ? ` “${issue.title}”` : ''}`;
  return `${where}${issue.path ? ` ${issue.path}` : ''}: ${issue.reason}`;
}
