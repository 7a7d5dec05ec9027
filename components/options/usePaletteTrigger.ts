import { useEffect, useState } from 'react';
import { PALETTE_TRIGGER_KEY, readPaletteTrigger } from '@/lib/templates/trigger';

// The palette trigger the doctor set (browser.storage.local), for the setting and for the
// template editor's hint.

/** The stored trigger, kept current when another tab changes it. */
export function usePaletteTrigger(): string | undefined {
  const [stored, setStored] = useState<string>();
  useEffect(() => {
    void browser.storage.local.get(PALETTE_TRIGGER_KEY).then((got) => setStored(readPaletteTrigger(got[PALETTE_TRIGGER_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[PALETTE_TRIGGER_KEY];
      if (area === 'local' && change) setStored(readPaletteTrigger(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return stored;
}
