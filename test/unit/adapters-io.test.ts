import { describe, expect, it } from 'vitest';
import { exportAdapters, isMatchPattern, listAdapters, mergeAdapters, parseAdapterImport } from '../../lib/adapters/io';
import { DEMO_ADAPTER, SiteAdapterSchema, type SiteAdapter } from '../../lib/adapters/schema';
import type { PacksState } from '../../lib/packs/state';
import { describeIssue } from '../../lib/templates/io';
import { ALT_ADAPTER_INPUT } from '../fixtures/adapters';

// Site adapters as JSON files: export, and an import validated whole, naming every bad entry.

const alt = SiteAdapterSchema.parse(ALT_ADAPTER_INPUT);
const other: SiteAdapter = { ...alt, id: 'hospital', name: '医院问诊台', matches: ['https://*.hospital.cn/consult/*'] };

describe('export and import', () => {
  it('round-trips adapters through the file, in order', () => {
    const file = exportAdapters([alt, other]);
    expect(JSON.parse(file)).toMatchObject({ replycheck: 'site-adapters', version: 1 });
    expect(parseAdapterImport(file)).toEqual({ ok: true, adapters: [alt, other] });
  });

  it('accepts a bare adapter, a bare array, or parsed JSON', () => {
    expect(parseAdapterImport(JSON.stringify(alt))).toEqual({ ok: true, adapters: [alt] });
    expect(parseAdapterImport(JSON.stringify([alt, other]))).toEqual({ ok: true, adapters: [alt, other] });
    expect(parseAdapterImport([alt])).toEqual({ ok: true, adapters: [alt] });
  });

  it('fills defaults the file may leave out (send key Enter)', () => {
    const { sendKeys: _omit, ...rest } = alt;
    const result = parseAdapterImport([rest]);
    expect(result.ok && result.adapters[0]?.sendKeys).toEqual(['Enter']);
  });

  it('names every bad entry with its field and reason, and returns no adapters at all', () => {
    const { draft: _noDraft, ...noDraft } = { ...alt, id: 'no-draft', name: '缺回复框' };
    const result = parseAdapterImport(
      JSON.stringify({
        replycheck: 'site-adapters',
        version: 1,
        adapters: [
          alt,
          noDraft,
          { ...alt, id: 'bad-key', name: '错误发送键', sendKeys: ['Space'] },
          { ...alt, id: 'bad-pattern', name: '错误网址', matches: ['consult.example.com', 'https://ok.example.com/*'] },
          { ...alt, name: '重复' },
          { ...alt, id: 'demo-console', name: '冒充内置' },
          'not an object',
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const by = (entry: number) => result.issues.filter((i) => i.entry === entry);
    expect(by(1)).toEqual([]);
    expect(by(2)).toEqual([expect.objectContaining({ title: '缺回复框', path: 'draft' })]);
    expect(by(3)).toEqual([expect.objectContaining({ title: '错误发送键', path: 'sendKeys.0' })]);
    expect(by(4)).toEqual([expect.objectContaining({ title: '错误网址', path: 'matches.0', reason: expect.stringContaining('consult.example.com') })]);
    expect(by(5)).toEqual([expect.objectContaining({ title: '重复', path: 'id', reason: 'same id as entry 1' })]);
    expect(by(6)).toEqual([expect.objectContaining({ title: '冒充内置', path: 'id' })]);
    expect(by(7)).toHaveLength(1);
    expect(by(7)[0]).not.toHaveProperty('title');
    expect(describeIssue(by(2)[0]!, 'zh')).toMatch(/^第 2 条「缺回复框」 draft: /);
    expect(describeIssue(by(4)[0]!, 'en')).toMatch(/^Entry 4 “错误网址” matches\.0: not a URL match pattern/);
  });

  it('refuses what is not an adapter file at all', () => {
    const notJson = parseAdapterImport('{not json');
    expect(notJson).toMatchObject({ ok: false, issues: [{ entry: 0, reason: expect.stringMatching(/^not JSON/) }] });
    expect(parseAdapterImport(JSON.stringify({ replycheck: 'templates', version: 1, adapters: [alt] }))).toMatchObject({
      ok: false,
      issues: [{ entry: 0, path: 'replycheck' }],
    });
    expect(parseAdapterImport('[]')).toMatchObject({ ok: false, issues: [{ entry: 0, reason: 'no adapters in the file' }] });
    expect(parseAdapterImport('42')).toMatchObject({ ok: false, issues: [{ entry: 0 }] });
    expect(parseAdapterImport(JSON.stringify(Array.from({ length: 501 }, (_, i) => ({ ...alt, id: `a${i}` }))))).toMatchObject({
      ok: false,
      issues: [{ entry: 0, reason: 'at most 500 adapters per file' }],
    });
  });
});

it('knows a URL match pattern from a plain address', () => {
  for (const ok of ['<all_urls>', 'https://*.example.com/consult/*', 'http://127.0.0.1/', '*://a.cn/*', 'file:///tmp/*'])
    expect(isMatchPattern(ok), ok).toBe(true);
  for (const bad of ['consult.example.com', 'https://a.cn', 'ftp://a.cn/*', 'https://a*.cn/*', 'http://127.0.0.1:8080/*', ''])
    expect(isMatchPattern(bad), bad).toBe(false);
});

it('merges an import over the doctor’s adapters: the new ones first, same ids replaced', () => {
  const renamed = { ...alt, name: 'Alt v2' };
  expect(mergeAdapters([alt, other], [renamed]).map((a) => `${a.id}:${a.name}`)).toEqual(['alt:Alt v2', 'hospital:医院问诊台']);
  expect(mergeAdapters([], [alt])).toEqual([alt]);
});

it('lists the doctor’s adapters, then packs’ and policy’s, then the built-in one, with their source', () => {
  const fromPack = { ...alt, id: 'pack-adapter', name: 'From pack' };
  const fromPolicy = { ...alt, id: 'policy-adapter', name: 'From policy' };
  const installed = {
    'clinic-pack': { pack: { name: '门诊模板包', siteAdapters: [fromPack] } },
  } as unknown as PacksState['installed'];
  const rows = listAdapters([other], [fromPolicy, fromPack], installed);
  expect(rows.map((r) => [r.adapter.id, r.source, r.packName])).toEqual([
    ['hospital', 'mine', undefined],
    ['policy-adapter', 'policy', undefined],
    ['pack-adapter', 'pack', '门诊模板包'],
    [DEMO_ADAPTER.id, 'builtin', undefined],
  ]);
});
