import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  TemplateDb,
  TemplateRepository,
  declareV1,
  describeIssue,
  exportTemplates,
  extractVariables,
  fillVariables,
  firstDrugName,
  parseImport,
  pinyinKeys,
  rankTemplates,
  searchKeysFor,
  type Searchable,
  type Template,
  type TemplateRowV1,
} from '../../lib/templates';
import { ConversationSchema } from '../../lib/conversation';

let n = 0;
function template(over: Partial<Template>): Template {
  n++;
  return {
    id: `t${n}`,
    title: `模板${n}`,
    body: '内容',
    category: 'other',
    tags: [],
    shortcut: '',
    language: 'zh',
    variables: [],
    source: { kind: 'mine' },
    locked: false,
    createdAt: 0,
    updatedAt: 0,
    usageCount: 0,
    ...over,
  };
}
const searchable = (t: Template): Searchable => ({ template: t, keys: searchKeysFor(t) });

describe('search ranking', () => {
  it('computes pinyin keys from Han characters, simplified or traditional', () => {
    expect(pinyinKeys('门诊复诊')).toEqual({ full: 'menzhenfuzhen', initials: 'mzfz' });
    expect(pinyinKeys('門診')).toEqual({ full: 'menzhen', initials: 'mz' });
    expect(pinyinKeys('ok 50mg')).toEqual({ full: '', initials: '' });
  });

  const clinic = template({ title: '今天出门诊', body: '晚些回复您', shortcut: 'cmz' });
  const referral = template({ title: '门诊抽血', body: '建议到门诊抽血查肝肾功能' });
  const closing = template({ title: '结束语', body: '若还有疑问可继续联系我', shortcut: 'mz' });
  const bodyOnly = template({ title: '其他', body: '下周再来门诊看看' });
  const english = template({ title: 'Clinic visit', body: 'Please book a clinic visit', language: 'en', shortcut: 'clinic' });
  const all = [clinic, referral, closing, bodyOnly, english].map(searchable);
  const ids = (ts: Template[]) => ts.map((t) => t.id);

  it('puts an exact shortcut first, then title initials, then body initials', () => {
    expect(ids(rankTemplates(all, 'mz'))).toEqual([closing.id, referral.id, clinic.id, bodyOnly.id]);
  });

  it('finds by full pinyin, by prefix of pinyin, and by characters', () => {
    expect(ids(rankTemplates(all, 'menzhen')).slice(0, 2)).toEqual([referral.id, clinic.id]);
    expect(ids(rankTemplates(all, 'chou'))).toEqual([referral.id]);
    expect(ids(rankTemplates(all, '门诊'))).toEqual([referral.id, clinic.id, bodyOnly.id]);
    expect(ids(rankTemplates(all, '門診'))).toEqual([referral.id, clinic.id, bodyOnly.id]);
    expect(ids(rankTemplates(all, '肝肾'))).toEqual([referral.id]);
  });

  it('needs every token to match, ignores the palette trigger, and matches English text', () => {
    expect(ids(rankTemplates(all, 'mz 抽血'))).toEqual([referral.id]);
    expect(ids(rankTemplates(all, '/cmz'))).toEqual([clinic.id]);
    expect(ids(rankTemplates(all, 'CLINIC'))).toEqual([english.id]);
    expect(rankTemplates(all, 'zzzz')).toEqual([]);
  });

  it('breaks ties by usage, prefers the asked language, and lists the most used for an empty query', () => {
    const a = template({ title: '共情一', usageCount: 1 });
    const b = template({ title: '共情二', usageCount: 5 });
    const e = template({ title: '共情 en', language: 'en', usageCount: 9 });
    const items = [a, b, e].map(searchable);
    expect(ids(rankTemplates(items, 'gq'))).toEqual([e.id, b.id, a.id]);
    expect(ids(rankTemplates(items, '共情', { language: 'zh' }))).toEqual([b.id, a.id, e.id]);
    expect(ids(rankTemplates(items, '', { limit: 2 }))).toEqual([e.id, b.id]);
  });
});

it('keeps the same top results whether the ranking is bounded (palette) or full (list)', () => {
  const words = ['门诊', '复诊', '抽血', '睡眠', '情绪', '挂号'];
  const items = Array.from({ length: 300 }, (_, i) =>
    searchable(
      template({
        title: `${words[i % 6]}${words[(i * 5) % 6]}`,
        body: `${words[(i * 7) % 6]}内容`,
        shortcut: i % 10 === 0 ? 'mz' : '',
        usageCount: (i * 37) % 11,
        lastUsedAt: i,
      }),
    ),
  );
  for (const q of ['mz', 'menzhen', '门诊', 'fz', '', '抽血 sm']) {
    const full = rankTemplates(items, q, { limit: Number.POSITIVE_INFINITY });
    expect(rankTemplates(items, q, { limit: 12 }).map((t) => t.id), q).toEqual(full.slice(0, 12).map((t) => t.id));
  }
});

