import { useDeferredValue, useEffect, useId, useState } from 'react';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@/lib/findings';
import type { ImportIssue, ListFilter, SourceFilter, Template } from '@/lib/templates';
import { PaletteTriggerSetting } from './PaletteTriggerSetting';
import { downloadJson, ImportIssues, ImportJsonButton, notTextIssue, StatusLine, today, useUndoOffer } from './shared';
import { CATEGORY_LABEL, matchesLine, statsLine, t, type UiLang } from './i18n';
import { TemplateEditor } from './TemplateEditor';
import { useRepository, useTemplateMutations, useTemplatePage, useTemplateStats, useTemplateTags } from './useTemplates';

// The template manager. With 10,000 templates it stays smooth because it PAGES: only
// PAGE_SIZE rows are ever in the DOM, filtering and search run over the repository's in-memory
// index (precomputed pinyin keys), and the search box feeds a deferred value so typing never
// waits for the list.

export const PAGE_SIZE = 50;

type SourceChoice = '' | 'mine' | 'pack';

function formatTime(ms: number | undefined, lang: UiLang): string {
  if (!ms) return t(lang, 'never');
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

export function TemplatesTab({ lang }: { lang: UiLang }) {
  const id = useId();
  const repo = useRepository();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [category, setCategory] = useState<TemplateCategory | ''>('');
  const [tag, setTag] = useState('');
  const [source, setSource] = useState<SourceChoice>('');
  const [sort, setSort] = useState<'updated' | 'usage'>('updated');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [deleted, setDeleted] = useState<Template | null>(null);
  const [importIssues, setImportIssues] = useState<ImportIssue[] | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => setPage(0), [deferredQuery, category, tag, source, sort]);
  const undoButton = useUndoOffer(deleted, () => setDeleted(null));

  const filter: ListFilter = {
    query: deferredQuery,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
    sort,
    ...(category ? { category } : {}),
    ...(tag ? { tag } : {}),
    ...(source ? { source: source satisfies SourceFilter } : {}),
  };
  const list = useTemplatePage(filter);
  const stats = useTemplateStats();
  const tags = useTemplateTags();
  const m = useTemplateMutations();
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const remove = async (template: Template) => {
    setDeleted(await m.remove.mutateAsync(template.id));
  };
  const undo = async () => {
    if (!deleted) return;
    await m.restore.mutateAsync(deleted);
    setDeleted(null);
  };
  const onImport = async (text: string) => {
    const result = await m.importFile.mutateAsync(text);
    if (result.ok) {
      setImportIssues(null);
      setNotice(`${t(lang, 'imported')}: ${result.created + result.updated}`);
    } else {
      setImportIssues(result.issues);
      setNotice('');
    }
  };
  const onExport = async () => {
    const file = await repo.exportMine();
    downloadJson(`replycheck-templates-${today()}.json`, JSON.stringify(file, null, 2));
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(lang, 'tabTemplates')}</h2>
      {stats.data && <p className="rc-stats">{statsLine(lang, stats.data)}</p>}
      <PaletteTriggerSetting lang={lang} />

      <div className="rc-toolbar" role="search">
        <label htmlFor={`${id}-q`}>{t(lang, 'search')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor={`${id}-cat`}>{t(lang, 'category')}</label>
        <select id={`${id}-cat`} value={category} onChange={(e) => setCategory(e.target.value as TemplateCategory | '')}>
          <option value="">{t(lang, 'all')}</option>
          {TEMPLATE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c][lang]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-tag`}>{t(lang, 'tag')}</label>
        <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t(lang, 'all')}</option>
          {(tags.data ?? []).map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-src`}>{t(lang, 'source')}</label>
        <select id={`${id}-src`} value={source} onChange={(e) => setSource(e.target.value as SourceChoice)}>
          <option value="">{t(lang, 'all')}</option>
          <option value="mine">{t(lang, 'mine')}</option>
          <option value="pack">{t(lang, 'pack')}</option>
        </select>
        <label htmlFor={`${id}-sort`}>{t(lang, 'sort')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value === 'usage' ? 'usage' : 'updated')}>
          <option value="updated">{t(lang, 'sortUpdated')}</option>
          <option value="usage">{t(lang, 'sortUsage')}</option>
        </select>
      </div>

      <div className="rc-row">
        <button type="button" onClick={() => setEditing('new')}>
          {t(lang, 'newTemplate')}
        </button>
        <ImportJsonButton
          lang={lang}
          onText={onImport}
          onNotText={() => {
            setImportIssues([notTextIssue(lang)]);
            setNotice('');
          }}
        />
        <button type="button" onClick={onExport}>
          {t(lang, 'exportJson')}
        </button>
      </div>

      <StatusLine lang={lang} notice={notice} deletedName={deleted?.title} onUndo={() => void undo()} undoRef={undoButton} />
      {importIssues && <ImportIssues issues={importIssues} lang={lang} failed={t(lang, 'importFailed')} />}

      {editing && (
        <TemplateEditor
          key={editing === 'new' ? 'new' : editing.id}
          lang={lang}
          {...(editing === 'new' ? {} : { initial: editing })}
          onCancel={() => setEditing(null)}
          onSave={async (content) => {
            if (editing === 'new') await m.create.mutateAsync(content);
            else await m.update.mutateAsync({ id: editing.id, patch: content });
            setEditing(null);
          }}
        />
      )}

      <p className="rc-matches">{list.data ? matchesLine(lang, total, page + 1, pages) : t(lang, 'loading')}</p>
      <ul
        className="rc-list"
        aria-label={t(lang, 'templatesList')}
        aria-busy={list.isPlaceholderData || query !== deferredQuery}
        data-query={deferredQuery}
      >
        {list.data?.items.map((tpl) => (
          <li key={tpl.id} className="rc-item" aria-label={tpl.title}>
            <div className="rc-item-head">
              <strong>{tpl.title}</strong>
              <span className="rc-badge">{CATEGORY_LABEL[tpl.category][lang]}</span>
              {tpl.shortcut && <code>/{tpl.shortcut}</code>}
              {tpl.locked && <span className="rc-badge rc-locked">{t(lang, 'readOnly')}</span>}
              {tpl.tags.map((x) => (
                <span key={x} className="rc-tag">
                  #{x}
                </span>
              ))}
            </div>
            <p className="rc-body">{tpl.body}</p>
            <div className="rc-item-foot">
              <span data-usage={tpl.usageCount}>
                {t(lang, 'uses')}: {tpl.usageCount} · {t(lang, 'lastUsed')}: {formatTime(tpl.lastUsedAt, lang)}
              </span>
              {tpl.locked ? (
                <button type="button" onClick={() => m.duplicate.mutate(tpl.id)} aria-label={`${t(lang, 'copyToMine')}：${tpl.title}`}>
                  {t(lang, 'copyToMine')}
                </button>
              ) : (
                <>
                  <button type="button" onClick={() => setEditing(tpl)} aria-label={`${t(lang, 'edit')}：${tpl.title}`}>
                    {t(lang, 'edit')}
                  </button>
                  <button type="button" onClick={() => m.duplicate.mutate(tpl.id)} aria-label={`${t(lang, 'duplicate')}：${tpl.title}`}>
                    {t(lang, 'duplicate')}
                  </button>
                  <button type="button" onClick={() => void remove(tpl)} aria-label={`${t(lang, 'delete')}：${tpl.title}`}>
                    {t(lang, 'delete')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {list.data && total === 0 && <p>{t(lang, 'noResults')}</p>}
      <nav className="rc-row" aria-label={t(lang, 'page')}>
        <button type="button" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
          {t(lang, 'prev')}
        </button>
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>
          {t(lang, 'next')}
        </button>
      </nav>
    </section>
  );
}
