import type { Conversation, Language } from '../conversation';
import type { Finding, RuleId } from '../findings';

// The replies real doctors sent inside the dev threads, each checked as the draft of the thread
// before it. Unlabelled, so no precision comes of it; but these are replies doctors actually sent
// (many a first reply that asks before it answers), so a change that holds many more of them is a
// change to read before it lands.

/** Every doctor message that answers a patient message, as the draft of the thread up to it.
 *  Its id is the case's id and the message's index ("covid-zh-1345#1"); `now` is the reply's own
 *  time when it has one. Attachments stay: the data does not say when each was sent. */
export function replayedReplies(c: Conversation): Conversation[] {
  const out: Conversation[] = [];
  const { now: _now, ...rest } = c;
  c.messages.forEach((m, i) => {
    if (m.role !== 'doctor' || c.messages[i - 1]?.role !== 'patient') return;
    out.push({ ...rest, id: `${c.id ?? ''}#${i}`, messages: c.messages.slice(0, i), draft: m.text, ...(m.at ? { now: m.at } : {}) });
  });
  return out;
}

export interface ReplayRow {
  rule: RuleId;
  language: Language;
  replies: number;
  /** Replies the rule held (a warning or an error). */
  held: number;
}

/** How many of the replayed replies each rule holds, by language, in the order of `rules`. */
export function replayRows(checked: readonly { language: Language; findings: readonly Finding[] }[], rules: readonly RuleId[]): ReplayRow[] {
  const rows: ReplayRow[] = [];
  for (const rule of rules) {
    for (const language of ['zh', 'en'] as const) {
      const mine = checked.filter((c) => c.language === language);
      if (mine.length === 0) continue;
      const held = mine.filter((c) => c.findings.some((f) => f.rule === rule && f.severity !== 'info')).length;
      rows.push({ rule, language, replies: mine.length, held });
    }
  }
  return rows;
}

/** A Markdown table of the rows. */
export function replayTable(rows: readonly ReplayRow[]): string {
  return [
    '| rule | lang | replies | held | share |',
    '| --- | --- | --: | --: | --: |',
    ...rows.map((r) => `| ${r.rule} | ${r.language} | ${r.replies} | ${r.held} | ${(r.held / r.replies).toFixed(3)} |`),
  ].join('\n');
}
