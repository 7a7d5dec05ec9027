// Sentence and clause splitting with offsets. Chinese patients write run-on text joined with
// commas, so clauses (split at ，,、；) matter as much as sentences.

export interface Span {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n…]+|\.(?=\s|$)/gu;
const CLAUSE_END = /[。！？!?；;\n…，,、：:]+|\.(?=\s|$)/gu;

function splitBy(text: string, re: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
}

/** Sentences, each keeping its closing punctuation (so a question keeps its ？). */
export function splitSentences(text: string): Span[] {
  return splitBy(text, SENTENCE_END);
}

/** Clauses: sentences further split at commas and enumeration marks. */
export function splitClauses(text: string): Span[] {
  return splitBy(text, CLAUSE_END);
}
