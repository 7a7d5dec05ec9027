import type { Language } from '../conversation';
import type { Evidence, RuleId, Severity } from '../findings';
import { RULES } from '../rules';
import { formatLineError, type AuditExample, type AuditSummary, type GroupDimension, type GroupRow } from './audit';

// The audit's two human-readable outputs: a plain-text summary for the terminal and a
// self-contained HTML report (inline CSS, no script, no external asset) an admin opens in a
// browser. Both are strings: the CLI decides where they go. Patient text is data: every piece
// of it goes through escapeHtml.

export function ruleTitle(rule: RuleId, lang: Language): string {
  return RULES.find((r) => r.id === rule)?.meta.title[lang] ?? rule;
}

const UI = {
  zh: {
    title: 'ReplyCheck 回复质量审计报告',
    lines: '输入行数',
    cases: '已检查会话',
    badLines: '格式错误的行',
    withFindings: '有任何提示的会话',
    flagged: '被标记的会话（警告/错误）',
    byRule: '按规则统计',
    ruleNote: '标记 = 警告或错误（在问诊台会拦下发送）；只有建议（提示）的会话单独列出。',
    rule: '规则',
    flaggedCases: '标记会话数',
    rate: '标记率',
    advisedOnly: '仅建议',
    findings: '提示条数',
    bySeverity: '按级别',
    severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
    dims: { language: '按语言', department: '按科室', doctor: '按医生' } satisfies Record<GroupDimension, string>,
    group: { language: '语言', department: '科室', doctor: '医生' } satisfies Record<GroupDimension, string>,
    examples: '示例（高亮为依据）',
    noExamples: '无示例',
    errors: '格式错误',
    moreErrors: (n: number) => `另有 ${n} 行错误未列出`,
    case: '会话',
    line: '行',
    noFindings: '没有任何规则命中。',
    generated: (utc: string) => `生成于 ${utc} UTC`,
    source: (e: Evidence): string =>
      ({
        draft: '回复草稿',
        message: `第 ${(e.index ?? 0) + 1} 条消息`,
        intake: '病情描述',
        medications: '用药情况',
        attachment: `附件 ${(e.index ?? 0) + 1}`,
      })[e.source],
    privacy: '本报告仅在本机生成，含患者原文示例，请勿外传。',
  },
  en: {
    title: 'ReplyCheck reply audit',
    lines: 'Input lines',
    cases: 'Cases checked',
    badLines: 'Bad lines',
    withFindings: 'Cases with any finding',
    flagged: 'Cases flagged (warning/error)',
    byRule: 'By rule',
    ruleNote: 'Flagged = a warning or an error (it holds the send in the console); cases with advice (info) only are counted apart.',
    rule: 'Rule',
    flaggedCases: 'Cases flagged',
    rate: 'Rate',
    advisedOnly: 'Advice only',
    findings: 'Findings',
    bySeverity: 'By severity',
    severity: { error: 'error', warning: 'warning', info: 'info' } satisfies Record<Severity, string>,
    dims: { language: 'By language', department: 'By department', doctor: 'By doctor' } satisfies Record<
      GroupDimension,
      string
    >,
    group: { language: 'Language', department: 'Department', doctor: 'Doctor' } satisfies Record<GroupDimension, string>,
    examples: 'Examples (evidence highlighted)',
    noExamples: 'No examples',
    errors: 'Bad lines',
    moreErrors: (n: number) => `${n} more bad lines not listed`,
    case: 'Case',
    line: 'line',
    noFindings: 'No rule fired.',
    generated: (utc: string) => `Generated ${utc} UTC`,
    source: (e: Evidence): string =>
      ({
        draft: 'draft',
        message: `message ${(e.index ?? 0) + 1}`,
        intake: 'intake',
        medications: 'medications',
        attachment: `attachment ${(e.index ?? 0) + 1}`,
      })[e.source],
    privacy: 'Generated on this machine; it quotes patient text. Do not share it.',
  },
} as const;

