import { useId, useState } from 'react';
import { exportAdapters, parseAdapterImport, type AdapterRow, type AdapterSource } from '@/lib/adapters/io';
import type { SiteAdapter } from '@/lib/adapters/schema';
import type { ImportIssue } from '@/lib/templates/io';
import { downloadJson, ImportIssues, ImportJsonButton, notTextIssue, StatusLine, today, useUndoOffer } from './shared';
import { importedAdaptersLine, labelled, t, type StringKey, type UiLang } from './i18n';
import { useAdapterMutations, useAdapterRows } from './useAdapters';

// The 站点适配 / Site adapters tab: every adapter the content script may use (the doctor's own,
// from packs, from the admin's policy, built in), each exportable as JSON; the doctor's own
// ones can be deleted (with undo). An import is validated whole before anything is written.

const SOURCE_LABEL: Record<AdapterSource, StringKey> = {
  mine: 'mine',
  pack: 'sourcePack',
  policy: 'sourcePolicy',
  builtin: 'sourceBuiltin',
};

const fileName = (what: string) => `replycheck-adapters-${what.replace(/[^\w.-]+/g, '-')}-${today()}.json`;

function AdapterItem({ row, lang, onDelete }: { row: AdapterRow; lang: UiLang; onDelete?: () => void }) {
  const { adapter, source, packName } = row;
  return (
    <li className="rc-item" aria-label={adapter.name} data-adapter-id={adapter.id} data-source={source}>
      <div className="rc-item-head">
        <strong>{adapter.name}</strong>
        <span className={source === 'mine' ? 'rc-badge' : 'rc-badge rc-locked'}>
          {packName ? labelled(lang, t(lang, SOURCE_LABEL[source]), packName) : t(lang, SOURCE_LABEL[source])}
        </span>
        <code>{adapter.id}</code>
      </div>
      <div className="rc-adapter-patterns">
        {labelled(lang, t(lang, 'urlPatterns'), '')}
        <ul aria-label={labelled(lang, t(lang, 'urlPatterns'), adapter.name)}>
          {adapter.matches.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </div>
      <div className="rc-item-foot">
        <span>
          {labelled(lang, t(lang, 'sendKey'), adapter.sendKeys.join(' / '))}
        </span>
        <button type="button" aria-label={labelled(lang, t(lang, 'exportOne'), adapter.name)} onClick={() => downloadJson(fileName(adapter.id), exportAdapters([adapter]))}>
          {t(lang, 'exportOne')}
        </button>
        {onDelete && (
          <button type="button" aria-label={labelled(lang, t(lang, 'delete'), adapter.name)} onClick={onDelete}>
            {t(lang, 'delete')}
          </button>
        )}
      </div>
    </li>
  );
}

export function AdaptersTab({ lang }: { lang: UiLang }) {
  const id = useId();
  const rows = useAdapterRows();
  const m = useAdapterMutations();
  const [issues, setIssues] = useState<ImportIssue[] | null>(null);
  const [notice, setNotice] = useState('');
  /** The deleted adapter and the doctor's whole list before it went, so undo restores the order. */
  const [deleted, setDeleted] = useState<{ adapter: SiteAdapter; before: SiteAdapter[] } | null>(null);
  const undoButton = useUndoOffer(deleted, () => setDeleted(null));

  const all = rows.data ?? [];
  const mine = all.filter((r) => r.source === 'mine').map((r) => r.adapter);
  const fail = (e: unknown) => setNotice(`${t(lang, 'notSaved')} ${e instanceof Error ? e.message : String(e)}`);

  const onImport = async (text: string) => {
    const parsed = parseAdapterImport(text);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      setNotice('');
      return;
    }
    setIssues(null);
    try {
      await m.importAll.mutateAsync(parsed.adapters);
      setNotice(importedAdaptersLine(lang, parsed.adapters.length));
    } catch (err) {
      fail(err);
    }
  };

  const remove = async (adapter: SiteAdapter) => {
    try {
      await m.remove.mutateAsync(adapter.id);
      setNotice('');
      setDeleted({ adapter, before: mine });
    } catch (err) {
      fail(err);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    try {
      await m.importAll.mutateAsync(deleted.before);
      setDeleted(null);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="adapters-tab">
      <h2 id={`${id}-heading`}>{t(lang, 'tabAdapters')}</h2>
      <p>{t(lang, 'adaptersIntro')}</p>

      <div className="rc-row">
        <ImportJsonButton
          lang={lang}
          onText={onImport}
          onNotText={() => {
            setIssues([notTextIssue(lang)]);
            setNotice('');
          }}
        />
        <button type="button" disabled={mine.length === 0} onClick={() => downloadJson(fileName('mine'), exportAdapters(mine))}>
          {t(lang, 'exportAllMine')}
        </button>
      </div>

      <StatusLine lang={lang} notice={notice} deletedName={deleted?.adapter.name} onUndo={() => void undo()} undoRef={undoButton} />
      {issues && <ImportIssues issues={issues} lang={lang} failed={t(lang, 'importAdaptersFailed')} />}

      {rows.isPending ? (
        <p>{t(lang, 'loading')}</p>
      ) : (
        <>
          {mine.length === 0 && <p>{t(lang, 'noOwnAdapters')}</p>}
          <ul className="rc-list" aria-label={t(lang, 'adaptersList')}>
            {all.map((row) => (
              <AdapterItem
                key={`${row.source}:${row.adapter.id}`}
                row={row}
                lang={lang}
                {...(row.source === 'mine' ? { onDelete: () => void remove(row.adapter) } : {})}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