describe('variables', () => {
  const conversation = ConversationSchema.parse({
    now: '2026-11-20T12:00:00+08:00',
    patient: { name: '王女士', medications: '舍曲林 50mg 每日一次，奥氮平 2.5mg' },
    department: '心理科',
    messages: [],
    draft: '',
  });

  it('lists the variables a body uses, once each, in order', () => {
    expect(extractVariables('{{患者称呼}}您好，{{药名}}…{{ 患者称呼 }} {{复诊时间}}')).toEqual(['患者称呼', '药名', '复诊时间']);
    expect(extractVariables('没有变量 {{}} {单}')).toEqual([]);
  });

  it('fills what the conversation says and reports the rest as missing', () => {
    const r = fillVariables('{{患者称呼}}您好，{{药名}}继续吃，{{复诊时间}}来{{科室}}复诊。', conversation);
    expect(r.text).toBe('王女士您好，舍曲林继续吃，{{复诊时间}}来心理科复诊。');
    expect(r.missing).toEqual(['复诊时间']);
  });

  it('takes the values the doctor typed first, and knows English aliases', () => {
    const r = fillVariables('{{patientName}}: {{复诊时间}} {{日期}} {{自定义}}', conversation, { 复诊时间: '两周后', 自定义: 'x' });
    expect(r).toEqual({ text: '王女士: 两周后 2026-11-20 x', missing: [], values: { patientName: '王女士', 复诊时间: '两周后', 日期: '2026-11-20', 自定义: 'x' } });
  });

  it('reports everything missing without a conversation', () => {
    expect(fillVariables('{{药名}}', undefined).missing).toEqual(['药名']);
    expect(firstDrugName('  ')).toBeUndefined();
    expect(firstDrugName('Sertraline 50mg daily')).toBe('Sertraline');
  });
});

describe('import and export', () => {
  const good = { title: '结束语', body: '再联系', category: 'closing', language: 'zh' };

  it('accepts its own export and a bare array', () => {
    const file = exportTemplates([template({ title: '结束语', usageCount: 3 })], new Date(0));
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok && parsed.templates[0]).toMatchObject({ title: '结束语', usageCount: 3, tags: [], shortcut: '' });
    expect(parseImport([good]).ok).toBe(true);
  });

  it('names every bad entry with its position, title, field and reason', () => {
    const parsed = parseImport([
      good,
      { ...good, title: '没有正文', body: '' },
      { ...good, category: 'gossip' },
      { ...good, id: 'x' },
      { ...good, id: 'x', title: '重复' },
      'not an object',
      { ...good, extra: 1 },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = parsed.issues.map((i) => describeIssue(i, 'zh'));
    expect(lines).toContain('第 2 条「没有正文」 body: body is empty');
    expect(parsed.issues.map((i) => [i.entry, i.path])).toEqual([
      [2, 'body'],
      [3, 'category'],
      [5, 'id'],
      [6, ''],
      [7, ''],
    ]);
    expect(parsed.issues[2]?.reason).toBe('same id as entry 4');
  });

  it('rejects files that are not JSON or not a template file', () => {
    expect(parseImport('{oops')).toMatchObject({ ok: false, issues: [{ entry: 0 }] });
    expect(parseImport({ format: 'other', templates: [] })).toMatchObject({ ok: false });
    expect(parseImport([])).toMatchObject({ ok: false, issues: [{ path: 'templates' }] });
  });

  it('writes nothing unless the whole import is valid, and round-trips an export', async () => {
    const db = new TemplateDb('io-test');
    const repo = new TemplateRepository(db);
    const result = await repo.importTemplates([good, { ...good, body: '' }]);
    expect(result.ok).toBe(false);
    expect(await db.templates.count()).toBe(0);

    const created = await repo.importTemplates([good, { ...good, title: '第二条', id: 'keep-me', usageCount: 4 }]);
    expect(created).toEqual({ ok: true, created: 2, updated: 0 });
    const file = await repo.exportMine();
    expect(file.templates.map((t) => t.title).sort()).toEqual(['第二条', '结束语']);
    // Re-importing the export updates by id instead of duplicating those with ids.
    const again = await repo.importTemplates(file);
    expect(again).toEqual({ ok: true, created: 0, updated: 2 });
    expect((await repo.get('keep-me'))?.usageCount).toBe(4);

    await repo.replacePackTemplates('p', '1', [{ key: 'k', ...good, category: 'closing', language: 'zh' }]);
    const locked = await repo.importTemplates([{ ...good, id: 'pack:p:k' }]);
    expect(locked).toMatchObject({ ok: false, issues: [{ entry: 1, path: 'id' }] });
    expect((await repo.get('pack:p:k'))?.locked).toBe(true);
    db.close();
    await db.delete();
  });
});

describe('migrations', () => {
  it('upgrades a v1 database: usage starts at zero, search keys are computed, data kept', async () => {
    const name = 'migration-test';
    const v1 = new Dexie(name);
    declareV1(v1);
    const row: TemplateRowV1 = {
      id: 'old-1',
      title: '门诊复诊',
      body: '{{复诊时间}}来门诊',
      category: 'follow-up',
      tags: ['老模板'],
      shortcut: 'fz',
      language: 'zh',
      variables: ['复诊时间'],
      source: { kind: 'mine' },
      locked: false,
      createdAt: 1,
      updatedAt: 2,
    };
    await v1.table('templates').add(row);
    v1.close();

    const db = new TemplateDb(name);
    const repo = new TemplateRepository(db);
    const migrated = await db.templates.get('old-1');
    expect(migrated).toMatchObject({ ...row, usageCount: 0 });
    expect(migrated?.keys.titleInitials).toBe('mzfz');
    expect(db.verno).toBe(2);
    expect((await repo.search('mzfz')).map((t) => t.id)).toEqual(['old-1']);
    await repo.recordUsage('old-1');
    expect((await repo.byCategory('follow-up', 'zh')).map((t) => t.usageCount)).toEqual([1]);
    db.close();
    await db.delete();
  });
});
