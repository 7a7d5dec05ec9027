import { StrictMode, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { Attachment, Message } from '../../lib/conversation';
import { attachmentImage, attachmentLabel } from './attachments';
import { consoleTitle, hoursBetween, readRoute, routeQuery, shortBeijingTime, type UiLang } from './route';
import { SCENARIOS, type DemoScenario } from './scenarios';

// The demo 图文问诊 console: a React 19 app whose draft box is React-controlled, like the
// real consoles ReplyCheck sits on. Its DOM is a contract shared with the built-in site adapter
// and the e2e tests: .patient-card, .thread .msg-patient/.msg-doctor, #draft, .send-btn,
// #state-mirror, window.__demoSent. Change it only together with that adapter.

/** A 图文问诊 order buys the patient a number of messages (seed 000: patients "save 条数"). */
const MESSAGE_QUOTA = 20;

const UI = {
  zh: {
    brand: '安心问诊 · 医生工作台',
    tabs: ['图文问诊', '电话问诊', '私人医生', '处方管理'],
    scenario: '演示场景',
    now: '当前时间',
    switchLang: 'English',
    consult: '图文问诊',
    ongoing: '进行中',
    waited: (h: number) => `患者已等待 ${h} 小时`,
    card: '患者信息',
    intake: '病情描述',
    medications: '用药情况',
    attachments: '病历资料',
    none: '无',
    patient: '患者',
    doctor: '医生',
    messagesLeft: (n: number) => `剩余条数 ${n}/${MESSAGE_QUOTA}`,
    privateDoctor: '私人医生',
    tools: ['快捷回复', '常用语', '图片', '开处方'],
    placeholder: '请输入回复内容，Enter 发送，Shift+Enter 换行',
    send: '发送',
    start: '患者发起了图文问诊',
    second: '随访消息（另起一条发送）',
    secondPlaceholder: '写一条随访消息，Enter 发送',
  },
  en: {
    brand: 'CalmCare · Doctor console',
    tabs: ['Text consults', 'Phone consults', 'Private doctor', 'Prescriptions'],
    scenario: 'Demo scenario',
    now: 'Now',
    switchLang: '中文',
    consult: 'Text consultation',
    ongoing: 'open',
    waited: (h: number) => `Patient has waited ${h} h`,
    card: 'Patient',
    intake: 'Description',
    medications: 'Current medication',
    attachments: 'Records',
    none: 'none',
    patient: 'Patient',
    doctor: 'Doctor',
    messagesLeft: (n: number) => `${n}/${MESSAGE_QUOTA} left`,
    privateDoctor: 'Private doctor',
    tools: ['Quick replies', 'Phrases', 'Image', 'Prescribe'],
    placeholder: 'Type your reply. Enter sends, Shift+Enter adds a line',
    send: 'Send',
    start: 'The patient started a text consultation',
    second: 'Follow-up message (sent on its own)',
    secondPlaceholder: 'Write a follow-up message. Enter sends',
  },
} as const;

type Ui = (typeof UI)[UiLang];

function Header({ ui, lang, scenario, onPick }: { ui: Ui; lang: UiLang; scenario: DemoScenario; onPick: (id: string) => void }) {
  const other: UiLang = lang === 'en' ? 'zh' : 'en';
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark">✚</span>
        {ui.brand}
      </div>
      <nav className="tabs">
        {ui.tabs.map((t, i) => (
          <span key={t} className={i === 0 ? 'tab active' : 'tab'}>
            {t}
          </span>
        ))}
      </nav>
      <div className="topbar-right">
        <label className="picker">
          {ui.scenario}
          <select
            className="scenario-picker"
            value={scenario.id}
            onChange={(e) => onPick(e.target.value)}
          >
            {SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
        {scenario.conversation.now && (
          <span className="clock">
            {ui.now} <time dateTime={scenario.conversation.now}>{shortBeijingTime(scenario.conversation.now)}</time>
          </span>
        )}
        <a className="lang-switch" href={routeQuery(scenario.id, other)}>
          {ui.switchLang}
        </a>
        <span className="doctor-badge">
          {scenario.conversation.doctor ?? ''} · {scenario.conversation.department ?? ''}
        </span>
      </div>
    </header>
  );
}

function AttachmentFigure({ attachment, lang }: { attachment: Attachment; lang: UiLang }) {
  const label = attachmentLabel(attachment.kind, lang);
  return (
    <figure className="attachment">
      <img alt={attachment.name ?? label} src={attachmentImage(attachment)} width={132} height={176} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function PatientCard({ ui, lang, scenario, patientMessages }: { ui: Ui; lang: UiLang; scenario: DemoScenario; patientMessages: number }) {
  const { patient, attachments } = scenario.conversation;
  const name = patient?.name ?? '';
  return (
    <aside className="patient-card">
      <h2 className="card-title">{ui.card}</h2>
      <div className="patient-head">
        <span className="avatar avatar-patient">{name.slice(0, 1)}</span>
        <div>
          <div className="patient-name">{name}</div>
          <div className="patient-tags">
            <span className="tag">{ui.consult}</span>
            {patientMessages < MESSAGE_QUOTA ? (
              <span className="tag tag-muted">{ui.messagesLeft(MESSAGE_QUOTA - patientMessages)}</span>
            ) : (
              <span className="tag tag-muted">{ui.privateDoctor}</span>
            )}
          </div>
        </div>
      </div>
      <section className="card-section">
        <h3>{ui.intake}</h3>
        <p className="intake">{patient?.intake ?? ui.none}</p>
      </section>
      <section className="card-section">
        <h3>{ui.medications}</h3>
        <p className="medications">{patient?.medications ?? ui.none}</p>
      </section>
      <section className="card-section">
        <h3>{ui.attachments}</h3>
        <div className="attachments">
          {attachments.length === 0 ? <span className="muted">{ui.none}</span> : null}
          {attachments.map((a, i) => (
            <AttachmentFigure key={i} attachment={a} lang={lang} />
          ))}
        </div>
      </section>
    </aside>
  );
}

function MessageItem({ message, ui, patientName, doctorName }: { message: Message; ui: Ui; patientName: string; doctorName: string }) {
  const mine = message.role === 'doctor';
  const who = mine ? doctorName || ui.doctor : patientName || ui.patient;
  return (
    <div className={mine ? 'msg msg-doctor' : 'msg msg-patient'}>
      <span className={mine ? 'avatar avatar-doctor' : 'avatar avatar-patient'}>{who.slice(0, 1)}</span>
      <div className="msg-body">
        <div className="msg-meta">
          <span className="msg-who">{who}</span>
          {message.at && <time dateTime={message.at}>{shortBeijingTime(message.at)}</time>}
        </div>
        <div className="msg-text">{message.text}</div>
      </div>
    </div>
  );
}

/** One draft box with its own send button, Enter-to-send and React-held draft (mirrored into
 *  an <output> so tests can compare React's state with the textarea). */
function Composer(props: {
  id: string;
  mirrorId: string;
  placeholder: string;
  send: string;
  heading?: string;
  tools?: readonly string[];
  onSend: (text: string) => void;
}) {
  const [draft, setDraft] = useState('');

  function send(): void {
    const text = draft;
    if (text.trim() === '') return;
    props.onSend(text);
    setDraft('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key !== 'Enter' || e.shiftKey) return;
    // An Enter that commits an IME composition (pinyin → 汉字) must never send.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  }

  return (
    <div className="composer" data-composer={props.id}>
      {props.heading && <h3 className="composer-heading">{props.heading}</h3>}
      {props.tools && (
        <div className="composer-tools">
          {props.tools.map((t) => (
            <button key={t} type="button" className="tool-btn">
              {t}
            </button>
          ))}
        </div>
      )}
      <textarea
        id={props.id}
        className="draft-input"
        placeholder={props.placeholder}
        aria-label={props.heading ?? props.placeholder}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        rows={props.heading ? 3 : 5}
      />
      <div className="composer-foot">
        <span className="counter">{draft.length}/1000</span>
        <button type="button" className="send-btn" onClick={send}>
          {props.send}
        </button>
      </div>
      {/* What React holds as the draft: tests compare it with the textarea to prove an
          inserted fix reached the page's state, not only the DOM. */}
      <output id={props.mirrorId} className="visually-hidden">
        {draft}
      </output>
    </div>
  );
}

function ConsoleApp({ scenario, lang, drafts, onPick }: { scenario: DemoScenario; lang: UiLang; drafts: 1 | 2; onPick: (id: string) => void }) {
  const ui = UI[lang];
  const conv = scenario.conversation;
  const [messages, setMessages] = useState<Message[]>(conv.messages);
  const threadRef = useRef<HTMLElement>(null);

  // Keep the newest message in view, as chat consoles do.
  useLayoutEffect(() => {
    const el = threadRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  function send(text: string): void {
    window.__demoSent.push(text);
    setMessages((prev) => [...prev, { role: 'doctor', text, ...(conv.now ? { at: conv.now } : {}) }]);
  }

  // The patient has waited since their first message after the doctor's last reply.
  const lastDoctor = messages.findLastIndex((m) => m.role === 'doctor');
  const firstUnanswered = messages[lastDoctor + 1];
  const waited = firstUnanswered ? hoursBetween(firstUnanswered.at, conv.now) : 0;
  const patientMessages = messages.filter((m) => m.role === 'patient').length;
  const patientName = conv.patient?.name ?? '';

  return (
    <div className="console">
      <Header ui={ui} lang={lang} scenario={scenario} onPick={onPick} />
      <div className="workspace">
        <PatientCard ui={ui} lang={lang} scenario={scenario} patientMessages={patientMessages} />
        <main className="conversation">
          <div className="conversation-head">
            <span className="conversation-title">
              {patientName} · {ui.consult}
            </span>
            <span className="status">{ui.ongoing}</span>
            {waited >= 1 && <span className="waited">{ui.waited(waited)}</span>}
          </div>
          <section className="thread" ref={threadRef}>
            <div className="system-note">{ui.start}</div>
            {messages.map((m, i) => (
              <MessageItem key={i} message={m} ui={ui} patientName={patientName} doctorName={conv.doctor ?? ''} />
            ))}
          </section>
          <Composer id="draft" mirrorId="state-mirror" placeholder={ui.placeholder} send={ui.send} tools={ui.tools} onSend={send} />
          {drafts === 2 && (
            <Composer id="draft-2" mirrorId="state-mirror-2" placeholder={ui.secondPlaceholder} send={ui.send} heading={ui.second} onSend={send} />
          )}
        </main>
      </div>
    </div>
  );
}

/** Picking another scenario is single-page navigation (history.pushState), as in real consoles
 *  that switch patients without a reload: the whole console, draft box included, re-mounts. */
function DemoRoot({ initial }: { initial: { lang: UiLang; drafts: 1 | 2; scenario: DemoScenario } }) {
  const [route, setRoute] = useState(initial);
  useEffect(() => {
    const onPop = () => {
      const next = readRoute(window.location.search);
      if (next.scenario) setRoute({ lang: next.lang, drafts: next.drafts, scenario: next.scenario });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    const { now } = route.scenario.conversation;
    if (now) document.querySelector('meta[name="replycheck-now"]')?.setAttribute('content', now);
    const name = route.scenario.conversation.patient?.name ?? '';
    document.title = consoleTitle(name, route.lang);
  }, [route]);
  function pick(id: string): void {
    const query = routeQuery(id, route.lang, route.drafts);
    const next = readRoute(query);
    if (!next.scenario) return;
    window.history.pushState(null, '', query);
    setRoute({ lang: next.lang, drafts: next.drafts, scenario: next.scenario });
  }
  return <ConsoleApp key={route.scenario.id} scenario={route.scenario} lang={route.lang} drafts={route.drafts} onPick={pick} />;
}

function mount(): void {
  window.__demoSent = [];
  const root = document.getElementById('root');
  const { lang, drafts, scenario } = readRoute(window.location.search);
  if (!root || !scenario) return;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  createRoot(root).render(
    <StrictMode>
      <DemoRoot initial={{ lang, drafts, scenario }} />
    </StrictMode>,
  );
}

mount();
