import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  LockedTemplateError,
  STARTER_TEMPLATES,
  TemplateDb,
  TemplateRepository,
  type TemplateContentInput,
} from '../../lib/templates';
import { TEMPLATE_CATEGORIES } from '../../lib/findings';

let db: TemplateDb;
let repo: TemplateRepository;
let clock = 1_000;
let dbCount = 0;

beforeEach(() => {
  clock = 1_000;
  db = new TemplateDb(`repo-test-${++dbCount}`);
  repo = new TemplateRepository(db, { now: () => clock });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const closing: TemplateContentInput = {
  title: '结束语',
  body: '若后续还有什么疑问，还可继续线上联系我。',
  category: 'closing',
  language: 'zh',
  shortcut: 'js',
};

describe('create / update / duplicate / delete', () => {
  it('creates a template of mine with derived variables and zero usage', async () => {
    const t = await repo.create({ ...closing, body: '{{患者称呼}}您好，{{药名}}请按时服用' });
    expect(t.source).toEqual({ kind: 'mine' });
    expect(t.locked).toBe(false);
    expect(t.variables).toEqual(['患者称呼', '药名']);
    expect(t.usageCount).toBe(0);
    expect(t.createdAt).toBe(1_000);
    expect(await repo.get(t.id)).toEqual(t);
  });

  it('rejects invalid content with a ZodError and writes nothing', async () => {
    await expect(repo.create({ ...closing, body: '   ' })).rejects.toBeInstanceOf(ZodError);
    await expect(repo.create({ ...closing, shortcut: 'a b' })).rejects.toBeInstanceOf(ZodError);
    expect(await db.templates.count()).toBe(0);
  });

  it('updates content, bumps updatedAt, and recomputes variables and search keys', async () => {
    const t = await repo.create(closing);
    clock = 2_000;
    const u = await repo.update(t.id, { title: '门诊挂号', body: '{{复诊时间}}来门诊' });
    expect(u.updatedAt).toBe(2_000);
    expect(u.createdAt).toBe(1_000);
    expect(u.variables).toEqual(['复诊时间']);
    expect((await repo.search('mzgh')).map((x) => x.id)).toEqual([t.id]);
  });

  it('duplicates into an editable copy of mine', async () => {
    const t = await repo.create(closing);
    await repo.recordUsage(t.id);
    const copy = await repo.duplicate(t.id);
    expect(copy.id).not.toBe(t.id);
    expect(copy.title).toBe('结束语（副本）');
    expect(copy.usageCount).toBe(0);
    expect(copy.lastUsedAt).toBeUndefined();
    expect(await db.templates.count()).toBe(2);
  });

  it('deletes with undo: restore brings back the same template with its usage', async () => {
    const t = await repo.create(closing);
    await repo.recordUsage(t.id);
    const deleted = await repo.delete(t.id);
    expect(await repo.get(t.id)).toBeUndefined();
    expect(await repo.search('结束')).toEqual([]);
    await repo.restore(deleted);
    const back = await repo.get(t.id);
    expect(back?.usageCount).toBe(1);
    expect((await repo.search('结束')).map((x) => x.id)).toEqual([t.id]);
  });

  it('records usage: count and time only', async () => {
    const t = await repo.create(closing);
    clock = 5_000;
    await repo.recordUsage(t.id);
    const u = await repo.recordUsage(t.id);
    expect(u.usageCount).toBe(2);
    expect(u.lastUsedAt).toBe(5_000);
    expect(u.body).toBe(closing.body);
  });
});

describe('pack templates', () => {
  const packTemplates = [
    { key: 'close', title: '医院结束语', body: '感谢您的信任，如有疑问请继续联系。', category: 'closing', language: 'zh' },
    { key: 'ref', title: '医院转诊说明', body: '请到门诊抽血检查。', category: 'referral-reason', language: 'zh' },
  ] as const;

  it('installs a pack locked and read-only; a copy is editable and survives pack updates', async () => {
    const mine = await repo.create(closing);
    const installed = await repo.replacePackTemplates('hosp', '1.0.0', [...packTemplates]);
    expect(installed).toHaveLength(2);
    const packClose = installed.find((t) => t.title === '医院结束语');
    expect(packClose?.locked).toBe(true);
    expect(packClose?.source).toEqual({ kind: 'pack', packId: 'hosp', version: '1.0.0' });
    await expect(repo.update(packClose!.id, { title: 'x' })).rejects.toBeInstanceOf(LockedTemplateError);
    await expect(repo.delete(packClose!.id)).rejects.toBeInstanceOf(LockedTemplateError);

    const copy = await repo.duplicate(packClose!.id);
    expect(copy.title).toBe('医院结束语');
    expect(copy.locked).toBe(false);
    await repo.recordUsage(packClose!.id);

    // v2 drops the referral template and rewords the closing one.
    clock = 9_000;
    await repo.replacePackTemplates('hosp', '2.0.0', [{ ...packTemplates[0], body: '新版结束语。' }]);
    const packNow = (await repo.list({ source: { packId: 'hosp' } })).items;
    expect(packNow.map((t) => [t.title, t.body, t.source])).toEqual([
      ['医院结束语', '新版结束语。', { kind: 'pack', packId: 'hosp', version: '2.0.0' }],
    ]);
    expect(packNow[0]?.usageCount).toBe(1);
    expect(await repo.get(mine.id)).toMatchObject({ title: '结束语', source: { kind: 'mine' } });
    expect(await repo.get(copy.id)).toMatchObject({ title: '医院结束语', body: packTemplates[0].body });
  });

  it('never touches another pack, and writes nothing when a pack template is invalid', async () => {
    await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    await repo.replacePackTemplates('b', '1', [packTemplates[1]]);
    await expect(
      repo.replacePackTemplates('a', '2', [{ ...packTemplates[0], body: '' }]),
    ).rejects.toBeInstanceOf(ZodError);
    const all = await repo.all();
    expect(all.map((t) => [t.source.kind === 'pack' ? t.source.packId : '', t.source.kind === 'pack' ? t.source.version : '']).sort()).toEqual([
      ['a', '1'],
      ['b', '1'],
    ]);
    expect(await repo.removePackTemplates('a')).toBe(1);
    expect((await repo.all()).map((t) => t.title)).toEqual(['医院转诊说明']);
  });

  it('keeps a disabled pack\'s usage figures for its return, and drops them when the pack is removed for good', async () => {
    const [t] = await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    await repo.recordUsage(t!.id);
    clock = 7_000;
    await repo.recordUsage(t!.id);
    // Disabled: the templates leave the library, the counts wait (no text is kept with them).
    expect(await repo.removePackTemplates('a', { keepUsage: true })).toBe(1);
    expect(await repo.all()).toEqual([]);
    const [back] = await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    expect(back).toMatchObject({ id: t!.id, usageCount: 2, lastUsedAt: 7_000, createdAt: t!.createdAt });
    // Back once: the kept figures are spent, so a later reinstall does not count them twice.
    await repo.removePackTemplates('a');
    const [fresh] = await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    expect(fresh?.usageCount).toBe(0);
    // Removed for good while disabled: the kept figures go too.
    await repo.recordUsage(fresh!.id);
    await repo.removePackTemplates('a', { keepUsage: true });
    await repo.removePackTemplates('a');
    const [again] = await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    expect(again?.usageCount).toBe(0);
  });

  it('rolls back the whole replacement when two templates share a key', async () => {
    await repo.replacePackTemplates('a', '1', [packTemplates[0]]);
    await expect(repo.replacePackTemplates('a', '2', [packTemplates[1], { ...packTemplates[1] }])).rejects.toThrow(/same key/);
    expect((await repo.all()).map((t) => t.source)).toEqual([{ kind: 'pack', packId: 'a', version: '1' }]);
  });
});

describe('listing, categories and the starter set', () => {
  it('seeds the starter set once, covering every category (so every rule fix a template may word) in zh and en', async () => {
    expect(await repo.ensureStarterSet()).toBe(STARTER_TEMPLATES.length);
    expect(await repo.ensureStarterSet()).toBe(0);
    const all = await repo.all();
    for (const language of ['zh', 'en'] as const)
      for (const category of TEMPLATE_CATEGORIES)
        expect(all.some((t) => t.language === language && t.category === category), `${language} ${category}`).toBe(true);
    expect(all.some((t) => t.body.includes('今天出门诊'))).toBe(true);
    expect(all.some((t) => t.body.includes('最近服药感觉怎么样？'))).toBe(true);
    // Deleting a starter template does not bring it back on the next start.
    await repo.delete(all[0]!.id);
    expect(await repo.ensureStarterSet()).toBe(0);
  });

  it('byCategory lists one language, the most used first', async () => {
    const a = await repo.create(closing);
    const b = await repo.create({ ...closing, title: '结束语2' });
    await repo.create({ ...closing, title: 'Closing', body: 'Bye', language: 'en' });
    await repo.create({ ...closing, title: '共情', category: 'empathy' });
    await repo.recordUsage(b.id);
    expect((await repo.byCategory('closing', 'zh')).map((t) => t.id)).toEqual([b.id, a.id]);
    await repo.recordUsage(a.id);
    await repo.recordUsage(a.id);
    expect((await repo.byCategory('closing', 'zh', 1)).map((t) => t.id)).toEqual([a.id]);
  });

  it('filters by category, tag, source and query, and pages', async () => {
    for (let i = 0; i < 7; i++) await repo.create({ ...closing, title: `结束语${i}`, tags: i % 2 ? ['常用'] : [] });
    await repo.create({ ...closing, title: '共情', category: 'empathy' });
    clock = 2_000;
    await repo.replacePackTemplates('p', '1', [{ title: '包结束语', body: 'x', category: 'closing', language: 'zh' }]);
    expect((await repo.list({ category: 'closing' })).total).toBe(8);
    expect((await repo.list({ tag: '常用' })).total).toBe(3);
    expect((await repo.list({ source: 'pack' })).items.map((t) => t.title)).toEqual(['包结束语']);
    expect((await repo.list({ source: 'mine', category: 'closing' })).total).toBe(7);
    const page = await repo.list({ source: 'mine', offset: 5, limit: 5 });
    expect(page.total).toBe(8);
    expect(page.items).toHaveLength(3);
    expect((await repo.list({ query: 'gq' })).items.map((t) => t.title)).toEqual(['共情']);
    const used = (await repo.list({ query: '结束语3' })).items[0]!;
    await repo.recordUsage(used.id);
    expect((await repo.list({ sort: 'usage', limit: 1 })).items[0]?.id).toBe(used.id);
    expect((await repo.list({ sort: 'updated', limit: 1 })).items[0]?.title).toBe('包结束语');
    const stats = await repo.stats();
    expect(stats).toMatchObject({ total: 9, mine: 8, pack: 1, uses: 1 });
    expect(stats.byCategory.closing).toBe(8);
    expect((await repo.tags())[0]).toBe('常用');
  });

  it('sees writes made through another repository over the same database', async () => {
    const other = new TemplateRepository(db, { now: () => clock });
    expect(await repo.search('结束')).toEqual([]);
    const t = await other.create(closing);
    expect((await repo.search('结束')).map((x) => x.id)).toEqual([t.id]);
    await other.recordUsage(t.id);
    expect((await repo.search('结束'))[0]?.usageCount).toBe(1);
  });
});
