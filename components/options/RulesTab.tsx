import { useId, useState } from 'react';
import { RULES } from '@/lib/rules';
import type { Rule } from '@/lib/rules/types';
import { ALWAYS_HOLDS, RuleChoiceSchema, type RuleChoice } from '@/lib/rules/preferences';
import { labelled, t, type StringKey, type UiLang } from './i18n';
import { useRulePreferences } from './useRulePreferences';

// The 检查规则 / Checks tab: for each rule, what it catches and the doctor's choice — hold the
// send (default), advise only, or off. The safety rule cannot be quieted here, and a rule the
// admin's policy or a pack turned off says so and cannot be turned back on.

const CHOICE_LABEL: Record<RuleChoice, StringKey> = { hold: 'ruleHold', advice: 'ruleAdvice', off: 'ruleOff' };

function RuleRow({ rule, lang, choice, locked, onChoose }: { rule: Rule; lang: UiLang; choice: RuleChoice; locked?: StringKey; onChoose: (c: RuleChoice) => void }) {
  const { id } = rule;
  const selectId = useId();
  return (
    <li className="rc-item" data-rule={id}>
      <div className="rc-item-head">
        <label htmlFor={selectId}>
          <strong>{rule.meta.title[lang]}</strong>
        </label>{' '}
        <code>{id}</code>
      </div>
      <p className="rc-rule-docs">{rule.meta.docs[lang]}</p>
      <select id={selectId} value={choice} disabled={locked !== undefined} onChange={(e) => onChoose(RuleChoiceSchema.parse(e.target.value))}>
        {RuleChoiceSchema.options.map((c) => (
          <option key={c} value={c}>
            {t(lang, CHOICE_LABEL[c])}
          </option>
        ))}
      </select>
      {locked && <span className="rc-rule-locked"> {t(lang, locked)}</span>}
    </li>
  );
}

export function RulesTab({ lang }: { lang: UiLang }) {
  const { preferences, offByAdmin, choose } = useRulePreferences();
  const [status, setStatus] = useState<string>();
  if (!preferences) return <p>{t(lang, 'loading')}</p>;
  return (
    <section>
      <h2>{t(lang, 'tabRules')}</h2>
      <p>{t(lang, 'rulesIntro')}</p>
      <ul className="rc-list">
        {RULES.map((rule) => {
          const { id } = rule;
          const byAdmin = offByAdmin.has(id);
          const locked: StringKey | undefined = byAdmin ? 'ruleOffByAdmin' : ALWAYS_HOLDS.has(id) ? 'ruleSafety' : undefined;
          const choice: RuleChoice = byAdmin ? 'off' : ALWAYS_HOLDS.has(id) ? 'hold' : (preferences[id] ?? 'hold');
          return (
            <RuleRow
              key={id}
              rule={rule}
              lang={lang}
              choice={choice}
              {...(locked ? { locked } : {})}
              onChoose={(c) => void choose(id, c).then(() => setStatus(labelled(lang, rule.meta.title[lang], t(lang, CHOICE_LABEL[c]))))}
            />
          );
        })}
      </ul>
      <p aria-live="polite" role="status" className="rc-status">
        {status}
      </p>
    </section>
  );
}
