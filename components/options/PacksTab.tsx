import { useId, useState, type FormEvent } from 'react';
import type { PacksView } from '@/lib/packs/messages';
import type { InstalledPack, PackChange, RejectionRecord, Subscription } from '@/lib/packs/state';
import { removalBlockedBy } from '@/lib/packs/sync';
import { isExpired } from '@/lib/packs/verify';
import { PACK_OUTCOME_LABEL, t, type StringKey, type UiLang } from './i18n';
import { ImportJsonButton } from './shared';
import { usePacks } from './usePacks';

// The 模板包 / Packs tab: subscribe by URL, install a file, see each subscription's last check,
// what changed and why an update was refused; installed packs with their signature, expiry,
// whether the policy's pinned keys disabled them and whether the admin's policy lets the doctor
// remove them. Pack text is shown as text only.

function time(ms: number | undefined, lang: UiLang): string {
  return ms === undefined ? t(lang, 'packsNever') : new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
}

function shortKey(key: string): string {
  return key.length > 24 ? `${key.slice(0, 20)}…${key.slice(-4)}` : key;
}

function Change({ change, lang }: { change: PackChange; lang: UiLang }) {
  const parts: [StringKey, string[]][] = [
    ['packsAdded', change.added],
    ['packsRemoved', change.removed],
    ['packsEdited', change.changed],
  ];
  const shown = parts.filter(([, list]) => list.length > 0);
  return (
    <p data-testid="pack-change">
      {t(lang, 'packsChanged')}（{change.from ? `${change.from} → ` : ''}
      {change.to}，{time(change.at, lang)}）：
      {shown.length === 0 ? t(lang, 'packsNoTemplateChange') : shown.map(([label, list]) => `${t(lang, label)} ${list.join('、')}`).join('；')}
    </p>
  );
}

function Rejection({ record, lang }: { record: RejectionRecord; lang: UiLang }) {
  return (
    <p role="alert" data-testid="pack-rejection" style={{ color: '#a40000' }}>
      {record.rejection.code === 'fetch-failed' ? '' : `${t(lang, 'packsRejected')}${record.version ? ` (${record.version})` : ''}：`}
      {record.message[lang]}
      {record.rejection.code === 'fetch-failed' ? '' : `，${t(lang, 'packsKeptVersion')}`}（{time(record.at, lang)}）
    </p>
  );
}

function SubscriptionRow({ sub, lang, busy, onRefresh, onUnsubscribe }: { sub: Subscription; lang: UiLang; busy: boolean; onRefresh(): void; onUnsubscribe(): void }) {
  return (
    <li data-testid="pack-subscription" data-url={sub.url}>
      <code>{sub.url}</code> {sub.fromPolicy && <strong>[{t(lang, 'packsFromPolicy')}]</strong>}
      <br />
      {t(lang, 'packsLastChecked')}：<span data-testid="pack-last-checked">{time(sub.lastCheckedAt, lang)}</span>
      {sub.lastOutcome && ` · ${PACK_OUTCOME_LABEL[sub.lastOutcome][lang]}`} · {t(lang, 'packsNextCheck')}：{time(sub.nextCheckAt, lang)}
      {sub.lastChange && <Change change={sub.lastChange} lang={lang} />}
      {sub.lastRejection && <Rejection record={sub.lastRejection} lang={lang} />}
      {!sub.fromPolicy && sub.releasedByPolicyAt !== undefined && (
        <p data-testid="pack-released">
          {t(lang, 'packsReleased')}（{time(sub.releasedByPolicyAt, lang)}）
        </p>
      )}
      <button type="button" disabled={busy} onClick={onRefresh}>
        {t(lang, 'packsCheckNow')}
      </button>{' '}
      {!sub.fromPolicy && (
        <button type="button" disabled={busy} onClick={onUnsubscribe}>
          {t(lang, 'packsUnsubscribe')}
        </button>
      )}
    </li>
  );
}

