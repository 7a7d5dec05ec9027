import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../../lib/conversation';
import type { Finding } from '../../lib/findings';
import {
  AuditAggregator,
  auditLine,
  auditText,
  evidenceSourceText,
  formatLineError,
  jsonlLine,
  type AuditLineResult,
} from '../../lib/report/audit';
import { escapeHtml, renderHtmlReport, renderTextSummary } from '../../lib/report/render';

// The rules are being written elsewhere and start empty, so the engine is replaced by a stub
// whose findings this file controls: a draft containing "FLAG" draws a generic-reply finding
// quoting it; a patient message containing "ASK" draws an unanswered-question finding quoting
// that word in the message (evidence keys deliberately out of order). Everything else is real.
vi.mock('../../lib/engine', () => ({
  checkDraft(c: Conversation): Finding[] {
    const out: Finding[] = [];
    const at = c.draft.indexOf('FLAG');
    if (at >= 0)
      out.push({
        rule: 'generic-reply',
        severity: 'warning',
        message: { zh: '回复空泛', en: 'Generic reply' },
        evidence: { source: 'draft', text: 'FLAG', start: at, end: at + 4 },
        fixes: [],
      });
    c.messages.forEach((m, index) => {
      const i = m.text.indexOf('ASK');
      if (m.role === 'patient' && i >= 0)
        out.push({
          rule: 'unanswered-question',
          severity: 'info',
          message: { zh: '问题未回答', en: 'Question left open' },
          evidence: { end: i + 3, start: i, text: 'ASK', index, source: 'message' },
          fixes: [{ label: { zh: '补充', en: 'Add' }, text: 'x', at: 'end' }],
        });
    });
    return out;
  },
}));

const line = (o: object) => JSON.stringify(o);

describe('auditLine', () => {
  it('skips blank lines', () => {
    expect(auditLine('', 1)).toBeUndefined();
    expect(auditLine('   \r', 2)).toBeUndefined();
  });

  it('names a line that is not JSON', () => {
    const r = auditLine('{oops', 7);
    expect(r?.kind).toBe('error');
    if (r?.kind !== 'error') return;
    expect(r.error).toMatchObject({ line: 7, kind: 'not-json' });
    expect(r.error.field).toBeUndefined();
    expect(formatLineError(r.error, 'en')).toMatch(/^line 7: not valid JSON/);
    expect(formatLineError(r.error, 'zh')).toMatch(/^第 7 行/);
  });

  it('names the field (zod issue path) of a line that is not the format', () => {
    const r = auditLine(line({ id: 'a', messages: [{ role: 'patient', text: 'x' }, { role: 'nurse', text: 'y' }], draft: 'd' }), 3);
    if (r?.kind !== 'error') throw new Error('expected an error');
    expect(r.error).toMatchObject({ line: 3, kind: 'schema', field: 'messages.1.role' });
    expect(formatLineError(r.error, 'zh')).toContain('字段 messages.1.role');
    expect(formatLineError(r.error, 'en')).toContain('field messages.1.role');
    const missing = auditLine(line({ messages: [] }), 4);
    if (missing?.kind !== 'error') throw new Error('expected an error');
    expect(missing.error.field).toBe('draft');
  });

  it('writes the JSONL contract: key order, message in the case language, ordered evidence', () => {
    const r = auditLine(
      line({ id: 'c1', language: 'zh', messages: [{ role: 'patient', text: '请问ASK吗' }], draft: '多放松FLAG' }),
      1,
    );
    if (r?.kind !== 'case') throw new Error('expected a case');
    const out = JSON.parse(jsonlLine(r)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'language', 'findings']);
    expect(out).toEqual({
      id: 'c1',
      language: 'zh',
      findings: [
        { rule: 'generic-reply', severity: 'warning', message: '回复空泛', evidence: { source: 'draft', text: 'FLAG', start: 3, end: 7 } },
        {
          rule: 'unanswered-question',
          severity: 'info',
          message: '问题未回答',
          evidence: { source: 'message', index: 0, text: 'ASK', start: 2, end: 5 },
        },
      ],
    });
    const findings = out['findings'] as Record<string, unknown>[];
    expect(Object.keys(findings[1] ?? {})).toEqual(['rule', 'severity', 'message', 'evidence']);
    expect(Object.keys((findings[1]?.['evidence'] ?? {}) as object)).toEqual(['source', 'index', 'text', 'start', 'end']);
  });

  it('detects the language when the case has none, and writes id null when it has no id', () => {
    const r = auditLine(line({ messages: [{ role: 'patient', text: 'I have had a headache for three days.' }], draft: 'Please rest and FLAG drink water.' }), 1);
    if (r?.kind !== 'case') throw new Error('expected a case');
    expect(r.record.id).toBeNull();
    expect(r.record.language).toBe('en');
    expect(r.record.findings[0]?.message).toBe('Generic reply');
  });

  it('writes a bad line as {"id":null,"line":N,"error"}', () => {
    const r = auditLine('nope', 12);
    if (!r) throw new Error('expected a result');
    const out = JSON.parse(jsonlLine(r)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'line', 'error']);
    expect(out).toMatchObject({ id: null, line: 12 });
    expect(String(out['error'])).toMatch(/^line 12: not valid JSON/);
  });
});

