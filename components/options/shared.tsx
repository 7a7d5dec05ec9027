import { useEffect, useRef, type ChangeEvent, type RefObject } from 'react';
import { describeIssue, type ImportIssue } from '@/lib/templates/io';
import { decodeTextFile } from '@/lib/text/decode';
import { t, type UiLang } from './i18n';

// What the options tabs share: JSON files (a download, an import button, the list of an
// import's problems: every bad entry with its reason, nothing written), and the status line
// with "deleted … 撤销".

/** Save `text` as a JSON download named `name`. */
export function downloadJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Today as YYYY-MM-DD, for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** "导入 JSON": a button opening a file picker (the input itself is hidden but labelled, so
 *  the button is what the keyboard reaches, and it reads in the options page's language where
 *  a bare file input shows the browser's "Choose File"). `onText` gets the chosen file's text,
 *  read as UTF-8, UTF-16 or GBK (Excel and Notepad on a Chinese Windows save GBK; read as UTF-8
 *  every Chinese character of it would be imported as "�"); a file that is none of these goes
 *  to `onNotText` instead, for the tab to say so where it shows an import's problems. */
export function ImportJsonButton({
  lang,
  onText,
  onNotText,
  label = t(lang, 'importJson'),
  disabled = false,
}: {
  lang: UiLang;
  onText: (text: string, fileName: string) => void | Promise<void>;
  onNotText: (fileName: string) => void;
  label?: string;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok) await onText(decoded.text, file.name);
    else onNotText(file.name);
  };
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input ref={input} type="file" accept="application/json,.json" aria-label={label} hidden onChange={(e) => void onChange(e)} />
    </>
  );
}

/** The one problem of a file that is not text, as an import's problem list shows it. */
export const notTextIssue = (lang: UiLang): ImportIssue => ({ entry: 0, path: '', reason: t(lang, 'fileNotText') });

export function ImportIssues({ issues, lang, failed }: { issues: readonly ImportIssue[]; lang: UiLang; failed: string }) {
  return (
    <div role="alert" className="rc-error">
      <p>{failed}</p>
      <ul>
        {issues.slice(0, 200).map((issue, i) => (
          <li key={i}>{describeIssue(issue, lang)}</li>
        ))}
      </ul>
      {issues.length > 200 && <p>… {issues.length - 200}</p>}
    </div>
  );
}

const UNDO_MS = 10_000;

/** While something just deleted can be undone: focus goes to 撤销 (the row's buttons are gone,
 *  so the keyboard does not fall to the page top), and the offer ends after ten seconds. */
export function useUndoOffer(deleted: unknown, clear: () => void): RefObject<HTMLButtonElement | null> {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!deleted) return;
    undoButton.current?.focus();
    const timer = setTimeout(clear, UNDO_MS);
    return () => clearTimeout(timer);
    // The offer restarts only when `deleted` changes, not when `clear` is a new closure.
  }, [deleted]);
  return undoButton;
}

/** The polite status line: a notice, and "已删除「name」 撤销" while an undo is offered. */
export function StatusLine(props: { lang: UiLang; notice: string; deletedName?: string | undefined; onUndo(): void; undoRef: RefObject<HTMLButtonElement | null> }) {
  const { lang, notice, deletedName, onUndo, undoRef } = props;
  return (
    <div aria-live="polite" role="status" className="rc-status">
      {notice}
      {deletedName !== undefined && (
        <span>
          {t(lang, 'deleted')}「{deletedName}」{' '}
          <button type="button" ref={undoRef} onClick={onUndo}>
            {t(lang, 'undo')}
          </button>
        </span>
      )}
    </div>
  );
}