function PackRow({ item, view, lang, busy, onRemove }: { item: InstalledPack; view: PacksView; lang: UiLang; busy: boolean; onRemove(): void }) {
  const { pack } = item;
  const expired = isExpired(pack, new Date(view.now));
  const blocked = removalBlockedBy(view.state, pack.id, view.policy);
  return (
    <li data-testid="pack-installed" data-pack-id={pack.id} data-version={pack.version} data-disabled={item.disabled ? 'true' : undefined}>
      <strong>{pack.name}</strong> <code>{pack.id}</code> v{pack.version} · {pack.publisher} · {pack.templates.length} {t(lang, 'packsTemplates')} ·{' '}
      <span title={item.publicKey}>{item.signed ? `${t(lang, 'packsSigned')} ${shortKey(item.publicKey ?? '')}` : t(lang, 'packsUnsigned')}</span>
      {expired && (
        <strong data-testid="pack-expired" style={{ color: '#a40000' }}>
          {' '}
          [{t(lang, 'packsExpired')}：{t(lang, 'packsExpiredHint')}]
        </strong>
      )}
      {item.disabled && (
        <p role="alert" data-testid="pack-disabled" style={{ color: '#a40000' }}>
          {t(lang, 'packsDisabled')}：{item.disabled.message[lang]}。{t(lang, 'packsDisabledHint')}（{time(item.disabled.at, lang)}）
        </p>
      )}
      {pack.description && <p>{pack.description}</p>}
      {pack.rules.off.length > 0 && (
        <p>
          {t(lang, 'packsRulesOff')}：{pack.rules.off.join(', ')}
        </p>
      )}
      {blocked ? (
        <p>{blocked === 'locked-pack' ? t(lang, 'packsLocked') : t(lang, 'packsPolicySubscription')}</p>
      ) : (
        <button type="button" disabled={busy} onClick={onRemove}>
          {t(lang, 'packsRemove')}
        </button>
      )}
    </li>
  );
}

/** `lang` lets the options page pass its own choice; otherwise the browser's language decides. */
export function PacksTab({ lang }: { lang: UiLang }) {
  const { view, busy, error, send, subscribe, installFile } = usePacks();
  const [url, setUrl] = useState('');
  const urlId = useId();
  /** The chosen file's name when its bytes were not text: it never reached the background. */
  const [notTextFile, setNotTextFile] = useState<string | null>(null);

  const onSubscribe = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) void subscribe(url).then(() => setUrl(''));
  };

  if (!view) return <p>{error ? error[lang] : t(lang, 'loading')}</p>;
  const { state, policy, policyProblems } = view;
  const managed = policy.packUrls.length > 0 || policy.pinnedKeys.length > 0 || policy.lockedPacks.length > 0 || policy.disabledRules.length > 0;
  const packs = Object.values(state.installed).sort((a, b) => a.pack.name.localeCompare(b.pack.name));

  return (
    <section aria-labelledby={`${urlId}-h`} data-testid="packs-tab">
      <h2 id={`${urlId}-h`}>{t(lang, 'packsTitle')}</h2>
      <p>{t(lang, 'packsIntro')}</p>
      {managed && (
        <div data-testid="packs-policy">
          <strong>{t(lang, 'packsPolicy')}</strong>
          {policy.pinnedKeys.length > 0 && (
            <p>
              {t(lang, 'packsPinned')}：{policy.pinnedKeys.map(shortKey).join('，')}
            </p>
          )}
        </div>
      )}
      {policyProblems.length > 0 && (
        <div role="alert">
          {t(lang, 'packsPolicyProblem')}：
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
        <label htmlFor={urlId}>{t(lang, 'packsUrlLabel')}</label>{' '}
        <input id={urlId} type="url" required value={url} placeholder="https://…/pack.json" onChange={(e) => setUrl(e.target.value)} size={50} />{' '}
        <button type="submit" disabled={busy}>
          {t(lang, 'packsSubscribe')}
        </button>
      </form>
      <p>
        <ImportJsonButton
          lang={lang}
          label={t(lang, 'packsFile')}
          disabled={busy}
          onText={(text, name) => {
            setNotTextFile(null);
            return installFile(name, text);
          }}
          onNotText={setNotTextFile}
        />
      </p>
      {notTextFile !== null ? (
        <div data-testid="packs-file-result" role="alert">
          {t(lang, 'packsFileResult')}：{notTextFile} {t(lang, 'fileNotText')}
        </div>
      ) : (
        (state.lastFileRejection || state.lastFileChange) && (
          <div data-testid="packs-file-result">
            {t(lang, 'packsFileResult')}：{state.lastFileRejection && <Rejection record={state.lastFileRejection} lang={lang} />}
            {state.lastFileChange && !state.lastFileRejection && <Change change={state.lastFileChange} lang={lang} />}
          </div>
        )
      )}

      <h3>{t(lang, 'packsSubscriptions')}</h3>
      {state.subscriptions.length === 0 ? (
        <p>{t(lang, 'packsNoSubscriptions')}</p>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => void send({ type: 'packs/refresh' })}>
            {t(lang, 'packsCheckAll')}
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

      <h3>{t(lang, 'packsInstalled')}</h3>
      {packs.length === 0 ? (
        <p>{t(lang, 'packsNoPacks')}</p>
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