describe('evidenceSourceText', () => {
  it('finds the text an evidence span points into, as the engine builds it', () => {
    const c = auditLine(
      line({
        patient: { intake: '病情', medications: '舍曲林' },
        attachments: [{ kind: 'prescription', name: '处方.jpg', text: 'qd' }],
        messages: [{ role: 'patient', text: 'm0' }],
        draft: 'd',
      }),
      1,
    );
    if (c?.kind !== 'case') throw new Error('expected a case');
    const conv = c.conversation;
    expect(evidenceSourceText(conv, { source: 'draft', text: 'd', start: 0, end: 1 })).toBe('d');
    expect(evidenceSourceText(conv, { source: 'message', index: 0, text: 'm', start: 0, end: 1 })).toBe('m0');
    expect(evidenceSourceText(conv, { source: 'message', index: 5, text: 'm', start: 0, end: 1 })).toBeUndefined();
    expect(evidenceSourceText(conv, { source: 'intake', text: '病', start: 0, end: 1 })).toBe('病情');
    expect(evidenceSourceText(conv, { source: 'medications', text: '舍', start: 0, end: 1 })).toBe('舍曲林');
    expect(evidenceSourceText(conv, { source: 'attachment', index: 0, text: 'qd', start: 21, end: 23 })).toBe('prescription 处方.jpg qd');
  });
});

const FIXTURE = [
  line({ id: 'a1', language: 'zh', department: '心内科', doctor: '张医生', messages: [{ role: 'patient', text: '请问ASK' }], draft: '别想太多FLAG' }),
  line({ id: 'a2', language: 'zh', department: '心内科', doctor: '李医生', messages: [{ role: 'patient', text: '胸闷' }], draft: '好的FLAG' }),
  '',
  '{broken',
  line({ id: 'a3', language: 'en', department: 'Cardiology', messages: [{ role: 'patient', text: 'hi' }], draft: 'ok' }),
  line({ id: 'a4', language: 'zh', department: '消化科', messages: [{ role: 'patient', text: '胃痛' }], draft: '好' }),
].join('\n');

