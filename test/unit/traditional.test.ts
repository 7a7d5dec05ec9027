import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
import { DRUGS } from '../../lib/text/lexicon';
import { normalize } from '../../lib/text/normalize';
import { T2S_TABLE } from '../../lib/text/t2s-table';
import { buildT2sTable } from '../tools/gen-t2s';
import { casesChangedBy } from '../tools/rewrite';

// Doctors in Taiwan and Hong Kong write traditional Chinese. The real consultations, converted
// by OpenCC (the reference converter, a dev dependency), must draw exactly the findings the
// simplified originals draw, quoting the traditional text at the same offsets.

const phraseModules = import.meta.glob<Record<string, unknown>>('../../lib/rules/*.phrases.ts', { eager: true });

/** Every Chinese phrase of the rules' lists and the lexicon's Chinese drug names. */
function chinesePhrases(): string[] {
  const out: string[] = DRUGS.flatMap((d) => d.zh);
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/\p{Script=Han}/u.test(v)) out.push(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && !(v instanceof RegExp)) Object.values(v).forEach(visit);
  };
  Object.values(phraseModules).forEach(visit);
  return out;
}

describe('traditional Chinese', () => {
  const cases = loadDevSet().cases.filter((c) => c.language === 'zh');

  it.each(['tw', 'hk'] as const)('draws the same findings on the real zh set converted to %s', (to) => {
    const convert = OpenCC.Converter({ from: 'cn', to });
    expect(cases.length).toBe(300);
    expect(casesChangedBy(cases, convert)).toEqual([]);
  });

  it('leaves simplified text as it is: no phrase the rules match changes under normalize()', () => {
    const phrases = chinesePhrases();
    expect(phrases.length).toBeGreaterThan(500);
    expect(phrases.filter((p) => normalize(p) !== p.toLowerCase())).toEqual([]);
  });

  it('maps Taiwan and Hong Kong forms, one character each', () => {
    expect(normalize('醫師說這個藥要規律服用，別擔心，祝早日康復')).toBe('医师说这个药要规律服用,别担心,祝早日康复');
    expect(normalize('反覆就去覆診')).toBe('反复就去复诊');
    // 覆 stays where it is simplified too.
    expect(normalize('覆盖')).toBe('覆盖');
    for (const text of ['裡', '為', '衞', '綫']) expect(normalize(text)).toHaveLength(1);
  });

  it('keeps the generated table in step with OpenCC (npm run gen:t2s)', () => {
    expect(buildT2sTable().table).toBe(T2S_TABLE);
  });

  it('holds no character outside the BMP: normalize() maps UTF-16 code units one for one', () => {
    // Without the u flag the class reads code units, so a surrogate pair would match.
    expect(T2S_TABLE).not.toMatch(/[\uD800-\uDFFF]/);
    // An astral character in a text passes through whole.
    expect(normalize('𠮷A兒')).toBe('𠮷a儿');
  });
});
