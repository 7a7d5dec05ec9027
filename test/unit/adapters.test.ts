import { describe, expect, it } from 'vitest';
import {
  DEMO_ADAPTER,
  SiteAdapterSchema,
  adapterFor,
  attachmentKind,
  matchesPattern,
} from '../../lib/adapters/schema';
import { addCount, readCounts, readSiteSettings, siteActive } from '../../lib/adapters/page-settings';
import { ALT_ADAPTER_INPUT } from '../fixtures/adapters';

const alt = SiteAdapterSchema.parse(ALT_ADAPTER_INPUT);

describe('URL matching', () => {
  it('matches scheme, host (ignoring the port) and path wildcards', () => {
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:5173/any/page?x=1')).toBe(true);
    expect(matchesPattern('https://*.example.com/consult/*', 'https://doc.example.com/consult/42')).toBe(true);
    expect(matchesPattern('https://*.example.com/consult/*', 'https://example.com/consult/42')).toBe(true);
    expect(matchesPattern('https://*.example.com/consult/*', 'https://evil-example.com/consult/42')).toBe(false);
    expect(matchesPattern('https://*.example.com/consult/*', 'https://doc.example.com/other')).toBe(false);
    expect(matchesPattern('*://a.cn/*', 'ftp://a.cn/x')).toBe(false);
    expect(matchesPattern('not a pattern', 'https://a.cn/')).toBe(false);
    expect(matchesPattern('<all_urls>', 'https://a.cn/')).toBe(true);
  });

  it('the demo adapter takes the console and its scenarios but not the other layout', () => {
    expect(adapterFor('http://127.0.0.1:4000/', [])?.id).toBe('demo-console');
    expect(adapterFor('http://127.0.0.1:4000/?scenario=late-reply&lang=en', [])?.id).toBe('demo-console');
    expect(adapterFor('http://127.0.0.1:4000/alt.html?scenario=x', [])).toBeUndefined();
    expect(adapterFor('https://consult.example.com/', [])).toBeUndefined();
  });

  it("the doctor's own adapters come before the built-in one", () => {
    expect(adapterFor('http://127.0.0.1:4000/alt.html?scenario=x', [alt])?.id).toBe('alt');
    const everywhere = { ...alt, id: 'mine', matches: ['http://127.0.0.1/*'] };
    expect(adapterFor('http://127.0.0.1:4000/', [everywhere])?.id).toBe('mine');
  });
});

describe('attachment kind', () => {
  it('reads the kind from caption, file name or alt text', () => {
    expect(attachmentKind('处方', '处方.jpg')).toBe('prescription');
    expect(attachmentKind(undefined, 'IMG_2024.png', '處方箋')).toBe('prescription');
    expect(attachmentKind('Prescription')).toBe('prescription');
    expect(attachmentKind('血常规报告')).toBe('lab-report');
    expect(attachmentKind('出院小结')).toBe('medical-record');
    expect(attachmentKind('IMG_0001.jpg')).toBe('other');
  });
});

describe('schema', () => {
  it('defaults the send key to Enter', () => {
    const { sendKeys: _omit, ...rest } = alt;
    expect(SiteAdapterSchema.parse(rest).sendKeys).toEqual(['Enter']);
  });
});

describe('page settings', () => {
  it('counts only numbers and reads junk as zero', () => {
    const counts = addCount(addCount(readCounts(undefined), 'held'), 'held');
    expect(counts).toEqual({ checked: 0, held: 2, fixed: 0, sentAnyway: 0 });
    expect(readCounts({ held: 'lots' })).toEqual({ checked: 0, held: 0, fixed: 0, sentAnyway: 0 });
  });

  it('is on for the demo console by default, off when paused or switched off, and on elsewhere only when enabled', () => {
    const none = readSiteSettings(undefined);
    expect(siteActive(none, 'http://127.0.0.1:4000')).toBe(true);
    expect(siteActive(none, 'https://consult.example.com')).toBe(false);
    expect(siteActive({ ...none, enabled: ['https://consult.example.com'] }, 'https://consult.example.com')).toBe(true);
    expect(siteActive({ ...none, paused: true }, 'http://127.0.0.1:4000')).toBe(false);
    expect(siteActive({ ...none, disabled: ['http://127.0.0.1:4000'] }, 'http://127.0.0.1:4000')).toBe(false);
  });
});
