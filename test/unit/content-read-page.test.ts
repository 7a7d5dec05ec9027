// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADAPTER } from '../../lib/adapters/schema';
import { readConversation, readThread } from '../../entrypoints/content/read-page';
import { deriveAdapter } from '../../entrypoints/content/setup-site';

// Reading a page into a Conversation through an adapter, and deriving an adapter from clicks,
// on small fixtures shaped like the demo console's two layouts.

const MAIN = `
<meta name="replycheck-now" content="2026-11-20T12:00:00+08:00">
<aside class="patient-card"><div class="patient-name">张女士</div><p class="intake">焦虑两个月</p>
  <p class="medications">文拉法辛 75mg</p>
  <div class="attachments"><figure class="attachment"><img alt="处方.jpg" src="data:image/svg+xml,x"><figcaption>处方</figcaption></figure></div></aside>
<section class="thread">
  <div class="msg msg-doctor"><div class="msg-text">先维持剂量。</div><time datetime="2026-11-13T10:00:00+08:00">11-13</time></div>
  <div class="msg msg-patient"><div class="msg-text">下次什么时候面诊，本次能开药吗</div><time datetime="not a date">?</time></div>
</section>
<textarea id="draft"></textarea><button class="send-btn">发送</button>`;

const ALT = `
<ul class="conv-list">
  <li class="row left"><span class="who">患者</span><p class="content">医生您好，睡不好。</p><span class="stamp" title="2026-11-20T09:12:00+08:00">09:12</span></li>
  <li class="row right"><span class="who">我</span><p class="content">你好，请问多久了？</p></li>
  <li class="row left"><span class="who">患者</span><p class="content">一个月了。</p></li>
</ul>
<div class="editor-wrap"><div class="rich-editor" contenteditable="true"></div><div class="editor-foot"><button class="btn-primary">回复</button></div></div>
<div class="editor-wrap"><button class="btn-primary">其他</button></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('reading the demo console', () => {
  it('reads roles, texts, valid times, the patient card, attachments and now', () => {
    document.body.innerHTML = MAIN;
    const conv = readConversation(readThread(document, DEMO_ADAPTER), '一个月后面诊');
    expect(conv.messages).toEqual([
      { role: 'doctor', text: '先维持剂量。', at: '2026-11-13T10:00:00+08:00' },
      // An unreadable time is left out rather than failing the whole read.
      { role: 'patient', text: '下次什么时候面诊，本次能开药吗' },
    ]);
    expect(conv.patient).toEqual({ name: '张女士', intake: '焦虑两个月', medications: '文拉法辛 75mg' });
    expect(conv.attachments).toEqual([{ kind: 'prescription', name: '处方.jpg', text: '处方' }]);
    expect(conv.now).toBe('2026-11-20T12:00:00+08:00');
    expect(conv.draft).toBe('一个月后面诊');
  });

  it('reads an empty page as an empty thread, not an error', () => {
    const conv = readConversation(readThread(document, DEMO_ADAPTER), '');
    expect(conv.messages).toEqual([]);
    expect(conv.patient).toBeUndefined();
  });
});

describe('set up this site', () => {
  it('derives an adapter from four clicks on the second layout and reads its thread', () => {
    document.body.innerHTML = ALT;
    const q = (s: string) => {
      const el = document.querySelector(s);
      if (!el) throw new Error(s);
      return el;
    };
    const adapter = deriveAdapter(document, [q('.rich-editor'), q('.btn-primary'), q('li.left p.content'), q('li.right p.content')], 'Ctrl+Enter');
    expect(adapter).toMatchObject({
      draft: 'div.rich-editor[contenteditable]',
      message: 'ul.conv-list > li.row',
      patientMessage: '.left',
      messageText: 'p.content',
      messageTime: 'span.stamp',
      messageTimeAttr: 'title',
      sendKeys: ['Ctrl+Enter'],
    });
    // Two .btn-primary buttons: the send button's selector is scoped until it is unique.
    expect(document.querySelectorAll(adapter.sendButton)).toHaveLength(1);
    expect(document.querySelector(adapter.sendButton)?.textContent).toBe('回复');
    const { messages } = readThread(document, adapter);
    expect(messages.map((m) => m.role)).toEqual(['patient', 'doctor', 'patient']);
    expect(messages[0]).toEqual({ role: 'patient', text: '医生您好，睡不好。', at: '2026-11-20T09:12:00+08:00' });
  });

  it('refuses a first click that is not a text box', () => {
    document.body.innerHTML = ALT;
    const q = (s: string) => document.querySelector(s) as Element;
    expect(() => deriveAdapter(document, [q('.who'), q('.btn-primary'), q('li.left p.content'), q('li.right p.content')], 'Enter')).toThrow(
      /not a text box/,
    );
  });
});
