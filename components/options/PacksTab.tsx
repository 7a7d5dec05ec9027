import { useId, useState, type FormEvent } from 'react';
import type { Bilingual } from '@/lib/findings';
import type { PacksView } from '@/lib/packs/messages';
import type { InstalledPack, PackChange, RejectionRecord, Subscription } from '@/lib/packs/state';
import { removalBlockedBy } from '@/lib/packs/sync';
import { isExpired } from '@/lib/packs/verify';
import { usePacks } from './usePacks';

// The 模板包 / Packs tab: subscribe by URL, install a file, see each subscription's last check,
// what changed and why an update was refused; installed packs with their signature, expiry,
// whether the policy's pinned keys disabled them and whether the admin's policy lets the doctor
// remove them. Pack text is shown as text only.

type Lang = 'zh' | 'en';

/** Chinese by default; English when the browser's language is English. */
function uiLanguage(): Lang {
  return typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language) ? 'en' : 'zh';
}

const T = {
  title: { zh: '模板包', en: 'Template packs' },
  intro: {
    zh: '管理员发布的共享模板：模板只读，更新时自动替换；您复制到“我的模板”的副本不受影响。',
    en: 'Shared templates published by your admin: read-only, replaced on update; your own copies are never touched.',
  },
  policy: { zh: '由管理员策略管理', en: 'Managed by your admin’s policy' },
  pinned: { zh: '仅接受以下公钥签名的模板包', en: 'Only packs signed by these keys are accepted' },
  policyProblem: { zh: '策略中无法读取的设置', en: 'Policy settings that could not be read' },
  subscribe: { zh: '订阅', en: 'Subscribe' },
  urlLabel: { zh: '模板包地址（URL）', en: 'Pack URL' },
  file: { zh: '从文件安装', en: 'Install from file' },
  subscriptions: { zh: '订阅', en: 'Subscriptions' },
  noSubscriptions: { zh: '尚无订阅', en: 'No subscriptions yet' },
  installed: { zh: '已安装的模板包', en: 'Installed packs' },
  noPacks: { zh: '尚未安装模板包', en: 'No packs installed' },
  lastChecked: { zh: '上次检查', en: 'Last checked' },
  nextCheck: { zh: '下次检查', en: 'Next check' },
  never: { zh: '尚未检查', en: 'not yet' },
  checkNow: { zh: '立即检查', en: 'Check now' },
  checkAll: { zh: '全部检查', en: 'Check all' },
  unsubscribe: { zh: '取消订阅', en: 'Unsubscribe' },
  remove: { zh: '移除', en: 'Remove' },
  fromPolicy: { zh: '策略指定', en: 'Set by policy' },
  locked: { zh: '管理员锁定，不可移除', en: 'Locked by your admin; cannot be removed' },
  policySubscription: { zh: '由管理员策略订阅，不可移除', en: 'Subscribed by your admin’s policy; cannot be removed' },
  released: {
    zh: '管理员策略已不再指定此地址，现为您自己的订阅，可以取消',
    en: 'Your admin’s policy no longer sets this URL; it is now your own subscription and you may unsubscribe',
  },
  disabled: { zh: '已停用', en: 'Disabled' },
  disabledHint: {
    zh: '其模板已不再提供，规则设置不再生效；您复制到“我的模板”的副本不受影响。签名重新通过验证后自动恢复',
    en: 'its templates are no longer offered and its rule settings no longer apply; your own copies are untouched. It comes back once its signature verifies again',
  },
  rejected: { zh: '更新被拒绝', en: 'Update refused' },
  keptVersion: { zh: '仍使用已安装版本', en: 'the installed version stays' },
  changed: { zh: '变更', en: 'What changed' },
  added: { zh: '新增', en: 'added' },
  removedT: { zh: '移除', en: 'removed' },
  edited: { zh: '修改', en: 'changed' },
  noTemplateChange: { zh: '模板无变化', en: 'no template changes' },
  expired: { zh: '已过期', en: 'Expired' },
  expiredHint: { zh: '仍可使用，请联系发布者更新', en: 'still in use; ask the publisher for an update' },
  signed: { zh: '已签名', en: 'Signed' },
  unsigned: { zh: '未签名', en: 'Unsigned' },
  templates: { zh: '个模板', en: 'templates' },
  rulesOff: { zh: '关闭的规则', en: 'Rules turned off' },
  fileResult: { zh: '文件安装', en: 'File install' },
  loading: { zh: '加载中…', en: 'Loading…' },
  outcome: {
    updated: { zh: '已更新', en: 'updated' },
    unchanged: { zh: '无变化', en: 'unchanged' },
    'not-modified': { zh: '无变化（未修改）', en: 'not modified' },
    rejected: { zh: '已拒绝', en: 'refused' },
    failed: { zh: '下载失败，稍后重试', en: 'failed; will retry' },
  },
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;

function time(ms: number | undefined, lang: Lang): string {
  return ms === undefined ? T.never[lang] : new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
}

function shortKey(key: string): string {
  return key.length > 24 ? `${key.slice(0, 20)}…${key.slice(-4)}` : key;
}

function Change({ change, lang }: { change: PackChange; lang: Lang }) {
  const parts: [Bilingual, string[]][] = [
    [T.added, change.added],
    [T.removedT, change.removed],
    [T.edited, change.changed],
  ];
  const shown = parts.filter(([, list]) => list.length > 0);
  return (
    <p data-testid="pack-change">
      {T.changed[lang]}（{change.from ? `${change.from} → ` : ''}
      {change.to}，{time(change.at, lang)}）：
      {shown.length === 0 ? T.noTemplateChange[lang] : shown.map(([label, list]) => `${label[lang]} ${list.join('、')}`).join('；')}
    </p>
  );
}

function Rejection({ record, lang }: { record: RejectionRecord; lang: Lang }) {
  return (
    <p role="alert" data-testid="pack-rejection" style={{ color: '#a40000' }}>
      {record.rejection.code === 'fetch-failed' ? '' : `${T.rejected[lang]}${record.version ? ` (${record.version})` : ''}：`}
      {record.message[lang]}
      {record.rejection.code === 'fetch-failed' ? '' : `，${T.keptVersion[lang]}`}（{time(record.at, lang)}）
    </p>
  );
}

function SubscriptionRow({ sub, lang, busy, onRefresh, onUnsubscribe }: { sub: Subscription; lang: Lang; busy: boolean; onRefresh(): void; onUnsubscribe(): void }) {
  return (
    <li data-testid="pack-subscription" data-url={sub.url}>
      <code>{sub.url}</code> {sub.fromPolicy && <strong>[{T.fromPolicy[lang]}]</strong>}
      <br />
      {T.lastChecked[lang]}：<span data-testid="pack-last-checked">{time(sub.lastCheckedAt, lang)}</span>
      {sub.lastOutcome && ` · ${T.outcome[sub.lastOutcome][lang]}`} · {T.nextCheck[lang]}：{time(sub.nextCheckAt, lang)}
      {sub.lastChange && <Change change={sub.lastChange} lang={lang} />}
      {sub.lastRejection && <Rejection record={sub.lastRejection} lang={lang} />}
      {!sub.fromPolicy && sub.releasedByPolicyAt !== undefined && (
        <p data-testid="pack-released">
          {T.released[lang]}（{time(sub.releasedByPolicyAt, lang)}）
        </p>
      )}
      <button type="button" disabled={busy} onClick={onRefresh}>
        {T.checkNow[lang]}
      </button>{' '}
      {!sub.fromPolicy && (
        <button type="button" disabled={busy} onClick={onUnsubscribe}>
          {T.unsubscribe[lang]}
        </button>
      )}
    </li>
  );
}

function PackRow({ item, view, lang, busy, onRemove }: { item: InstalledPack; view: PacksView; lang: Lang; busy: boolean; onRemove(): void }) {
  const { pack } = item;
  const expired = isExpired(pack, new Date(view.now));
  const blocked = removalBlockedBy(view.state, pack.id, view.policy);
  return (
    <li data-testid="pack-installed" data-pack-id={pack.id} data-version={pack.version} data-disabled={item.disabled ? 'true' : undefined}>
      <strong>{pack.name}</strong> <code>{pack.id}</code> v{pack.version} · {pack.publisher} · {pack.templates.length} {T.templates[lang]} ·{' '}
      <span title={item.publicKey}>{item.signed ? `${T.signed[lang]} ${shortKey(item.publicKey ?? '')}` : T.unsigned[lang]}</span>
      {expired && (
        <strong data-testid="pack-expired" style={{ color: '#a40000' }}>
          {' '}
          [{T.expired[lang]}：{T.expiredHint[lang]}]
        </strong>
      )}
      {item.disabled && (
        <p role="alert" data-testid="pack-disabled" style={{ color: '#a40000' }}>
          {T.disabled[lang]}：{item.disabled.message[lang]}。{T.disabledHint[lang]}（{time(item.disabled.at, lang)}）
        </p>
      )}
      {pack.description && <p>{pack.description}</p>}
      {pack.rules.off.length > 0 && (
        <p>
          {T.rulesOff[lang]}：{pack.rules.off.join(', ')}
        </p>
      )}
      {blocked ? (
        <p>{blocked === 'locked-pack' ? T.locked[lang] : T.policySubscription[lang]}</p>
      ) : (
        <button type="button" disabled={busy} onClick={onRemove}>
          {T.remove[lang]}
        </button>
      )}
    </li>
  );
}

/** `lang` lets the options page pass its own choice; otherwise the browser's language decides. */
export function PacksTab({ lang = uiLanguage() }: { lang?: Lang } = {}) {
  const { view, busy, error, send, subscribe, installFile } = usePacks();
  const [url, setUrl] = useState('');
  const urlId = useId();
  const fileId = useId();

  const onSubscribe = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) void subscribe(url).then(() => setUrl(''));
  };

  if (!view) return <p>{error ? error[lang] : T.loading[lang]}</p>;
  const { state, policy, policyProblems } = view;
  const managed = policy.packUrls.length > 0 || policy.pinnedKeys.length > 0 || policy.lockedPacks.length > 0 || policy.disabledRules.length > 0;
  const packs = Object.values(state.installed).sort((a, b) => a.pack.name.localeCompare(b.pack.name));

  return (
    <section aria-labelledby={`${urlId}-h`} data-testid="packs-tab">
      <h2 id={`${urlId}-h`}>{T.title[lang]}</h2>
      <p>{T.intro[lang]}</p>
      {managed && (
        <div data-testid="packs-policy">
          <strong>{T.policy[lang]}</strong>
          {policy.pinnedKeys.length > 0 && (
            <p>
              {T.pinned[lang]}：{policy.pinnedKeys.map(shortKey).join('，')}
            </p>
          )}
        </div>
      )}
      {policyProblems.length > 0 && (
        <div role="alert">
          {T.policyProblem[lang]}：
          <ul>
            {policyProblems.map((p) => (
              <li key={p.key}>
                <code>{p.key}</code>：{p.issue}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" data-testid="packs-error">
          {error[lang]}
        </p>
      )}

      <form onSubmit={onSubscribe}>
        <label htmlFor={urlId}>{T.urlLabel[lang]}</label>{' '}
        <input id={urlId} type="url" required value={url} placeholder="https://…/pack.json" onChange={(e) => setUrl(e.target.value)} size={50} />{' '}
        <button type="submit" disabled={busy}>
          {T.subscribe[lang]}
        </button>
      </form>
      <p>
        <label htmlFor={fileId}>{T.file[lang]}</label>{' '}
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void installFile(file);
            e.target.value = '';
          }}
        />
      </p>
      {(state.lastFileRejection || state.lastFileChange) && (
        <div data-testid="packs-file-result">
          {T.fileResult[lang]}：{state.lastFileRejection && <Rejection record={state.lastFileRejection} lang={lang} />}
          {state.lastFileChange && !state.lastFileRejection && <Change change={state.lastFileChange} lang={lang} />}
        </div>
      )}

      <h3>{T.subscriptions[lang]}</h3>
      {state.subscriptions.length === 0 ? (
        <p>{T.noSubscriptions[lang]}</p>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => void send({ type: 'packs/refresh' })}>
            {T.checkAll[lang]}
          </button>
          <ul>
            {state.subscriptions.map((sub) => (
              <SubscriptionRow
                key={sub.url}
                sub={sub}
                lang={lang}
                busy={busy}
                onRefresh={() => void send({ type: 'packs/refresh', url: sub.url })}
                onUnsubscribe={() => void send({ type: 'packs/unsubscribe', url: sub.url })}
              />
            ))}
          </ul>
        </>
      )}

      <h3>{T.installed[lang]}</h3>
      {packs.length === 0 ? (
        <p>{T.noPacks[lang]}</p>
      ) : (
        <ul>
          {packs.map((item) => (
            <PackRow key={item.pack.id} item={item} view={view} lang={lang} busy={busy} onRemove={() => void send({ type: 'packs/remove', packId: item.pack.id })} />
          ))}
        </ul>
      )}
    </section>
  );
}
