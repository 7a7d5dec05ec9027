import { Dexie } from 'dexie';
import { TemplateDb, TemplateRepository, handleTemplateRequest, isTemplateRequest } from '@/lib/templates';

// The template database lives here, in the extension origin. Content scripts (page origin)
// reach it only through these zod-validated runtime messages; the options page opens the same
// database directly (it is extension origin too).

let repository: TemplateRepository | undefined;

/** The background's repository; the starter set is seeded on first use (first run). */
export function templateRepository(): TemplateRepository {
  if (!repository) {
    repository = new TemplateRepository(new TemplateDb());
    void repository.ensureStarterSet().catch((e: unknown) => console.warn('ReplyCheck: starter templates not seeded', e));
  }
  return repository;
}

/** After the options page changed the library (Dexie broadcasts every write to the extension's
 *  other contexts), reload the search index now rather than on the doctor's next `/`: after
 *  an import of 10,000 templates the reload takes most of a second. */
function warmIndexAfterWrites(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void templateRepository()
        .search('', { limit: 1 })
        .catch(() => undefined);
    }, 300);
  });
}

export function registerTemplateServices(): void {
  warmIndexAfterWrites();
  browser.runtime.onInstalled.addListener(() => {
    templateRepository();
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    // Other services share the channel: stay silent on their messages so they can answer.
    if (!isTemplateRequest(message)) return undefined;
    void handleTemplateRequest(templateRepository(), message).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
