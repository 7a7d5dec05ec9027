import { z } from 'zod';
import { ConversationSchema, type Conversation, type Language } from '../conversation';
import { checkDraft } from '../engine';
import { conversationLanguage } from '../text/language';
import { RULE_IDS, type Evidence, type RuleId, type Severity } from '../findings';

// The audit's core, pure and line-at-a-time: the CLI (lib/cli/audit.ts) streams lines through
// it, the bench calls it in-process. One non-blank input line → one AuditLineResult.

/** One finding as the audit's JSONL contract writes it: the message in the case's language. */
export interface AuditFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  evidence?: Evidence;
}

/** One output line of `--format jsonl` for a valid case. Key order is part of the contract. */
export interface AuditRecord {
  id: string | null;
  language: Language;
  findings: AuditFinding[];
}

/** One output line of `--format jsonl` for a bad input line (same count of lines out as in). */
export interface AuditErrorRecord {
  id: null;
  line: number;
  error: string;
}

/** Why a line was refused: `field` is the zod issue path ("messages.0.role"), absent when the
 *  line is not JSON at all or the whole line is the wrong type; `not-text` when its bytes are
 *  not text in UTF-8 or GBK (a binary file, or a line cut in the middle of a character). */
export interface AuditLineError {
  line: number;
  kind: 'not-text' | 'not-json' | 'schema';
  field?: string;
  detail: string;
}

export type AuditLineResult =
  | { kind: 'case'; line: number; conversation: Conversation; record: AuditRecord }
  | { kind: 'error'; line: number; error: AuditLineError };

/** Evidence copied key by key so the JSON key order is stable: source, index, text, start, end. */
function orderedEvidence(e: Evidence): Evidence {
  return {
    source: e.source,
    ...(e.index === undefined ? {} : { index: e.index }),
    text: e.text,
    start: e.start,
    end: e.end,
  };
}

export function auditConversation(conversation: Conversation): AuditRecord {
  const language = conversationLanguage(conversation);
  const findings = checkDraft(conversation).map(
    (f): AuditFinding => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message[language],
      ...(f.evidence ? { evidence: orderedEvidence(f.evidence) } : {}),
    }),
  );
  return { id: conversation.id ?? null, language, findings };
}

function describeIssue(issue: z.core.$ZodIssue): { field?: string; detail: string } {
  const field = issue.path.map(String).join('.');
  return field ? { field, detail: issue.message } : { detail: issue.message };
}

/** Audit one input line (1-based `line`). Blank lines are not cases: undefined. */
export function auditLine(text: string, line: number): AuditLineResult | undefined {
  if (!text.trim()) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { kind: 'error', line, error: { line, kind: 'not-json', detail } };
  }
  const parsed = ConversationSchema.safeParse(raw);
  if (!parsed.success) {
    // The first issue names the field; the count tells the admin whether more wait behind it.
    const [first] = parsed.error.issues;
    const more = parsed.error.issues.length - 1;
    const described = first ? describeIssue(first) : { detail: 'invalid' };
    const detail = more > 0 ? `${described.detail} (+${more} more)` : described.detail;
    return { kind: 'error', line, error: { line, kind: 'schema', ...described, detail } };
  }
  return { kind: 'case', line, conversation: parsed.data, record: auditConversation(parsed.data) };
}

/** When the first non-blank line shows the file is JSON laid out another way than one case per
 *  line — an array of cases, or a case spread over lines (pretty-printed) — the audit says so
 *  once instead of naming every line of it as bad. */
export type FileLayoutProblem = 'json-array' | 'multi-line-json';

export function fileLayoutProblem(firstLine: string): FileLayoutProblem | undefined {
  const t = firstLine.trim();
  if (t.startsWith('[')) return 'json-array';
  // Only a lone "{": a case cut short on line 1 is a bad line like any other, the rest audited.
  if (t === '{') return 'multi-line-json';
  return undefined;
}

export function describeFileLayoutProblem(problem: FileLayoutProblem, file: string, lang: Language): string {
  // A conversion that needs nothing but the Node this command already runs on.
  const convert = `node -e "for (const c of JSON.parse(require('fs').readFileSync('${file}', 'utf8'))) console.log(JSON.stringify(c))" > cases.jsonl`;
  if (lang === 'zh')
    return problem === 'json-array'
      ? `文件是一个 JSON 数组，审计读取的是 JSONL（每行一个会话）。可以这样转换：\n  ${convert}`
      : `第 1 行不是完整的会话：文件像是排版成多行的 JSON，审计读取的是 JSONL（每行一个完整的会话）。`;
  return problem === 'json-array'
    ? `the file is a JSON array; the audit reads JSONL (one conversation per line). To convert:\n  ${convert}`
    : 'line 1 is not a whole conversation: the file looks like JSON spread over lines; the audit reads JSONL (one whole conversation per line).';
}

/** A line whose bytes could not be read as text (1-based `line`). */
export function notTextLine(line: number): AuditLineResult {
  return { kind: 'error', line, error: { line, kind: 'not-text', detail: 'neither UTF-8 nor GBK text' } };
}

