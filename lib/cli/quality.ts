// `npm run quality`: score every rule on the labelled dev set and print the table.
// `--misses RULE` also lists that rule's false positives and false negatives, to tune by;
// `--questions open-passed` (open | answered, then flagged | advised | passed | not-found) lists the
// reviewers' questions unanswered-question treated so, with the draft. `--replay` checks the
// replies real doctors sent inside the dev threads, each as the draft of the thread before it,
// and prints how many each rule holds; `--replay RULE` lists the ones that rule holds.
import { checkDraft } from '../engine';
import { questionBreakdown, questionTable, questionVerdicts } from '../eval/questions';
import { replayedReplies, replayRows, replayTable } from '../eval/replay';
import { LABEL_FOR_RULE, score, scoreTable, type ScoredCase } from '../eval/score';
import type { Conversation } from '../conversation';
import { RULE_IDS, RuleIdSchema, type RuleId } from '../findings';
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

const r = process.argv.indexOf('--replay');
if (r >= 0) {
  const replayed = cases.flatMap(replayedReplies).map((c) => ({ conversation: c, language: c.language ?? 'zh', findings: checkDraft(c) }));
  console.log(`\nReplies real doctors sent inside the dev threads, each checked as the draft of the thread before it (${replayed.length}; unlabelled):\n`);
  console.log(replayTable(replayRows(replayed, RULE_IDS)));
  const listed = RuleIdSchema.safeParse(process.argv[r + 1]);
  if (listed.success) {
    for (const k of replayed) {
      const f = k.findings.find((x) => x.rule === listed.data && x.severity !== 'info');
      if (!f) continue;
      const patient = k.conversation.messages.at(-1)?.text ?? '';
      console.log(`\n== ${k.conversation.id ?? ''} | ${f.evidence?.text ?? ''}\npatient: ${patient.slice(-160).replace(/\s+/gu, ' ')}\nreply: ${k.conversation.draft.slice(0, 200).replace(/\s+/gu, ' ')}`);
    }
  }
}
