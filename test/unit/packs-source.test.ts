import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/pack';
import { PackSourceError, packFromSource, parseTemplateFile } from '../../lib/packs/source';

const MANIFEST = JSON.stringify({ id: 'hospital-a.standard', name: '甲医院标准话术', publisher: '甲医院', version: '1.0.0' });
const BLOOD = '---\ntitle: 门诊抽血\ncategory: referral-reason\nlanguage: zh\ntags: 转诊，抽血, 门诊\nshortcut: cx\n---\n建议到门诊抽血查肝肾功能。\n第二行。\n\n';

describe('pack source folder', () => {
  it('reads front matter and keeps the body as written, id from the file name', () => {
    const { template, problems } = parseTemplateFile('referral-blood.md', BLOOD);
    expect(problems).toEqual([]);
    expect(template).toEqual({ id: 'referral-blood', title: '门诊抽血', category: 'referral-reason', language: 'zh', tags: ['转诊', '抽血', '门诊'], shortcut: 'cx', body: '建议到门诊抽血查肝肾功能。\n第二行。' });
  });

  it('builds a pack with templates ordered by file name', () => {
    const pack = packFromSource(new Map([['pack.json', MANIFEST], ['templates/b.md', BLOOD], ['templates/a.md', '---\ntitle: 结束语\ncategory: closing\nlanguage: zh\n---\n有问题再联系我。'], ['README.txt', 'ignored']]));
    expect(pack).toMatchObject({ format: 1, id: 'hospital-a.standard', version: '1.0.0' });
    expect(pack.templates?.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('lists every problem with its file at once', () => {
    const files = new Map([
      ['pack.json', JSON.stringify({ id: 'Bad Id', name: 'x', publisher: 'y', version: 'one' })],
      ['templates/x.md', 'no front matter'],
      ['templates/y.md', '---\ntitel: typo\n---\nbody'],
    ]);
    try {
      packFromSource(files);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackSourceError);
      const text = (e as PackSourceError).problems.join('\n');
      expect(text).toMatch(/pack\.json: id/);
      expect(text).toMatch(/pack\.json: version/);
      expect(text).toMatch(/templates\/x\.md: must start with a front-matter/);
      expect(text).toMatch(/templates\/y\.md:2: unknown front-matter key "titel"/);
    }
  });

  it('names the template file whose content is invalid', () => {
    const files = new Map([['pack.json', MANIFEST], ['templates/z.md', '---\ntitle: t\ncategory: nonsense\nlanguage: zh\n---\nbody']]);
    expect(() => packFromSource(files)).toThrow(/templates\/z\.md: category/);
  });
});

describe('npm run pack (keygen → build → verify)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs a folder into a pack that verifies, and refuses it once tampered or with another key', async () => {
    mkdirSync(join(dir, 'src/templates'), { recursive: true });
    writeFileSync(join(dir, 'src/pack.json'), MANIFEST);
    writeFileSync(join(dir, 'src/templates/blood.md'), BLOOD);
    expect(await main(['keygen', '--out', join(dir, 'keys')])).toBe(0);
    expect(statSync(join(dir, 'keys/pack-signing-key.json')).mode & 0o077).toBe(0);
    expect(await main(['keygen', '--out', join(dir, 'keys')])).toBe(2); // never overwrites a key
    expect(await main(['keygen', '--out', join(dir, 'other')])).toBe(0);
    const packPath = join(dir, 'standard.json');
    expect(await main(['build', join(dir, 'src'), '--out', packPath, '--key', join(dir, 'keys/pack-signing-key.json')])).toBe(0);
    expect(await main(['verify', packPath, '--key', join(dir, 'keys/pack-signing-key.pub')])).toBe(0);
    expect(await main(['verify', packPath, '--key', readFileSync(join(dir, 'keys/pack-signing-key.pub'), 'utf8').trim()])).toBe(0);
    expect(await main(['verify', packPath, '--key', join(dir, 'other/pack-signing-key.pub')])).toBe(1);
    writeFileSync(packPath, readFileSync(packPath, 'utf8').replace('肝肾功能', '血常规'));
    expect(await main(['verify', packPath, '--key', join(dir, 'keys/pack-signing-key.pub')])).toBe(1);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toContain('Bad signature');
  });

  it('reports source problems and usage errors with distinct exit codes', async () => {
    mkdirSync(join(dir, 'src'), { recursive: true });
    expect(await main(['keygen', '--out', dir])).toBe(0);
    expect(await main(['build', join(dir, 'src'), '--out', join(dir, 'p.json'), '--key', join(dir, 'pack-signing-key.json')])).toBe(1);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toContain('pack.json: missing');
    expect(await main(['build'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
  });
});
