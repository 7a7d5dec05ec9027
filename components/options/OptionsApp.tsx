import { useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { AdaptersTab } from './AdaptersTab';
import { PacksTab } from './PacksTab';
import { RulesTab } from './RulesTab';
import { TemplatesTab } from './TemplatesTab';
import { t, type StringKey, type UiLang } from './i18n';

// The options page: a tab bar (ARIA tabs: arrows, Home and End move between tabs) over the
// template manager, the packs tab, the checks (the doctor's rule choices) and the site adapters.

const TABS = ['templates', 'packs', 'rules', 'adapters'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, StringKey> = { templates: 'tabTemplates', packs: 'tabPacks', rules: 'tabRules', adapters: 'tabAdapters' };
const PANEL: Record<Tab, (lang: UiLang) => ReactElement> = {
  templates: (lang) => <TemplatesTab lang={lang} />,
  packs: (lang) => <PacksTab lang={lang} />,
  rules: (lang) => <RulesTab lang={lang} />,
  adapters: (lang) => <AdaptersTab lang={lang} />,
};

export function OptionsApp({ lang }: { lang: UiLang }) {
  const [tab, setTab] = useState<Tab>('templates');
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i + TABS.length - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = TABS[to % TABS.length] ?? 'templates';
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
            {t(lang, LABEL[x])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {PANEL[tab](lang)}
      </div>
    </main>
  );
}
