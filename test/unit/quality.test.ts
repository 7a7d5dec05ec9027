import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
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

it('settles what it flags with one click on the fix, on every real dev draft', () => {
  const { cases } = loadDevSet();
  const unsettled: string[] = [];
  let tried = 0;
  for (const c of cases) {
    for (const f of checkDraft(c)) {
      const fix = f.fixes[0];
      // unanswered-question's fix is a lead-in ("关于…：") the doctor completes with the answer.
      if (f.severity === 'info' || !fix || f.rule === 'unanswered-question') continue;
      tried++;
      const fixed = withFix(c.draft ?? '', fix);
      const still = checkDraft({ ...c, draft: fixed }).some((g) => g.rule === f.rule && g.severity !== 'info');
      if (still) unsettled.push(`${c.id} ${f.rule}`);
    }
  }
  expect(tried).toBeGreaterThan(600);
  expect(unsettled).toEqual([]);
});
