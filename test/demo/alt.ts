import type { Message } from '../../lib/conversation';
import { attachmentImage, attachmentLabel } from './attachments';
import { readRoute, shortBeijingTime, type UiLang } from './route';
import type { DemoScenario } from './scenarios';

// A SECOND console layout, built unlike the main one on purpose: plain DOM instead of React,
// other class names, no ids or data-* hooks, patient info on the right, a contenteditable
// editor, Ctrl+Enter (or ⌘+Enter) to send and a button labelled 回复. ReplyCheck's built-in
// adapter does not know it; the "set up this site" flow must learn it from the doctor's clicks.

const TEXT = {
  zh: { top: '在线咨询 · 医生端', who: { patient: '患者', doctor: '我' }, info: '咨询人资料', desc: '主诉', drugs: '当前用药', pics: '上传图片', reply: '回复', hint: 'Ctrl+Enter 发送' },
  en: { top: 'Online consultation · Doctor', who: { patient: 'Patient', doctor: 'Me' }, info: 'Client details', desc: 'Complaint', drugs: 'Current drugs', pics: 'Uploads', reply: '回复', hint: 'Ctrl+Enter to send' },
} as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function row(message: Message, lang: UiLang): HTMLLIElement {
  const li = el('li', message.role === 'patient' ? 'row left' : 'row right');
  li.append(el('span', 'who', TEXT[lang].who[message.role]));
  li.append(el('p', 'content', message.text));
  if (message.at) {
    const stamp = el('span', 'stamp', shortBeijingTime(message.at));
    stamp.title = message.at;
    li.append(stamp);
  }
  return li;
}

function render(root: HTMLElement, scenario: DemoScenario, lang: UiLang): void {
  const t = TEXT[lang];
  const conv = scenario.conversation;
  root.append(el('div', 'topline', t.top));
  const cols = el('div', 'cols');
  root.append(cols);

  const chat = el('div', 'chat-col');
  const list = el('ul', 'conv-list');
  for (const m of conv.messages) list.append(row(m, lang));
  const editorWrap = el('div', 'editor-wrap');
  const editor = el('div', 'rich-editor');
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-multiline', 'true');
  const foot = el('div', 'editor-foot');
  const replyBtn = el('button', 'btn-primary', t.reply);
  replyBtn.type = 'button';
  foot.append(el('span', 'hint', t.hint), replyBtn);
  editorWrap.append(editor, foot);
  chat.append(list, editorWrap);

  const info = el('div', 'info-col');
  const card = el('div', 'p-info');
  card.append(el('h3', 'nm', conv.patient?.name ?? ''), el('div', 'sub', t.info));
  const dl = el('dl', '');
  dl.append(el('dt', '', t.desc), el('dd', 'desc', conv.patient?.intake ?? ''));
  dl.append(el('dt', '', t.drugs), el('dd', 'drugs', conv.patient?.medications ?? ''));
  card.append(dl, el('div', 'sub', t.pics));
  const pics = el('div', 'pics');
  for (const a of conv.attachments) {
    const img = el('img', 'thumb');
    img.alt = a.name ?? attachmentLabel(a.kind, 'zh');
    img.title = attachmentLabel(a.kind, lang);
    img.src = attachmentImage(a);
    pics.append(img);
  }
  card.append(pics);
  info.append(card);
  cols.append(chat, info);

  function send(): void {
    const text = editor.innerText.replace(/\n$/, '');
    if (text.trim() === '') return;
    window.__demoSent.push(text);
    list.append(row({ role: 'doctor', text, ...(conv.now ? { at: conv.now } : {}) }, lang));
    editor.textContent = '';
    list.scrollTop = list.scrollHeight;
  }
  replyBtn.addEventListener('click', send);
  editor.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    if (e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  });
  list.scrollTop = list.scrollHeight;
}

function mount(): void {
  window.__demoSent = [];
  const root = document.getElementById('alt-root');
  const { lang, scenario } = readRoute(window.location.search);
  if (root && scenario) render(root, scenario, lang);
}

mount();
