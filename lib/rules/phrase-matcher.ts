import type { Language } from '../conversation';

// Phrase lists are data (one file per rule, zh and en); this turns a list into one regular
// expression compiled once, so the rules never scatter regexes through their code.
//
// Phrase syntax, kept tiny on purpose so lists stay readable by doctors and pack authors:
//   "不用*担心"  `*` stands for up to 4 characters inside one clause (不用太担心, 不用过于担心)
//   "how much~ do you take"  `~` stands for up to three English words (how much sertraline
//   do you take); `*` is too short for a drug's name
//   "{不用|别}*{担心|紧张}"  braces hold alternatives: one phrase instead of every pairing,
//   which also keeps the compiled expression small and fast
//   "see a doctor"  English phrases match on word boundaries, case-insensitively (the text
//   they run on is normalised: lower-case, half-width, simplified).

export interface PhraseLists {
  zh: readonly string[];
  en: readonly string[];
}

const GAP = '[^。！？!?，,；;\\n]{0,4}';
const WORD_GAP = '(?:\\s+[^\\s.,;!?。！？，；]+){0,3}';

/** A phrase's characters as a regex; an apostrophe may be left out, as phones type it ("dont",
 *  "im sorry"). */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "'?");
}

const HAN_CHAR = /\p{Script=Han}/u;
const HAN_SPACED = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;
/** A space a patient typed between words ("不想 活了", "胸口 疼"), allowed between two Han
 *  characters of a phrase when the list is compiled `spaced`. */
const HAN_SPACE = '[ \\t\\u3000]?';

/** `text` as a literal; `spaced`, with HAN_SPACE between Han characters (and before the first
 *  one when a Han character comes right before it). */
function literal(text: string, spaced: boolean, afterHan: boolean): { source: string; endsHan: boolean } {
  let source = '';
  let prev = afterHan;
  for (const ch of text) {
    const han = HAN_CHAR.test(ch);
    if (spaced && han && prev) source += HAN_SPACE;
    source += escape(ch);
    prev = han;
  }
  return { source, endsHan: prev };
}

function phraseSource(phrase: string, spaced = false): string {
  let body = '';
  let afterHan = false;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string;
    const close = ch === '{' ? phrase.indexOf('}', i) : -1;
    if (ch === '*') {
      body += GAP;
      afterHan = false;
    } else if (ch === '~') {
      body += WORD_GAP;
      afterHan = false;
    } else if (close > i) {
      const alternatives = phrase.slice(i + 1, close).split('|').map((a) => literal(a, spaced, afterHan));
      body += `(?:${alternatives.map((a) => a.source).join('|')})`;
      afterHan = alternatives.every((a) => a.endsHan);
      i = close;
    } else {
      const one = literal(ch, spaced, afterHan);
      body += one.source;
      afterHan = one.endsHan;
    }
  }
  const wordStart = /^[a-z0-9]/.test(phrase) ? '\\b' : '';
  // A closing brace ends on its alternatives: "if you {can|want}" must not match "if you cannot".
  const lastAlternatives = /\{([^{}]*)\}$/.exec(phrase)?.[1]?.split('|');
  const endsOnWord = lastAlternatives ? lastAlternatives.every((a) => /[a-z0-9]$/.test(a)) : /[a-z0-9]$/.test(phrase);
  const wordEnd = endsOnWord ? '\\b' : '';
  return wordStart + body + wordEnd;
}

/** What is wrong with a phrase's syntax, if anything: braces hold plain alternatives, so a
 *  brace inside braces, or one left open or never opened, would compile to something else
 *  than it reads. Checked where phrases come from outside (packs) and over the built-in lists. */
export function phraseProblem(phrase: string): string | undefined {
  let open = false;
  for (const ch of phrase) {
    if (ch === '{') {
      if (open) return 'a "{" inside braces: alternatives cannot nest';
      open = true;
    } else if (ch === '}') {
      if (!open) return 'a "}" with no "{" before it';
      open = false;
    }
  }
  return open ? 'a "{" never closed' : undefined;
}

/** One global regex matching any phrase of the list; never matches when the list is empty.
 *  `spaced`: a space may stand between two Han characters of a phrase. */
export function compilePhrases(phrases: readonly string[], spaced = false): RegExp {
  const parts = phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0).map((p) => phraseSource(p, spaced));
  // Longest first so the quoted evidence is the fullest phrase.
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu');
}

export interface PhraseHit {
  start: number;
  end: number;
}

/** The first hit of `re` in `text` at or after `from`, if any. */
export function firstHit(re: RegExp, text: string, from = 0): PhraseHit | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Every hit of `re` in `text`. */
export function allHits(re: RegExp, text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

/** Compiled per-language matchers for a list, plus a cache for the extra phrases a pack or
 *  policy adds at run time (compiled once per distinct extra list, not per check). */
export class PhraseMatcher {
  private readonly base: Record<Language, RegExp>;
  private readonly lists: PhraseLists;
  private readonly extended = new Map<string, RegExp>();

  private readonly spaced: boolean;
  private readonly plain: Record<Language, RegExp>;

  /** `spaced`: patients' words may be typed with spaces between them ("不想 活了"). */
  constructor(lists: PhraseLists, { spaced = false }: { spaced?: boolean } = {}) {
    this.lists = lists;
    this.spaced = spaced;
    this.base = { zh: compilePhrases(lists.zh, spaced), en: compilePhrases(lists.en, spaced) };
    this.plain = spaced ? { zh: compilePhrases(lists.zh), en: compilePhrases(lists.en) } : this.base;
  }

  /** The matcher for reading `text`: the spaced one only where a space stands between two Han
   *  characters (the plain one is faster, and nearly every message has none). */
  forText(language: Language, text: string): RegExp {
    if (!this.spaced || !HAN_SPACED.test(text)) return this.plain[language];
    return this.base[language];
  }

  /** The matcher for `language`, widened by `extra` phrases when there are any. Chinese
   *  text may quote English phrases and vice versa, so both lists apply to a mixed draft
   *  only through `extra`; the base list is the language's own. */
  for(language: Language, extra: readonly string[] = []): RegExp {
    if (extra.length === 0) return this.base[language];
    const key = language + '\u0000' + extra.join('\u0000');
    let re = this.extended.get(key);
    if (!re) {
      re = compilePhrases([...this.lists[language], ...extra], this.spaced);
      if (this.extended.size > 32) this.extended.clear();
      this.extended.set(key, re);
    }
    return re;
  }
}