/** The bad line's error in words, for stderr and for the JSONL error record. */
export function formatLineError(e: AuditLineError, lang: Language): string {
  if (lang === 'zh') {
    if (e.kind === 'not-text') return `第 ${e.line} 行（line ${e.line}）：不是文本（既不是 UTF-8 也不是 GBK 编码）`;
    if (e.kind === 'not-json') return `第 ${e.line} 行（line ${e.line}）：不是合法的 JSON：${e.detail}`;
    const where = e.field ? `字段 ${e.field}` : '整行';
    return `第 ${e.line} 行（line ${e.line}）：${where} 不符合会话格式：${e.detail}`;
  }
  if (e.kind === 'not-text') return `line ${e.line}: not text (${e.detail})`;
  if (e.kind === 'not-json') return `line ${e.line}: not valid JSON: ${e.detail}`;
  const where = e.field ? `field ${e.field}` : 'the line';
  return `line ${e.line}: ${where} does not match the conversation format: ${e.detail}`;
}

/** The JSONL output line for one result (no trailing newline). Errors are always in English:
 *  they are read by tools, not shown to doctors. */
export function jsonlLine(result: AuditLineResult): string {
  if (result.kind === 'case') return JSON.stringify(result.record);
  const rec: AuditErrorRecord = { id: null, line: result.line, error: formatLineError(result.error, 'en') };
  return JSON.stringify(rec);
}

// ---------------------------------------------------------------------------------------------
// Aggregation for the text and HTML summaries. Only counts and a bounded number of examples are
// kept, so memory stays flat however long the file. A case counts as flagged by a rule when the
// rule gives a warning or an error there — what holds a send on the page and what
// `npm run quality` scores; a case with only advice (info) of the rule is counted apart.

export type RuleCounts = Record<RuleId, number>;

function zeroCounts(): RuleCounts {
  return Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as RuleCounts;
}

export interface RuleStats {
  rule: RuleId;
  /** Cases this rule flags with a warning or an error (the rate's numerator). */
  cases: number;
  /** cases / audited cases, 0 when nothing was audited. */
  rate: number;
  /** Cases where this rule gives advice (info) only. */
  advisedCases: number;
  findings: number;
  bySeverity: Record<Severity, number>;
}

export interface GroupRow {
  key: string;
  cases: number;
  /** Cases flagged (warning or error) per rule within this group. */
  flagged: RuleCounts;
}

export type GroupDimension = 'language' | 'department' | 'doctor';

export interface AuditExample {
  id: string | null;
  line: number;
  language: Language;
  department?: string;
  doctor?: string;
  severity: Severity;
  message: string;
  evidence?: Evidence;
  /** The text the evidence offsets point into, cut to a window around the evidence so the
   *  report can mark it; undefined when the evidence cannot be located. */
  context?: { before: string; marked: string; after: string };
}

export interface AuditSummary {
  lines: number;
  cases: number;
  errors: AuditLineError[];
  /** Errors beyond the kept list (counted, not kept). */
  errorsOmitted: number;
  casesWithFindings: number;
  /** Cases with at least one warning or error. */
  casesFlagged: number;
  rules: RuleStats[];
  groups: Partial<Record<GroupDimension, GroupRow[]>>;
  examples: Partial<Record<RuleId, AuditExample[]>>;
}

export interface AggregatorOptions {
  /** Examples kept per rule (0: none, e.g. when the report must hold no patient text). */
  examplesPerRule?: number;
  /** Characters of context kept either side of the evidence. */
  contextChars?: number;
  /** Bad-line errors kept for the report (all are counted). */
  maxErrors?: number;
}

/** The text a finding's evidence offsets index into, as lib/engine.ts builds its sources. */
export function evidenceSourceText(c: Conversation, e: Evidence): string | undefined {
  switch (e.source) {
    case 'draft':
      return c.draft;
    case 'message':
      return e.index === undefined ? undefined : c.messages[e.index]?.text;
    case 'intake':
      return c.patient?.intake;
    case 'medications':
      return c.patient?.medications;
    case 'attachment': {
      const a = e.index === undefined ? undefined : c.attachments[e.index];
      return a ? [a.kind, a.name, a.text].filter(Boolean).join(' ') : undefined;
    }
  }
}

function contextOf(c: Conversation, e: Evidence, chars: number): AuditExample['context'] {
  const text = evidenceSourceText(c, e);
  if (text === undefined || e.end < e.start || e.end > text.length) return undefined;
  if (text.slice(e.start, e.end) !== e.text) return undefined;
  const from = Math.max(0, e.start - chars);
  const to = Math.min(text.length, e.end + chars);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, e.start),
    marked: e.text,
    after: text.slice(e.end, to) + (to < text.length ? '…' : ''),
  };
}

