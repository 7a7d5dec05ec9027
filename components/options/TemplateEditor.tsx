import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ZodError } from 'zod';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@/lib/findings';
import type { Template, TemplateContentInput } from '@/lib/templates';
import { DEFAULT_PALETTE_TRIGGER } from '@/lib/templates/trigger';
import { CATEGORY_LABEL, shortcutHelp, t, type UiLang } from './i18n';
import { usePaletteTrigger } from './usePaletteTrigger';

// The create/edit form. Every field is labelled; Esc cancels; Enter in a one-line field saves.

export interface TemplateEditorProps {
  lang: UiLang;
  initial?: Template;
  onSave(content: TemplateContentInput): Promise<unknown>;
  onCancel(): void;
}

function describeError(e: unknown): string {
  if (e instanceof ZodError) return e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return e instanceof Error ? e.message : String(e);
}

export function TemplateEditor({ lang, initial, onSave, onCancel }: TemplateEditorProps) {
  const id = useId();
  const trigger = usePaletteTrigger() ?? DEFAULT_PALETTE_TRIGGER;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [category, setCategory] = useState<TemplateCategory>(initial?.category ?? 'other');
  const [shortcut, setShortcut] = useState(initial?.shortcut ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [language, setLanguage] = useState<'zh' | 'en'>(initial?.language ?? lang);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({
        title,
        body,
        category,
        shortcut,
        language,
        tags: tags
          .split(/[,，、]/u)
          .map((s) => s.trim())
          .filter(Boolean),
      });
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
  };

  return (
    <form className="rc-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={initial ? t(lang, 'edit') : t(lang, 'newTemplate')}>
      <label htmlFor={`${id}-title`}>{t(lang, 'title')}</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={80} autoFocus />
      <label htmlFor={`${id}-body`}>{t(lang, 'body')}</label>
      <textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} required rows={5} aria-describedby={`${id}-body-help`} />
      <small id={`${id}-body-help`}>{t(lang, 'bodyHelp')}</small>
      <div className="rc-row">
        <span>
          <label htmlFor={`${id}-category`}>{t(lang, 'category')}</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as TemplateCategory)}>
            {TEMPLATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c][lang]}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={`${id}-shortcut`}>{t(lang, 'shortcut')}</label>
          <input id={`${id}-shortcut`} value={shortcut} onChange={(e) => setShortcut(e.target.value)} maxLength={24} aria-describedby={`${id}-shortcut-help`} />
          <small id={`${id}-shortcut-help`}>{shortcutHelp(lang, trigger)}</small>
        </span>
        <span>
          <label htmlFor={`${id}-language`}>{t(lang, 'language')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh')}>
            <option value="zh">{t(lang, 'zh')}</option>
            <option value="en">{t(lang, 'en')}</option>
          </select>
        </span>
      </div>
      <label htmlFor={`${id}-tags`}>{t(lang, 'tags')}</label>
      <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      {error && (
        <p role="alert" className="rc-error">
          {t(lang, 'saveFailed')} {error}
        </p>
      )}
      <div className="rc-row">
        <button type="submit" disabled={saving}>
          {t(lang, 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
