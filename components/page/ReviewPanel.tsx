import { useEffect, useRef } from 'react';
import type { Evidence, Finding } from '@/lib/findings';
import type { OverlayActions, PanelState } from './overlay-store';

// The review panel: each finding with its quoted evidence and what to do. Keyboard first: focus
// lands on the first action, Tab moves through them, Enter activates, Esc closes.

const SOURCE_LABEL: Record<Evidence['source'], { zh: string; en: string }> = {
  draft: { zh: '您的回复', en: 'Your reply' },
  message: { zh: '患者消息', en: 'Patient message' },
  intake: { zh: '病情描述', en: 'Description' },
  medications: { zh: '用药情况', en: 'Medication' },
  attachment: { zh: '病历资料', en: 'Records' },
};

const SEVERITY_LABEL = { error: { zh: '严重', en: 'Error' }, warning: { zh: '提醒', en: 'Warning' }, info: { zh: '建议', en: 'Tip' } } as const;

const T = {
  zh: { title: '发送前检查', held: '已暂停本次发送，请确认：', review: '回复检查结果', ignore: '本次对话忽略', send: '仍然发送', close: '关闭', fix: '修改', none: '没有发现问题。', show: '点击查看原文位置' },
  en: { title: 'Before you send', held: 'This send is on hold. Please check:', review: 'Review', ignore: 'Ignore for this conversation', send: 'Send anyway', close: 'Close', fix: 'Fix', none: 'Nothing to point out.', show: 'Show where this is' },
} as const;

export function ReviewPanel({ panel, actions }: { panel: PanelState; actions: OverlayActions }) {
  const lang = panel.language;
  const t = T[lang];
  const first = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    (first.current ?? root.current)?.focus();
  }, [panel]);
  const a = panel.anchor;
  // Above the draft box when there is room, else below it; right-aligned with it.
  const style = a
    ? a.top > 220
      ? { bottom: `${a.viewportHeight - a.top + 8}px`, right: `${Math.max(8, a.viewportWidth - a.right)}px`, maxHeight: `${a.top - 16}px` }
      : { top: `${a.bottom + 8}px`, right: `${Math.max(8, a.viewportWidth - a.right)}px`, bottom: 'auto', maxHeight: `${a.viewportHeight - a.bottom - 16}px` }
    : undefined;
  return (
    <div
      ref={root}
      style={style}
      className="rc-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="rc-panel-title"
      tabIndex={-1}
      data-held={panel.held ? 'true' : 'false'}
      onKeyDown={(e) => {
        // Keep the site's own key handlers (Enter sends!) away from keys pressed in the panel.
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          actions.close();
        }
      }}
    >
      <header className="rc-head">
        <h2 id="rc-panel-title">{t.title}</h2>
        <button type="button" className="rc-close" aria-label={t.close} onClick={actions.close}>
          ×
        </button>
      </header>
      <p className="rc-lead">{panel.held ? t.held : t.review}</p>
      {panel.findings.length === 0 && <p className="rc-empty">{t.none}</p>}
      <ol className="rc-list">
        {panel.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`rc-finding rc-${f.severity}`} data-rule={f.rule}>
            <div className="rc-msg">
              <span className="rc-sev">{SEVERITY_LABEL[f.severity][lang]}</span>
              {f.message[lang]}
            </div>
            {f.evidence && f.evidence.text && (
              <button type="button" className="rc-evidence" title={t.show} onClick={() => actions.showEvidence(f)}>
                <cite>{SOURCE_LABEL[f.evidence.source][lang]}</cite>「{f.evidence.text}」
              </button>
            )}
            <div className="rc-actions">
              {f.fixes.map((fix, j) => (
                <button
                  key={j}
                  type="button"
                  className="rc-fix"
                  ref={i === 0 && j === 0 ? first : undefined}
                  onClick={() => actions.fix(f, fix)}
                  title={fix.text}
                >
                  {t.fix}：{fix.label[lang]}
                </button>
              ))}
              <button type="button" className="rc-ignore" ref={i === 0 && f.fixes.length === 0 ? first : undefined} onClick={() => actions.ignore(f)}>
                {t.ignore}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {panel.held && (
        <footer className="rc-foot">
          <button type="button" className="rc-send-anyway" ref={panel.findings.length === 0 ? first : undefined} onClick={actions.sendAnyway}>
            {t.send}
          </button>
        </footer>
      )}
    </div>
  );
}