const DIMENSIONS: readonly GroupDimension[] = ['language', 'department', 'doctor'];

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** `--format text`: totals, then one line per rule with its count and rate, then the groups. */
export function renderTextSummary(s: AuditSummary, lang: Language = 'zh'): string {
  const t = UI[lang];
  const out: string[] = [];
  out.push(t.title);
  out.push(
    `${t.lines}: ${s.lines}  ${t.cases}: ${s.cases}  ${t.badLines}: ${s.errors.length + s.errorsOmitted}  ` +
      `${t.flagged}: ${s.casesFlagged} (${percent(s.cases ? s.casesFlagged / s.cases : 0)})  ` +
      `${t.withFindings}: ${s.casesWithFindings} (${percent(s.cases ? s.casesWithFindings / s.cases : 0)})`,
  );
  out.push('');
  out.push(`${t.byRule}: ${t.ruleNote}`);
  const width = Math.max(...s.rules.map((r) => r.rule.length));
  for (const r of s.rules) {
    out.push(
      `  ${r.rule.padEnd(width)}  ${String(r.cases).padStart(6)}  ${percent(r.rate).padStart(6)}  ` +
        `${t.advisedOnly} ${r.advisedCases}  ${t.findings} ${r.findings}  (${ruleTitle(r.rule, lang)})`,
    );
  }
  for (const dim of DIMENSIONS) {
    const rows = s.groups[dim];
    if (!rows?.length) continue;
    out.push('');
    out.push(`${t.dims[dim]}:`);
    for (const row of rows) {
      const hits = s.rules
        .filter((r) => row.flagged[r.rule] > 0)
        .map((r) => `${r.rule} ${percent(row.flagged[r.rule] / row.cases)}`)
        .join(', ');
      out.push(`  ${row.key} (${row.cases}): ${hits || '-'}`);
    }
  }
  return out.join('\n') + '\n';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
body{margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}th{background:#f6f8fa}
.totals{display:flex;gap:1.5rem;flex-wrap:wrap}.totals div{background:#f6f8fa;padding:.5rem 1rem;border-radius:6px}
.totals b{display:block;font-size:1.3rem}
.bar{display:inline-block;height:.6rem;background:#cf222e;border-radius:2px;vertical-align:middle;margin-left:.3rem}
mark{background:#fff3b0;padding:0 .1em;border-bottom:2px solid #d4a72c}
.ex{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}
.ex .meta{color:#57606a;font-size:.85rem}.quote{white-space:pre-wrap;margin:.3rem 0 0;background:#f6f8fa;padding:.4rem;border-radius:4px}
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
.err{color:#cf222e;font-family:ui-monospace,monospace;font-size:.85rem}
.note{color:#57606a;font-size:.85rem}
`;

function groupTable(dim: GroupDimension, rows: readonly GroupRow[], s: AuditSummary, lang: Language): string {
  const t = UI[lang];
  const head =
    `<tr><th>${escapeHtml(t.group[dim])}</th><th>${escapeHtml(t.cases)}</th>` +
    s.rules.map((r) => `<th title="${escapeHtml(r.rule)}">${escapeHtml(ruleTitle(r.rule, lang))}</th>`).join('') +
    '</tr>';
  const body = rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.key)}</td><td class="n">${row.cases}</td>` +
        s.rules
          .map((r) => {
            const n = row.flagged[r.rule];
            return `<td class="n">${n ? `${n} (${percent(n / row.cases)})` : '–'}</td>`;
          })
          .join('') +
        '</tr>',
    )
    .join('\n');
  return `<h2>${escapeHtml(t.dims[dim])}</h2>\n<table>\n${head}\n${body}\n</table>`;
}

function exampleHtml(ex: AuditExample, lang: Language): string {
  const t = UI[lang];
  const meta = [
    `${t.case} ${ex.id ?? '—'}`,
    `${t.line} ${ex.line}`,
    ex.language,
    ex.department,
    ex.doctor,
    ex.evidence ? t.source(ex.evidence) : undefined,
  ]
    .filter((x): x is string => Boolean(x))
    .map(escapeHtml)
    .join(' · ');
  let quote = '';
  if (ex.context) {
    const c = ex.context;
    quote = `<div class="quote">${escapeHtml(c.before)}<mark>${escapeHtml(c.marked)}</mark>${escapeHtml(c.after)}</div>`;
  } else if (ex.evidence) {
    quote = `<div class="quote"><mark>${escapeHtml(ex.evidence.text)}</mark></div>`;
  }
  return (
    `<div class="ex"><div class="meta">${meta}</div>` +
    `<div><span class="sev-${ex.severity}">[${escapeHtml(t.severity[ex.severity])}]</span> ${escapeHtml(ex.message)}</div>` +
    `${quote}</div>`
  );
}

/** `--format html`: one complete document, Chinese by default. */
export function renderHtmlReport(s: AuditSummary, lang: Language = 'zh', generatedAt?: Date): string {
  const t = UI[lang];
  const badLines = s.errors.length + s.errorsOmitted;
  const totals = [
    [t.lines, String(s.lines)],
    [t.cases, String(s.cases)],
    [t.flagged, `${s.casesFlagged} (${percent(s.cases ? s.casesFlagged / s.cases : 0)})`],
    [t.withFindings, `${s.casesWithFindings} (${percent(s.cases ? s.casesWithFindings / s.cases : 0)})`],
    [t.badLines, String(badLines)],
  ]
    .map(([k, v]) => `<div>${escapeHtml(k ?? '')}<b>${escapeHtml(v ?? '')}</b></div>`)
    .join('');

  const maxRate = Math.max(0, ...s.rules.map((r) => r.rate));
  const ruleRows = s.rules
    .map((r) => {
      const bar = maxRate > 0 ? Math.round((r.rate / maxRate) * 120) : 0;
      const sev = (['error', 'warning', 'info'] as const)
        .filter((k) => r.bySeverity[k] > 0)
        .map((k) => `${t.severity[k]} ${r.bySeverity[k]}`)
        .join(' / ');
      return (
        `<tr><td>${escapeHtml(ruleTitle(r.rule, lang))}<br><code>${escapeHtml(r.rule)}</code></td>` +
        `<td class="n">${r.cases}</td><td class="n">${percent(r.rate)}<span class="bar" style="width:${bar}px"></span></td>` +
        `<td class="n">${r.advisedCases || '–'}</td><td class="n">${r.findings}</td><td>${escapeHtml(sev || '–')}</td></tr>`
      );
    })
    .join('\n');

  const groups = DIMENSIONS.map((dim) => {
    const rows = s.groups[dim];
    return rows?.length ? groupTable(dim, rows, s, lang) : '';
  }).join('\n');

  const examples = s.rules
    .filter((r) => r.cases + r.advisedCases > 0)
    .map((r) => {
      const list = s.examples[r.rule] ?? [];
      const body = list.length ? list.map((ex) => exampleHtml(ex, lang)).join('\n') : `<p class="note">${escapeHtml(t.noExamples)}</p>`;
      return `<h3 id="rule-${escapeHtml(r.rule)}">${escapeHtml(ruleTitle(r.rule, lang))} <code>${escapeHtml(r.rule)}</code></h3>\n${body}`;
    })
    .join('\n');

  const errors = badLines
    ? `<h2>${escapeHtml(t.errors)}</h2>\n<ul>` +
      s.errors.map((e) => `<li class="err">${escapeHtml(formatLineError(e, lang))}</li>`).join('\n') +
      (s.errorsOmitted ? `<li class="note">${escapeHtml(t.moreErrors(s.errorsOmitted))}</li>` : '') +
      '</ul>'
    : '';

  const anyExamples = Object.values(s.examples).some((l) => l.length > 0);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(t.title)}</h1>
${generatedAt ? `<p class="note">${escapeHtml(t.generated(generatedAt.toISOString().slice(0, 16).replace('T', ' ')))}</p>` : ''}
<div class="totals">${totals}</div>
<h2>${escapeHtml(t.byRule)}</h2>
<p class="note">${escapeHtml(t.ruleNote)}</p>
<table>
<tr><th>${escapeHtml(t.rule)}</th><th>${escapeHtml(t.flaggedCases)}</th><th>${escapeHtml(t.rate)}</th><th>${escapeHtml(t.advisedOnly)}</th><th>${escapeHtml(t.findings)}</th><th>${escapeHtml(t.bySeverity)}</th></tr>
${ruleRows}
</table>
${s.casesWithFindings === 0 ? `<p class="note">${escapeHtml(t.noFindings)}</p>` : ''}
${groups}
${s.casesWithFindings > 0 ? `<h2>${escapeHtml(t.examples)}</h2>\n${examples}` : ''}
${errors}
${anyExamples ? `<p class="note">${escapeHtml(t.privacy)}</p>` : ''}
</body>
</html>
`;
}
