import { useRef, useState, type KeyboardEvent } from 'react';
import { PacksTab } from './PacksTab';
import { TemplatesTab } from './TemplatesTab';
import { t, type UiLang } from './i18n';

// The options page: a tab bar (ARIA tabs: arrows move between tabs) over the template manager
// and the packs engineer's PacksTab.

const TABS = ['templates', 'packs'] as const;
type Tab = (typeof TABS)[number];

export function OptionsApp({ lang }: { lang: UiLang }) {
  const [tab, setTab] = useState<Tab>('templates');
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ templates: null, packs: null });
  const label = (x: Tab) => t(lang, x === 'templates' ? 'tabTemplates' : 'tabPacks');
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'templates';
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <main className="rc-options">
      <h1>{t(lang, 'appTitle')}</h1>
      <div role="tablist" aria-label={t(lang, 'appTitle')} onKeyDown={onKeyDown}>
        {TABS.map((x) => (
          <button
            key={x}
            ref={(el) => {
              refs.current[x] = el;
            }}
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`panel-${x}`}
            tabIndex={tab === x ? 0 : -1}
            onClick={() => setTab(x)}
          >
            {label(x)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'templates' ? <TemplatesTab lang={lang} /> : <PacksTab lang={lang} />}
      </div>
    </main>
  );
}
