import { pinyin } from 'pinyin-pro';
import { normalize, isHan } from '../text/normalize';
import type { Template } from './schema';

// Search over the template library by text, shortcut and pinyin (full and initials: `mz`
// finds 门诊 templates). Keys are computed once at write time and stored beside the template
// (schema v2), so a search is plain substring tests over precomputed strings: no pinyin
// conversion on the query path, which keeps 10,000 templates well under 10 ms.

export interface SearchKeys {
  /** normalize()d title (lower-case, simplified). */
  title: string;
  shortcut: string;
  tags: string;
  body: string;
  /** Title pinyin without tones or spaces: 门诊复诊 → menzhenfuzhen. */
  titlePinyin: string;
  /** Title pinyin initials: 门诊复诊 → mzfz. */
  titleInitials: string;
  bodyPinyin: string;
  bodyInitials: string;
  /** Every key above joined by newlines: one substring test rejects most templates at once. */
  all: string;
}

/** Pinyin of the Han characters of a text, full and initials. Non-Han text has its own key. */
export function pinyinKeys(text: string): { full: string; initials: string } {
  const han = [...normalize(text)].filter(isHan).join('');
  if (!han) return { full: '', initials: '' };
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true });
  return {
    full: syllables.join('').toLowerCase(),
    initials: syllables.map((s) => s.charAt(0)).join('').toLowerCase(),
  };
}

export function searchKeysFor(t: Pick<Template, 'title' | 'body' | 'shortcut' | 'tags'>): SearchKeys {
  const title = pinyinKeys(t.title);
  const body = pinyinKeys(t.body);
  const keys = {
    title: normalize(t.title),
    shortcut: normalize(t.shortcut),
    tags: normalize(t.tags.join(' ')),
    body: normalize(t.body),
    titlePinyin: title.full,
    titleInitials: title.initials,
    bodyPinyin: body.full,
    bodyInitials: body.initials,
  };
  return { ...keys, all: Object.values(keys).join('\n') };
}

/** What search ranks: a template with its keys. */
export interface Searchable {
  template: Template;
  keys: SearchKeys;
}

export interface SearchOptions {
  limit?: number;
  /** Prefer templates in this language (they rank first at equal score, never hidden). */
  language?: Template['language'];
}

// Weights, best first: a doctor who types a shortcut means that template; a title hit beats
// a body hit; pinyin hits count a little less than the characters themselves.
const W = {
  shortcutExact: 1000,
  shortcutPrefix: 600,
  titlePrefix: 400,
  title: 300,
  titleInitialsPrefix: 260,
  titlePinyinPrefix: 240,
  titleInitials: 200,
  titlePinyin: 180,
  tags: 150,
  body: 100,
  bodyPinyin: 50,
  bodyInitials: 40,
} as const;

/** Pinyin matching only makes sense for Latin-letter tokens; initials need at least two. */
const LATIN = /^[a-z]+$/;

interface Token {
  text: string;
  /** Latin letters only: worth trying as pinyin. */
  latin: boolean;
}

function tokenScore(k: SearchKeys, { text: token, latin }: Token): number {
  // Every key is part of `all`: a token absent from it matches nowhere.
  if (!k.all.includes(token)) return 0;
  let score = 0;
  if (k.shortcut) {
    if (k.shortcut === token) score = Math.max(score, W.shortcutExact);
    else if (k.shortcut.startsWith(token)) score = Math.max(score, W.shortcutPrefix);
  }
  if (k.title.startsWith(token)) score = Math.max(score, W.titlePrefix);
  else if (k.title.includes(token)) score = Math.max(score, W.title);
  if (score >= W.title) return score;
  if (latin) {
    if (token.length >= 2) {
      if (k.titleInitials.startsWith(token)) score = Math.max(score, W.titleInitialsPrefix);
      else if (k.titleInitials.includes(token)) score = Math.max(score, W.titleInitials);
    }
    if (k.titlePinyin.startsWith(token)) score = Math.max(score, W.titlePinyinPrefix);
    else if (token.length >= 2 && k.titlePinyin.includes(token)) score = Math.max(score, W.titlePinyin);
    if (score > 0) return score;
  }
  if (k.tags.includes(token)) return W.tags;
  if (k.body.includes(token)) return W.body;
  if (latin && token.length >= 2) {
    if (token.length >= 3 && k.bodyPinyin.includes(token)) return W.bodyPinyin;
    if (k.bodyInitials.includes(token)) return W.bodyInitials;
  }
  return 0;
}

/** Split a query into tokens: every token must match somewhere. A leading `/` is the palette's
 *  trigger, not part of the query. */
export function queryTokens(query: string): string[] {
  return normalize(query.replace(/^\s*\//u, ''))
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

function byUsage(a: Template, b: Template): number {
  return b.usageCount - a.usageCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || b.updatedAt - a.updatedAt;
}

interface Scored {
  t: Template;
  score: number;
}
const better = (a: Scored, b: Scored): number => b.score - a.score || byUsage(a.t, b.t);

/** Rank templates for a query. An empty query lists the most used first. With a small limit
 *  (the palette's) only the best `limit` are kept while scanning: no sort of 10,000 hits. */
export function rankTemplates(items: readonly Searchable[], query: string, opts: SearchOptions = {}): Template[] {
  const tokens: Token[] = queryTokens(query).map((text) => ({ text, latin: LATIN.test(text) }));
  const limit = opts.limit ?? 20;
  const lang = opts.language;
  const bounded = limit <= 100;
  const kept: Scored[] = [];
  for (const item of items) {
    let score = 0;
    for (const token of tokens) {
      const s = tokenScore(item.keys, token);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (tokens.length > 0 && score === 0) continue;
    if (lang && item.template.language === lang) score += 1;
    const entry = { t: item.template, score };
    if (!bounded) {
      kept.push(entry);
      continue;
    }
    if (kept.length === limit && better(entry, kept[limit - 1] as Scored) >= 0) continue;
    // Insertion into the sorted top list (limit is small).
    let i = kept.length;
    while (i > 0 && better(entry, kept[i - 1] as Scored) < 0) i--;
    kept.splice(i, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  if (!bounded) kept.sort(better);
  return kept.slice(0, limit).map((s) => s.t);
}