export class AuditAggregator {
  private lines = 0;
  private cases = 0;
  private casesWithFindings = 0;
  private casesFlagged = 0;
  private readonly errors: AuditLineError[] = [];
  private errorsOmitted = 0;
  private readonly flagged = zeroCounts();
  private readonly advisedOnly = zeroCounts();
  private readonly findingCounts = zeroCounts();
  private readonly severity = new Map<RuleId, Record<Severity, number>>();
  private readonly groups = new Map<GroupDimension, Map<string, GroupRow>>();
  private readonly examples = new Map<RuleId, AuditExample[]>();
  private readonly examplesPerRule: number;
  private readonly contextChars: number;
  private readonly maxErrors: number;

  constructor(options: AggregatorOptions = {}) {
    this.examplesPerRule = options.examplesPerRule ?? 5;
    this.contextChars = options.contextChars ?? 60;
    this.maxErrors = options.maxErrors ?? 200;
  }

  add(result: AuditLineResult): void {
    this.lines++;
    if (result.kind === 'error') {
      if (this.errors.length < this.maxErrors) this.errors.push(result.error);
      else this.errorsOmitted++;
      return;
    }
    const { conversation: c, record } = result;
    this.cases++;
    if (record.findings.length > 0) this.casesWithFindings++;
    const rulesHere = new Set<RuleId>();
    const advisedHere = new Set<RuleId>();
    for (const f of record.findings) {
      (f.severity === 'info' ? advisedHere : rulesHere).add(f.rule);
      this.findingCounts[f.rule]++;
      const sev = this.severity.get(f.rule) ?? { error: 0, warning: 0, info: 0 };
      sev[f.severity]++;
      this.severity.set(f.rule, sev);
    }
    for (const r of rulesHere) this.flagged[r]++;
    for (const r of advisedHere) if (!rulesHere.has(r)) this.advisedOnly[r]++;
    if (rulesHere.size > 0) this.casesFlagged++;
    this.addToGroup('language', record.language, rulesHere);
    if (c.department) this.addToGroup('department', c.department, rulesHere);
    if (c.doctor) this.addToGroup('doctor', c.doctor, rulesHere);
    this.keepExamples(result.line, c, record);
  }

  private addToGroup(dim: GroupDimension, key: string, rules: Set<RuleId>): void {
    let rows = this.groups.get(dim);
    if (!rows) this.groups.set(dim, (rows = new Map()));
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, cases: 0, flagged: zeroCounts() }));
    row.cases++;
    for (const r of rules) row.flagged[r]++;
  }

  private keepExamples(line: number, c: Conversation, record: AuditRecord): void {
    if (this.examplesPerRule <= 0) return;
    // One example per rule per case, so a single noisy case cannot fill a rule's list.
    const seen = new Set<RuleId>();
    for (const f of record.findings) {
      if (seen.has(f.rule)) continue;
      seen.add(f.rule);
      const list = this.examples.get(f.rule) ?? [];
      // Flagged examples first: one takes the place of an advice-only example in a full list.
      const advice = f.severity === 'info' ? -1 : list.findIndex((ex) => ex.severity === 'info');
      if (list.length >= this.examplesPerRule && advice < 0) continue;
      if (list.length >= this.examplesPerRule) list.splice(advice, 1);
      const context = f.evidence ? contextOf(c, f.evidence, this.contextChars) : undefined;
      list.push({
        id: record.id,
        line,
        language: record.language,
        ...(c.department ? { department: c.department } : {}),
        ...(c.doctor ? { doctor: c.doctor } : {}),
        severity: f.severity,
        message: f.message,
        ...(f.evidence ? { evidence: f.evidence } : {}),
        ...(context ? { context } : {}),
      });
      this.examples.set(f.rule, list);
    }
  }

  summary(): AuditSummary {
    const rules: RuleStats[] = RULE_IDS.map((rule) => ({
      rule,
      cases: this.flagged[rule],
      rate: this.cases ? this.flagged[rule] / this.cases : 0,
      advisedCases: this.advisedOnly[rule],
      findings: this.findingCounts[rule],
      bySeverity: { ...(this.severity.get(rule) ?? { error: 0, warning: 0, info: 0 }) },
    }));
    const groups: AuditSummary['groups'] = {};
    for (const [dim, rows] of this.groups) {
      // Biggest groups first; ties by name so the report is stable.
      groups[dim] = [...rows.values()]
        .map((r) => ({ ...r, flagged: { ...r.flagged } }))
        .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key));
    }
    return {
      lines: this.lines,
      cases: this.cases,
      errors: [...this.errors],
      errorsOmitted: this.errorsOmitted,
      casesWithFindings: this.casesWithFindings,
      casesFlagged: this.casesFlagged,
      rules,
      groups,
      examples: Object.fromEntries([...this.examples].map(([r, l]) => [r, [...l]])),
    };
  }
}

/** Audit a whole text in memory (tests, bench): the same steps the CLI streams. */
export function auditText(
  text: string,
  options: AggregatorOptions = {},
): { results: AuditLineResult[]; summary: AuditSummary } {
  const agg = new AuditAggregator(options);
  const results: AuditLineResult[] = [];
  text.split('\n').forEach((l, i) => {
    const r = auditLine(l, i + 1);
    if (!r) return;
    results.push(r);
    agg.add(r);
  });
  return { results, summary: agg.summary() };
}
