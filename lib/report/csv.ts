import type { Language } from '../conversation';
import type { Severity } from '../findings';
import { formatLineError, type AuditLineResult } from './audit';
import { ruleTitle } from './render';

// The audit as a spreadsheet: admins open it in Excel or WPS, filter by rule, department or
// doctor, and count. One row per finding; a case without findings gets one row with the rule
// empty (every case is there to count), and a bad input line one row naming its error.
// RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line break. The
// CLI writes a byte-order mark first: without it Excel reads UTF-8 as the local code page.

export const CSV_BOM = '\uFEFF';

const COLUMNS = {
  zh: ['会话ID', '行号', '语言', '科室', '医生', '规则', '规则名称', '严重程度', '提示', '证据来源', '证据序号', '证据原文', '起始', '结束', '错误'],
  en: ['id', 'line', 'language', 'department', 'doctor', 'rule', 'rule_title', 'severity', 'message', 'evidence_source', 'evidence_index', 'evidence_text', 'evidence_start', 'evidence_end', 'error'],
} as const;

const SEVERITY: Record<Language, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '建议' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-5度", "@x")
 *  starts with an apostrophe instead: patient text is data, never a formula. */
const FORMULA_START = /^[=+\-@\t\r]/u;

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const row = (cells: readonly (string | number | undefined)[]): string => cells.map(cell).join(',') + '\r\n';

/** The header row, in the language of the report. */
export function csvHeader(lang: Language): string {
  return row(COLUMNS[lang]);
}

/** The rows for one audited input line (at least one). */
export function csvRows(result: AuditLineResult, lang: Language): string {
  if (result.kind === 'error') {
    const cells: (string | number | undefined)[] = new Array(COLUMNS[lang].length).fill(undefined);
    cells[1] = result.line;
    cells[cells.length - 1] = formatLineError(result.error, lang);
    return row(cells);
  }
  const { conversation: c, record, line } = result;
  const head = [record.id ?? undefined, line, record.language, c.department, c.doctor];
  if (record.findings.length === 0) return row([...head, ...new Array<undefined>(COLUMNS[lang].length - head.length)]);
  return record.findings
    .map((f) => {
      const e = f.evidence;
      return row([
        ...head,
        f.rule,
        ruleTitle(f.rule, lang),
        SEVERITY[lang][f.severity],
        f.message,
        e?.source,
        e?.index,
        e?.text,
        e?.start,
        e?.end,
        undefined,
      ]);
    })
    .join('');
}
