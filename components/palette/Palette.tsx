import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Conversation, Language } from '@/lib/conversation';
import type { Template } from '@/lib/templates/schema';
import { fillVariables, variableSpec } from '@/lib/templates/variables';
import { usePaletteSearch } from './usePaletteSearch';

// The quick-reply palette shown over the page (inside a shadow root) when the doctor types `/`
// in the draft box: search by text, shortcut or pinyin; ↑/↓ and Enter insert; Esc closes.
// Variables are filled from the conversation; what it does not say is asked in a small form.

const WORDS = {
  search: { zh: '搜索快捷回复（文字、快捷词、拼音）', en: 'Search quick replies (text, shortcut, pinyin)' },
  results: { zh: '快捷回复', en: 'Quick replies' },
  none: { zh: '没有匹配的模板', en: 'No matching template' },
  hint: { zh: '↑↓ 选择 · Enter 插入 · Esc 关闭', en: '↑↓ choose · Enter insert · Esc close' },
  fill: { zh: '请填写后插入', en: 'Fill in, then insert' },
  insert: { zh: '插入', en: 'Insert' },
  back: { zh: '返回', en: 'Back' },
} as const;

export interface PaletteProps {
  language: Language;
  search(query: string): Promise<Template[]>;
  /** The conversation to fill variables from, read when a template is chosen. */
  conversation?: () => Conversation | undefined;
  onInsert(text: string, template: Template): void;
  /** Closed without inserting; `queryWasEmpty` lets the caller give the typed `/` back. */
  onClose(queryWasEmpty: boolean): void;
}

export function Palette({ language: lang, search, conversation, onInsert, onClose }: PaletteProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [filling, setFilling] = useState<{ template: Template; missing: string[] } | null>(null);
  const { results, loading, answered } = usePaletteSearch(search, query);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setActive(0), [results]);
  useEffect(() => {
    if (!filling) input.current?.focus();
  }, [filling]);

  const choose = (template: Template | undefined) => {
    if (!template) return;
    const filled = fillVariables(template.body, conversation?.());
    if (filled.missing.length > 0) setFilling({ template, missing: filled.missing });
    else onInsert(filled.text, template);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys typed in the palette belong to it, not to the page's own shortcuts.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (filling) setFilling(null);
      else onClose(query === '');
    } else if (filling) {
      return;
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (results.length ? (a + 1) % results.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (results.length ? (a - 1 + results.length) % results.length : 0));
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      choose(results[active]);
    }
  };

  const activeId = results[active] ? `${id}-opt-${active}` : undefined;
  return (
    <div className="rc-palette" role="dialog" aria-label={WORDS.results[lang]} onKeyDown={onKeyDown}>
      {filling ? (
        <FillForm
          lang={lang}
          template={filling.template}
          missing={filling.missing}
          conversation={conversation?.()}
          onBack={() => setFilling(null)}
          onInsert={onInsert}
        />
      ) : (
        <>
          <input
            ref={input}
            className="rc-palette-input"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-activedescendant={activeId}
            aria-label={WORDS.search[lang]}
            placeholder={WORDS.search[lang]}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label={WORDS.results[lang]}
            aria-busy={loading}
            data-query={answered ?? undefined}
            className="rc-palette-list"
          >
            {results.map((t, i) => (
              <li
                key={t.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'rc-active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(t)}
              >
                <span className="rc-palette-title">{t.title}</span>
                {t.shortcut && <span className="rc-palette-shortcut">/{t.shortcut}</span>}
                <span className="rc-palette-body">{t.body}</span>
              </li>
            ))}
          </ul>
          {!loading && results.length === 0 && <p className="rc-palette-none">{WORDS.none[lang]}</p>}
          <p className="rc-palette-hint">{WORDS.hint[lang]}</p>
        </>
      )}
    </div>
  );
}

function FillForm({
  lang,
  template,
  missing,
  conversation,
  onBack,
  onInsert,
}: {
  lang: Language;
  template: Template;
  missing: string[];
  conversation: Conversation | undefined;
  onBack(): void;
  onInsert(text: string, template: Template): void;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const complete = missing.every((name) => (values[name] ?? '').trim().length > 0);
  return (
    <form
      className="rc-palette-fill"
      aria-label={WORDS.fill[lang]}
      onSubmit={(e) => {
        e.preventDefault();
        if (!complete) return;
        onInsert(fillVariables(template.body, conversation, values).text, template);
      }}
    >
      <p className="rc-palette-title">
        {template.title} · {WORDS.fill[lang]}
      </p>
      {missing.map((name, i) => (
        <label key={name} htmlFor={`${id}-${i}`}>
          {variableSpec(name)?.label[lang] ?? name}
          <input
            id={`${id}-${i}`}
            autoFocus={i === 0}
            value={values[name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        </label>
      ))}
      <div className="rc-palette-actions">
        <button type="submit" disabled={!complete}>
          {WORDS.insert[lang]}
        </button>
        <button type="button" onClick={onBack}>
          {WORDS.back[lang]}
        </button>
      </div>
    </form>
  );
}

/** The palette's styles, injected into its shadow root so the page's CSS cannot reach them. */
export const PALETTE_CSS = `
:host { all: initial; }
.rc-palette { position: fixed; z-index: 2147483647; width: 380px; max-height: 360px; display: flex; flex-direction: column;
  font: 14px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); overflow: hidden; }
.rc-palette-input, .rc-palette-fill input { font: inherit; padding: 8px 10px; border: 0; border-bottom: 1px solid #d0d7de; outline: none; }
.rc-palette-fill input { border: 1px solid #d0d7de; border-radius: 4px; display: block; width: calc(100% - 22px); margin: 2px 0 6px; }
.rc-palette-list { list-style: none; margin: 0; padding: 4px 0; overflow-y: auto; }
.rc-palette-list li { padding: 6px 10px; cursor: pointer; display: grid; grid-template-columns: 1fr auto; gap: 0 8px; }
.rc-palette-list li.rc-active { background: #ddf4ff; }
.rc-palette-title { font-weight: 600; }
.rc-palette-shortcut { color: #57606a; font-family: ui-monospace, monospace; }
.rc-palette-body { grid-column: 1 / -1; color: #57606a; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rc-palette-none, .rc-palette-hint { margin: 0; padding: 6px 10px; color: #57606a; font-size: 12px; }
.rc-palette-fill { padding: 10px; }
.rc-palette-fill label { display: block; font-size: 13px; }
.rc-palette-actions { display: flex; gap: 8px; }
`;
