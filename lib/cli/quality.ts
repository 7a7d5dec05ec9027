// `npm run quality`: score every rule on the labelled dev set and print the table.
// `--misses RULE` also lists that rule's false positives and false negatives, to tune by;
// `--questions open-passed` (open | answered, then flagged | advised | passed | not-found) lists the
// reviewers' questions unanswered-question treated so, with the draft.
import { checkDraft } from '../engine';
import { questionBreakdown, questionTable, questionVerdicts } from '../eval/questions';
import { LABEL_FOR_RULE, score, scoreTable, type ScoredCase } from '../eval/score';
import type { Conversation } from '../conversation';
import type { RuleId } from '../findings';
import { loadDevSet } from './dataset';

const { cases, labels } = loadDevSet();
const scored: (ScoredCase & { conversation: Conversation })[] = cases.map((c) => {
  const label = labels.get(c.id ?? '');
  if (!label) throw new Error(`no label for case ${c.id}`);
  return { id: c.id ?? '', language: c.language ?? 'zh', findings: checkDraft(c), label, conversation: c };
});
console.log(scoreTable(score(scored)));
console.log('\nunanswered-question, question by question (the reviewer\'s questions of the latest turn):\n');
console.log(questionTable(questionBreakdown(scored)));

const i = process.argv.indexOf('--misses');
const rule = i >= 0 ? (process.argv[i + 1] as RuleId | undefined) : undefined;
const expected = rule ? LABEL_FOR_RULE[rule] : undefined;
if (rule && expected) {
  for (const k of scored) {
    const flagged = k.findings.some((f) => f.rule === rule && f.severity !== 'info');
    const want = expected(k.label);
    if (flagged === want) continue;
    const c = cases.find((x) => x.id === k.id);
    const f = k.findings.find((x) => x.rule === rule);
    console.log(`\n== ${flagged ? 'FP' : 'FN'} ${k.id} ${String(k.label['note'] ?? '')}`);
    console.log('latest patient:', c?.messages.at(-1)?.text.slice(0, 300));
    console.log('draft:', c?.draft.slice(0, 400));
    if (f) console.log('finding:', f.message.en, '|', f.evidence?.text);
  }
}

const q = process.argv.indexOf('--questions');
const which = q >= 0 ? process.argv[q + 1] : undefined;
if (which) {
  const dash = which.indexOf('-');
  const side = which.slice(0, dash);
  const verdict = which.slice(dash + 1);
  if (dash < 0 || (side !== 'open' && side !== 'answered') || !['flagged', 'advised', 'passed', 'not-found'].includes(verdict)) {
    console.error('--questions takes open|answered then -flagged|-advised|-passed|-not-found, e.g. --questions open-passed');
    process.exitCode = 2;
  } else {
    console.log('');
    for (const row of questionVerdicts(scored)) {
      if (row.answered !== (side === 'answered') || row.verdict !== verdict) continue;
      const draft = cases.find((x) => x.id === row.id)?.draft ?? '';
      console.log(`${row.id} | ${row.quote} || ${draft.slice(0, 160).replace(/\s+/gu, ' ')}`);
    }
  }
}
