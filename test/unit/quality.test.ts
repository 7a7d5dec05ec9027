import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
import type { Conversation } from '../../lib/conversation';
import type { Finding, Fix } from '../../lib/findings';
import { checkDraft } from '../../lib/engine';
import { score, scoreTable, type ScoredCase } from '../../lib/eval/score';
import { withFix } from './rules/helpers';

// Scores every rule on the real labelled consultations (../shared/data) and fails when a
// figure drops below the floor already reached. Raise the floors in quality-floors.json as
// the rules improve; never lower one to make a change pass.
const FloorsSchema = z.record(
  z.string(),
  z.object({ precision: z.number().optional(), recall: z.number().optional(), specificity: z.number().optional() }),
);
const floors = FloorsSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../quality-floors.json'), 'utf8')));

it('meets the precision/recall floors on the real dev set, per rule and language', () => {
  const { cases, labels } = loadDevSet();
  const scored: ScoredCase[] = cases.map((c) => {
    const label = labels.get(c.id ?? '');
    if (!label) throw new Error(`no label for ${c.id}`);
    return { id: c.id ?? '', language: c.language ?? 'zh', findings: checkDraft(c), label };
  });
  const scores = score(scored);
  console.log(`\n${scoreTable(scores)}\n`);
  const below: string[] = [];
  for (const s of scores) {
    const floor = floors[`${s.rule}/${s.language}`];
    if (!floor) continue;
    for (const metric of ['precision', 'recall', 'specificity'] as const) {
      const min = floor[metric];
      // NaN (no flags at all) counts as 0: a rule that stops firing must fail its recall floor.
      const value = Number.isNaN(s[metric]) ? 0 : s[metric];
      if (min !== undefined && value < min) below.push(`${s.rule}/${s.language} ${metric} ${value.toFixed(3)} < ${min}`);
    }
  }
  expect(below).toEqual([]);
});

/** Every finding that holds a send on a real dev draft, with its one-click fix. */
function* flaggedFixes(): Generator<{ c: Conversation; f: Finding; fix: Fix }> {
  for (const c of loadDevSet().cases) {
    for (const f of checkDraft(c)) {
      const fix = f.fixes[0];
      if (f.severity !== 'info' && fix) yield { c, f, fix };
    }
  }
}

it('settles what it flags with one click on the fix, on every real dev draft', () => {
  const unsettled: string[] = [];
  let tried = 0;
  for (const { c, f, fix } of flaggedFixes()) {
    // unanswered-question's fix is a lead-in ("关于…：") the doctor completes with the answer.
    if (f.rule === 'unanswered-question') continue;
    tried++;
    const fixed = withFix(c.draft ?? '', fix);
    const still = checkDraft({ ...c, draft: fixed }).some((g) => g.rule === f.rule && g.severity !== 'info');
    if (still) unsettled.push(`${c.id} ${f.rule}`);
  }
  expect(tried).toBeGreaterThan(600);
  expect(unsettled).toEqual([]);
});

it('keeps a real question open after its lead-in alone, and settles it once the doctor writes after the lead-in', () => {
  const wrong: string[] = [];
  let tried = 0;
  for (const { c, f, fix } of flaggedFixes()) {
    if (f.rule !== 'unanswered-question') continue;
    tried++;
    const quoted = (draft: string) =>
      checkDraft({ ...c, draft }).some((g) => g.rule === f.rule && g.severity !== 'info' && g.evidence?.start === f.evidence?.start && g.evidence?.index === f.evidence?.index);
    // An answer in words no rule would match: whatever the doctor writes after the lead-in.
    const answer = c.language === 'zh' ? '这个要看复诊时的情况。' : 'That depends on what we see at follow-up.';
    if (!quoted(withFix(c.draft, fix))) wrong.push(`${c.id}: settled by the lead-in alone`);
    if (quoted(withFix(c.draft, { ...fix, text: fix.text + answer }))) wrong.push(`${c.id}: still open after an answer`);
  }
  expect(tried).toBeGreaterThan(20);
  expect(wrong).toEqual([]);
});

it('adding framing with one click (empathy, closing line) changes no other rule’s warnings, on every real dev draft', () => {
  const FRAMING = new Set(['missing-empathy', 'missing-closing']);
  const warnings = (c: Conversation, except: string) =>
    checkDraft(c)
      .filter((f) => f.rule !== except && f.severity !== 'info')
      .map((f) => f.rule)
      .sort();
  const changed: string[] = [];
  let tried = 0;
  for (const { c, f, fix } of flaggedFixes()) {
    if (!FRAMING.has(f.rule)) continue;
    tried++;
    const before = warnings(c, f.rule);
    const after = warnings({ ...c, draft: withFix(c.draft, fix) }, f.rule);
    if (JSON.stringify(before) !== JSON.stringify(after)) changed.push(`${c.id} ${f.rule}: ${before.join(',')} → ${after.join(',')}`);
  }
  expect(tried).toBeGreaterThan(600);
  expect(changed).toEqual([]);
});
