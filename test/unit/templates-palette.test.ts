import { expect, it } from 'vitest';
import { opensPaletteAfter } from '../../lib/templates/trigger';
import { uiLanguageOf, CATEGORY_LABEL, statsLine } from '../../components/options/i18n';
import { TEMPLATE_CATEGORIES } from '../../lib/findings';

it('opens the palette on / at a word start, never inside 1/2 or mg/d or a URL', () => {
  for (const before of [undefined, ' ', '\n', '。', '，', '好', '(']) expect(opensPaletteAfter(before), String(before)).toBe(true);
  for (const before of ['1', 'g', 'D', '.', '/', ':']) expect(opensPaletteAfter(before), before).toBe(false);
});

it('shows the options page in Chinese unless the browser language is English', () => {
  expect(uiLanguageOf('zh-CN')).toBe('zh');
  expect(uiLanguageOf('zh-TW')).toBe('zh');
  expect(uiLanguageOf(undefined)).toBe('zh');
  expect(uiLanguageOf('en-US')).toBe('en');
  expect(uiLanguageOf('en')).toBe('en');
  expect(uiLanguageOf('fr')).toBe('zh');
  for (const c of TEMPLATE_CATEGORIES) expect(CATEGORY_LABEL[c].zh).toMatch(/\p{Script=Han}/u);
  expect(statsLine('zh', { total: 3, uses: 5, mine: 2, pack: 1 })).toBe('共 3 个模板 · 累计使用 5 次 · 我的 2 · 模板包 1');
});
