import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { uiLanguageOf } from '@/components/options/i18n';
import { RepositoryContext } from '@/components/options/useTemplates';
import { TemplateDb, TemplateRepository } from '@/lib/templates';
import '@/components/options/options.css';

// Wiring only: the options page is extension origin, so it opens the template database
// directly; Chinese UI unless the browser's language is English.
const lang = uiLanguageOf(browser.i18n?.getUILanguage?.() ?? navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const repository = new TemplateRepository(new TemplateDb());
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 0, refetchOnWindowFocus: true } } });
// First run may open the options page before the background seeded the starter set.
void repository
  .ensureStarterSet()
  .then((added) => (added > 0 ? queryClient.invalidateQueries() : undefined))
  .catch((e: unknown) => console.warn('ReplyCheck: starter templates not seeded', e));

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <RepositoryContext.Provider value={repository}>
      <QueryClientProvider client={queryClient}>
        <OptionsApp lang={lang} />
      </QueryClientProvider>
    </RepositoryContext.Provider>,
  );
