import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_PALETTE_TRIGGER, PALETTE_TRIGGER_KEY, PaletteTriggerSchema } from '@/lib/templates/trigger';
import { labelled, t, type UiLang } from './i18n';
import { usePaletteTrigger } from './usePaletteTrigger';

// "呼出快捷回复的按键": what the doctor types in a reply box to open the quick-reply palette.
// Stored in browser.storage.local (the content script reads it there and follows changes at
// once); validated before it is written, with the reason shown when it is refused.

/** The reason in the page's language: the schema's messages are "中文 / English". */
const reasonIn = (message: string, lang: UiLang) => message.split(' / ')[lang === 'zh' ? 0 : 1] ?? message;

export function PaletteTriggerSetting({ lang }: { lang: UiLang }) {
  const id = useId();
  const stored = usePaletteTrigger();
  const [value, setValue] = useState<string>();
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const shown = value ?? stored ?? '';

  const save = async (next: string) => {
    const parsed = PaletteTriggerSchema.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => reasonIn(i.message, lang)).join(lang === 'zh' ? '；' : '; '));
      setNotice('');
      return;
    }
    await browser.storage.local.set({ [PALETTE_TRIGGER_KEY]: parsed.data });
    setError('');
    setValue(undefined);
    setNotice(labelled(lang, t(lang, 'saved'), parsed.data));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(shown);
  };

  return (
    <form className="rc-row rc-trigger" onSubmit={onSubmit}>
      <span>
        <label htmlFor={`${id}-input`}>
          {t(lang, 'paletteTrigger')}
        </label>
        <input
          id={`${id}-input`}
          value={shown}
          size={6}
          maxLength={12}
          aria-describedby={`${id}-help`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setNotice('');
          }}
        />
      </span>
      <button type="submit">{t(lang, 'apply')}</button>
      <button type="button" disabled={stored === DEFAULT_PALETTE_TRIGGER && value === undefined} onClick={() => void save(DEFAULT_PALETTE_TRIGGER)}>
        {t(lang, 'resetDefault')}
      </button>
      <small id={`${id}-help`} className="rc-help">
        {t(lang, 'paletteTriggerHelp')}
      </small>
      {error && (
        <p role="alert" className="rc-error">
          {error}
        </p>
      )}
      <span role="status" aria-live="polite">
        {notice}
      </span>
    </form>
  );
}
