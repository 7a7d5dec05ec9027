import { usePopupState } from './usePopupState';

const COUNT_LABELS = [
  ['checked', '已检查'],
  ['held', '已拦截'],
  ['fixed', '已修改'],
  ['sentAnyway', '仍然发送'],
] as const;

export function PopupView() {
  const { state, setPaused, setSiteOn, setupSite } = usePopupState();
  const { counts, settings, origin, active, error } = state;
  return (
    <main className="popup">
      <h1>ReplyCheck 回复检查</h1>
      <label className="row">
        <input type="checkbox" checked={settings.paused} onChange={(e) => void setPaused(e.target.checked)} />
        全部暂停
      </label>
      {origin ? (
        <label className="row">
          <input type="checkbox" checked={active} disabled={settings.paused} onChange={(e) => void setSiteOn(e.target.checked)} />
          在此网站启用（{new URL(origin).host}）
        </label>
      ) : (
        <p className="muted">此页面不是问诊网站</p>
      )}
      {origin && (
        <button type="button" onClick={() => void setupSite()} disabled={!active}>
          设置此网站…
        </button>
      )}
      {error && <p className="error">{error}</p>}
      <h2>统计（只记次数，不保存任何患者内容）</h2>
      <dl className="counts">
        {COUNT_LABELS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-count={key}>{counts[key]}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