describe('AuditAggregator', () => {
  it('counts cases flagged per rule, rates over audited cases, and groups by language, department, doctor', () => {
    const { results, summary } = auditText(FIXTURE);
    expect(results.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    expect(summary).toMatchObject({ lines: 5, cases: 4, casesWithFindings: 2, casesFlagged: 2, errorsOmitted: 0 });
    expect(summary.errors).toEqual([expect.objectContaining({ line: 4, kind: 'not-json' })]);
    const generic = summary.rules.find((r) => r.rule === 'generic-reply');
    expect(generic).toMatchObject({ cases: 2, rate: 0.5, advisedCases: 0, findings: 2, bySeverity: { error: 0, warning: 2, info: 0 } });
    // Advice (info) does not flag a case: it is counted apart.
    const unanswered = summary.rules.find((r) => r.rule === 'unanswered-question');
    expect(unanswered).toMatchObject({ cases: 0, rate: 0, advisedCases: 1, findings: 1, bySeverity: { info: 1 } });
    expect(summary.rules.find((r) => r.rule === 'missing-closing')).toMatchObject({ cases: 0, rate: 0 });

    expect(summary.groups.department?.map((g) => [g.key, g.cases, g.flagged['generic-reply']])).toEqual([
      ['心内科', 2, 2],
      ['Cardiology', 1, 0],
      ['消化科', 1, 0],
    ]);
    expect(summary.groups.doctor?.map((g) => g.key).sort()).toEqual(['张医生', '李医生']);
    expect(summary.groups.language?.map((g) => [g.key, g.cases])).toEqual([
      ['zh', 3],
      ['en', 1],
    ]);
  });

  it('counts a case once per rule however many findings it has', () => {
    const c = line({ id: 'm', language: 'zh', messages: [{ role: 'patient', text: 'ASK' }, { role: 'patient', text: 'ASK' }], draft: 'x' });
    const { summary } = auditText(c);
    expect(summary.rules.find((r) => r.rule === 'unanswered-question')).toMatchObject({ cases: 0, advisedCases: 1, findings: 2, rate: 0 });
    expect(summary.examples['unanswered-question']).toHaveLength(1);
  });

  it('shows flagged examples before advice: a flagged one takes the place of advice in a full list', () => {
    const agg = new AuditAggregator({ examplesPerRule: 2 });
    const caseWith = (id: string, severity: 'warning' | 'info', n: number): AuditLineResult => {
      const r = auditLine(line({ id, language: 'zh', messages: [], draft: 'FLAG' }), n);
      if (r?.kind !== 'case') throw new Error('expected a case');
      return { ...r, record: { ...r.record, findings: r.record.findings.map((f) => ({ ...f, severity })) } };
    };
    agg.add(caseWith('i1', 'info', 1));
    agg.add(caseWith('i2', 'info', 2));
    agg.add(caseWith('w1', 'warning', 3));
    agg.add(caseWith('i3', 'info', 4));
    const s = agg.summary();
    expect(s.examples['generic-reply']?.map((e) => e.id)).toEqual(['i2', 'w1']);
    expect(s.rules.find((r) => r.rule === 'generic-reply')).toMatchObject({ cases: 1, advisedCases: 3 });
    expect(s.casesFlagged).toBe(1);
  });

  it('keeps at most N examples per rule with context around the evidence, none with 0', () => {
    const many = Array.from({ length: 9 }, (_, i) =>
      line({ id: `e${i}`, language: 'zh', messages: [], draft: `${'前'.repeat(100)}FLAG${'后'.repeat(100)}` }),
    ).join('\n');
    const { summary } = auditText(many, { examplesPerRule: 3, contextChars: 10 });
    const ex = summary.examples['generic-reply'] ?? [];
    expect(ex.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(ex[0]?.context).toEqual({ before: `…${'前'.repeat(10)}`, marked: 'FLAG', after: `${'后'.repeat(10)}…` });
    expect(auditText(many, { examplesPerRule: 0 }).summary.examples).toEqual({});
  });

  it('drops the context, not the example, when evidence offsets do not match the source', () => {
    const agg = new AuditAggregator();
    const ok = auditLine(line({ id: 'x', language: 'zh', messages: [], draft: 'abcFLAG' }), 1);
    if (ok?.kind !== 'case') throw new Error('expected a case');
    const skewed: AuditLineResult = {
      ...ok,
      record: {
        ...ok.record,
        findings: [{ rule: 'generic-reply', severity: 'warning', message: 'm', evidence: { source: 'draft', text: 'FLAG', start: 0, end: 4 } }],
      },
    };
    agg.add(skewed);
    const [ex] = agg.summary().examples['generic-reply'] ?? [];
    expect(ex?.evidence?.text).toBe('FLAG');
    expect(ex?.context).toBeUndefined();
  });

  it('keeps a bounded list of errors but counts them all', () => {
    const bad = Array.from({ length: 7 }, () => '{').join('\n');
    const { summary } = auditText(bad, { maxErrors: 5 });
    expect(summary.errors).toHaveLength(5);
    expect(summary.errorsOmitted).toBe(2);
    expect(renderTextSummary(summary, 'en')).toContain('Bad lines: 7');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> 中文`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; 中文',
    );
  });
});

describe('renderHtmlReport', () => {
  const hostile = [
    line({
      id: '<img src=x onerror=alert(1)>',
      language: 'zh',
      department: '<b>心内科</b>',
      doctor: '王"医生',
      messages: [{ role: 'patient', text: '<script>alert("病人")</script>请问ASK' }],
      draft: '别想太多</mark><script>x()</script>FLAG&amp;',
    }),
    line({ id: 'plain', language: 'zh', department: '消化科', messages: [], draft: '好' }),
    'not json',
  ].join('\n');

  it('is one self-contained document: inline CSS, no script, no external asset', () => {
    const html = renderHtmlReport(auditText(hostile).summary, 'zh');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/<script/i);
    // Every tag in the document is one of a small, asset-free set, and no tag loads anything.
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[0]);
    const names = new Set(tags.map((t) => /^<([a-z0-9]+)/i.exec(t)?.[1]?.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'div', 'span', 'b', 'br', 'code', 'table', 'tr', 'th', 'td', 'ul', 'li', 'mark'];
    expect([...names].filter((n) => !allowed.includes(n ?? ''))).toEqual([]);
    expect(tags.filter((t) => /\s(src|href|srcset|action)=/i.test(t))).toEqual([]);
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('treats patient text as data and marks the evidence', () => {
    const html = renderHtmlReport(auditText(hostile).summary, 'zh');
    expect(html).toContain('&lt;script&gt;alert(&quot;病人&quot;)&lt;/script&gt;请问<mark>ASK</mark>');
    expect(html).toContain('别想太多&lt;/mark&gt;&lt;script&gt;x()&lt;/script&gt;<mark>FLAG</mark>&amp;amp;');
    expect(html).toContain('&lt;b&gt;心内科&lt;/b&gt;');
    expect(html).toContain('王&quot;医生');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Exactly the two evidence spans are marked.
    expect(html.match(/<mark>/g)).toHaveLength(2);
  });

  it('shows Chinese UI by default with per-rule counts and rates, groups, examples and bad lines', () => {
    const html = renderHtmlReport(auditText(hostile).summary);
    expect(html).toContain('回复质量审计报告');
    expect(html).toContain('按规则统计');
    expect(html).toContain('按科室');
    expect(html).toContain('按医生');
    expect(html).toContain('第 1 条消息');
    expect(html).toMatch(/<td class="n">1<\/td><td class="n">50\.0%/);
    expect(html).toContain('第 3 行（line 3）：不是合法的 JSON');
    const en = renderHtmlReport(auditText(hostile).summary, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('By department');
    expect(en).not.toContain('按科室');
    // When it was generated, to the minute, said as UTC.
    expect(renderHtmlReport(auditText(hostile).summary, 'zh', new Date('2026-11-30T06:17:36.780Z'))).toContain('生成于 2026-11-30 06:17 UTC');
  });

  it('holds no patient text when examples are off', () => {
    const html = renderHtmlReport(auditText(hostile, { examplesPerRule: 0 }).summary);
    expect(html).not.toContain('<mark>');
    expect(html).not.toContain('别想太多');
    expect(html).not.toContain('请问');
  });

  it('omits the doctor table when no case names a doctor', () => {
    const html = renderHtmlReport(auditText(line({ id: 'p', language: 'zh', department: '消化科', messages: [], draft: 'FLAG' })).summary);
    expect(html).toContain('按科室');
    expect(html).not.toContain('按医生');
  });
});

describe('renderTextSummary', () => {
  it('prints totals and one line per rule with count and rate', () => {
    const text = renderTextSummary(auditText(FIXTURE).summary);
    expect(text).toContain('输入行数: 5  已检查会话: 4  格式错误的行: 1  被标记的会话（警告/错误）: 2 (50.0%)  有任何提示的会话: 2 (50.0%)');
    expect(text).toMatch(/generic-reply\s+2\s+50\.0%\s+仅建议 0/);
    expect(text).toMatch(/unanswered-question\s+0\s+0\.0%\s+仅建议 1/);
    expect(text).toContain('心内科 (2): generic-reply 100.0%');
  });
});
