import { useCallback, useEffect, useState } from 'react';
import type { RuleId } from '@/lib/findings';
import { PACK_STORAGE_KEYS, readStoredCheckSettings } from '@/lib/packs/messages';
import { readRulePreferences, RULE_PREFERENCES_KEY, type RuleChoice, type RulePreferences } from '@/lib/rules/preferences';

// The doctor's rule choices (browser.storage.local), and which rules the admin's policy or a pack
// turned off (read from the settings the background writes for the content script).

export interface UseRulePreferences {
  /** Undefined until storage answered. */
  preferences: RulePreferences | undefined;
  offByAdmin: ReadonlySet<RuleId>;
  choose(rule: RuleId, choice: RuleChoice): Promise<void>;
}

export function useRulePreferences(): UseRulePreferences {
  const [preferences, setPreferences] = useState<RulePreferences>();
  const [offByAdmin, setOffByAdmin] = useState<ReadonlySet<RuleId>>(new Set());
  useEffect(() => {
    const offOf = (stored: unknown) =>
      new Set(
        Object.entries(readStoredCheckSettings(stored).rules)
          .filter(([, v]) => v === 'off')
          .map(([k]) => k as RuleId),
      );
    void browser.storage.local.get([RULE_PREFERENCES_KEY, PACK_STORAGE_KEYS.checkSettings]).then((got) => {
      setPreferences(readRulePreferences(got[RULE_PREFERENCES_KEY]));
      setOffByAdmin(offOf(got[PACK_STORAGE_KEYS.checkSettings]));
    });
    // Another options tab, or a pack or policy update, changed them.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const p = changes[RULE_PREFERENCES_KEY];
      if (p) setPreferences(readRulePreferences(p.newValue));
      const c = changes[PACK_STORAGE_KEYS.checkSettings];
      if (c) setOffByAdmin(offOf(c.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const choose = useCallback(async (rule: RuleId, choice: RuleChoice) => {
    // Read-modify-write on the stored value, not on this tab's copy: another tab may have changed it.
    const got = await browser.storage.local.get(RULE_PREFERENCES_KEY);
    const next = { ...readRulePreferences(got[RULE_PREFERENCES_KEY]), [rule]: choice };
    await browser.storage.local.set({ [RULE_PREFERENCES_KEY]: next });
    setPreferences(next);
  }, []);

  return { preferences, offByAdmin, choose };
}
