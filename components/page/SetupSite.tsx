import type { SendKey } from '@/lib/adapters/schema';

// The "set up this site" bar: one step at a time, then a preview of what the new adapter reads.

export const SETUP_STEPS = [
  { zh: '第 1 步：请点击回复输入框', en: 'Step 1: click the reply box' },
  { zh: '第 2 步：请点击发送按钮', en: 'Step 2: click the send button' },
  { zh: '第 3 步：请点击一条患者消息的文字', en: 'Step 3: click the text of a patient message' },
  { zh: '第 4 步：请点击一条医生消息的文字', en: 'Step 4: click the text of a doctor message' },
] as const;

export interface SetupPreview {
  patient: number;
  doctor: number;
  first?: string;
  last?: string;
}

export interface SetupViewProps {
  step: number;
  error?: string | undefined;
  preview?: SetupPreview | undefined;
  sendKey: SendKey;
  onSendKey(key: SendKey): void;
  onSave(): void;
  onRestart(): void;
  onCancel(): void;
}

const clip = (s: string | undefined) => (s && s.length > 40 ? `${s.slice(0, 40)}…` : (s ?? ''));

export function SetupSite(p: SetupViewProps) {
  return (
    <div className="rc-setup" role="dialog" aria-label="设置此网站" onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}>
      <strong>设置此网站</strong>
      {!p.preview && <span className="rc-step">{SETUP_STEPS[p.step]?.zh}</span>}
      {p.error && <span className="rc-error">{p.error}</span>}
      {p.preview && (
        <div className="rc-preview">
          <span>
            读到 {p.preview.patient + p.preview.doctor} 条消息（患者 {p.preview.patient}，医生 {p.preview.doctor}）
          </span>
          {p.preview.first && <span className="rc-snippet">首条：{clip(p.preview.first)}</span>}
          {p.preview.last && <span className="rc-snippet">末条：{clip(p.preview.last)}</span>}
          <label>
            发送键
            <select value={p.sendKey} onChange={(e) => p.onSendKey(e.target.value as SendKey)}>
              <option value="Enter">Enter</option>
              <option value="Ctrl+Enter">Ctrl+Enter</option>
              <option value="Cmd+Enter">⌘+Enter</option>
            </select>
          </label>
          <button type="button" className="rc-save" onClick={p.onSave}>
            保存
          </button>
        </div>
      )}
      <button type="button" onClick={p.onRestart}>
        重新选择
      </button>
      <button type="button" onClick={p.onCancel}>
        取消
      </button>
    </div>
  );
}

export const SETUP_CSS = `
* { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.rc-setup { position: fixed; z-index: 2147483647; top: 8px; left: 50%; transform: translateX(-50%); display: flex; gap: 10px;
  align-items: center; flex-wrap: wrap; max-width: 90vw; background: #1a3d7c; color: #fff; padding: 8px 14px; border-radius: 8px;
  font-size: 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.rc-setup button, .rc-setup select { font-size: 13px; padding: 3px 10px; border-radius: 4px; border: none; cursor: pointer; }
.rc-setup .rc-save { background: #2e9d5b; color: #fff; }
.rc-error { color: #ffd2cc; }
.rc-preview { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.rc-snippet { opacity: .85; }
`;
