// Sentence and clause splitting with offsets. Chinese patients write run-on text joined with
// commas, so clauses (split at ，,、；) matter as much as sentences.

export interface Span {
  text: string;
  start: number;
  end: number;
}

// A half-width "." ends a sentence before a space or the end, and also before a Han character:
// Chinese typed in half-width mode stops with "." ("吃药了.还是睡不着"). Not after a digit:
// "1.在家观察" numbers a list item, "0.5mg" is a decimal. Between two words, a stop without its
// space still ends a sentence ("…for more comment.Hope this helps"), as typed in a hurry.
const HALF_WIDTH_STOP = String.raw`(?<!\d)\.+(?=\s|$|\p{Script=Han})|\.(?=\s|$)|(?<=[a-z]{2})[.!?](?=[a-z]{2})`;
const SENTENCE_END = new RegExp(String.raw`[。！？!?；;\n…]+|${HALF_WIDTH_STOP}`, 'gu');
const CLAUSE_END = new RegExp(String.raw`[。！？!?；;\n…，,、：:]+|${HALF_WIDTH_STOP}`, 'gu');

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
