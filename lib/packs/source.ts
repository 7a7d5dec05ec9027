import { z } from 'zod';
import { PackObjectSchema, PackSchema, type PackInput } from './schema';

// The folder an admin writes, turned into a pack. Plain files, no YAML library:
//
//   pack.json            { "id", "name", "publisher", "version", optional "description",
//                          "expires", "rules": { "off": [...], "phrases": { "rule-id/list": [...] } },
//                          "siteAdapters": [...] }
//   templates/NAME.md    a template: a front-matter block of `key: value` lines between
//                        `---` lines, then the body as plain text (kept as written, not Markdown-rendered).
//
//   ---
//   title: 门诊抽血查肝肾功能
//   category: referral-reason
//   language: zh
//   tags: 转诊, 抽血
//   shortcut: cx
//   ---
//   建议您到门诊抽血查肝肾功能，结果出来后我再帮您调整用药。
//
// `id` defaults to the file name without ".md"; keep it when editing so doctors' usage figures
// follow the template. Templates are ordered by file name.

export const FRONT_MATTER_KEYS = ['id', 'title', 'category', 'language', 'tags', 'shortcut'] as const;

const ManifestSchema = PackObjectSchema.omit({ templates: true, format: true });

export class PackSourceError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PackSourceError';
  }
}

/** Parse one template file; problems are named with the file. */
export function parseTemplateFile(name: string, text: string): { template?: Record<string, unknown>; problems: string[] } {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(src);
  if (!m) return { problems: [`${name}: must start with a front-matter block between "---" lines`] };
  const problems: string[] = [];
  const fields: Record<string, unknown> = { id: name.replace(/\.md$/i, '') };
  m[1]!.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      problems.push(`${name}:${i + 2}: unknown front-matter key "${key || line.trim()}" (known: ${FRONT_MATTER_KEYS.join(', ')})`);
      return;
    }
    const value = line.slice(colon + 1).trim();
    fields[key] = key === 'tags' ? value.split(/[,，]/).map((t) => t.trim()).filter(Boolean) : value;
  });
  // Trailing newlines are the file's, not the template's.
  fields.body = m[2]!.replace(/\n+$/, '');
  return { template: fields, problems };
}

/** Build a pack from the folder's files: `files` maps paths relative to the folder
 *  ("pack.json", "templates/closing.md") to their text. Throws PackSourceError listing every
 *  problem at once, so an admin fixes them in one pass. */
export function packFromSource(files: ReadonlyMap<string, string>): PackInput {
  const problems: string[] = [];
  const manifestText = files.get('pack.json');
  let manifest: unknown = {};
  if (manifestText === undefined) problems.push('pack.json: missing');
  else {
    try {
      manifest = JSON.parse(manifestText);
    } catch (e) {
      problems.push(`pack.json: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const m = ManifestSchema.safeParse(manifest);
  if (manifestText !== undefined && !m.success) problems.push(...m.error.issues.map((i) => `pack.json: ${i.path.join('.') || '(top)'}: ${i.message}`));

  const templates: Record<string, unknown>[] = [];
  const names = [...files.keys()].filter((p) => /^templates\/[^/]+\.md$/i.test(p)).sort();
  for (const path of names) {
    const { template, problems: p } = parseTemplateFile(path, files.get(path)!);
    problems.push(...p);
    if (template) {
      template.id = String(template.id).replace(/^templates\//, '');
      templates.push(template);
    }
  }
  const raw = manifest && typeof manifest === 'object' ? (manifest as Record<string, unknown>) : {};
  const pack = { format: 1, ...raw, templates } as PackInput;
  if (problems.length === 0) {
    const parsed = PackSchema.safeParse(pack);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const [first, index, ...rest] = i.path;
        const where = first === 'templates' && typeof index === 'number' ? `${names[index]}: ${rest.join('.')}` : i.path.join('.');
        problems.push(`${where}: ${i.message}`);
      }
    }
  }
  if (problems.length > 0) throw new PackSourceError(problems);
  return pack;
}

export const PackManifestSchema = ManifestSchema;
export type PackManifest = z.infer<typeof ManifestSchema>;
