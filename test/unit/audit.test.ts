import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConversationSchema, LanguageSchema } from '../../lib/conversation';
import { EvidenceSchema, RuleIdSchema, SeveritySchema } from '../../lib/findings';
import { evidenceSourceText } from '../../lib/report/audit';
import { auditCommand } from '../tools/audit-command';
import { encodeGbk } from '../tools/gbk';

// The audit CLI as an admin runs it: spawned, on small fixtures written here and on the real
// dev set. The rules are written elsewhere and may fire or not: these tests hold the command's
// contract (lines, order, shapes, errors, exit codes), not particular findings.

// Each spawn builds the command and starts Node (about half a second, more on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const DEV = resolve(ROOT, '../shared/data/real-dev.jsonl');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI as `npm run audit` does (its script, build step included), optionally feeding
 *  stdin. Never through a TTY. */
function audit(args: string[], stdin?: string): Promise<Run> {
  return new Promise((res, rej) => {
    const { command, args: argv, options } = auditCommand(args);
    const child = spawn(command, argv, options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const OutputFindingSchema = z.strictObject({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  message: z.string().min(1),
  evidence: EvidenceSchema.strict().optional(),
});
const OutputCaseSchema = z.strictObject({ id: z.string().nullable(), language: LanguageSchema, findings: z.array(OutputFindingSchema) });
const OutputErrorSchema = z.strictObject({ id: z.null(), line: z.number().int().positive(), error: z.string().min(1) });

const jsonLines = (s: string): unknown[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);

const dir = mkdtempSync(join(tmpdir(), 'replycheck-audit-'));
const good = (id: string, extra: object = {}) =>
  JSON.stringify({ id, language: 'zh', messages: [{ role: 'patient', text: '医生您好，最近睡不好，需要换药吗？' }], draft: '先按原剂量服用，两周后复诊。', ...extra });
const MIXED = [
  good('k1', { department: '精神科', doctor: '张医生' }),
  'this is not json',
  '',
  good('k2', { department: '精神科' }),
  JSON.stringify({ id: 'k3', messages: [{ role: 'patient' }], draft: 'x' }),
  good('k4', { department: '<i>消化科</i>' }),
].join('\n');
const mixedFile = join(dir, 'mixed.jsonl');
const cleanFile = join(dir, 'clean.jsonl');

beforeAll(() => {
  writeFileSync(mixedFile, MIXED + '\n');
  writeFileSync(cleanFile, [good('c1'), good('c2'), good('c3')].join('\n') + '\n');
});

describe('audit --format jsonl', () => {
  it('writes one valid line per case of real-dev.jsonl, ids and languages in input order, exit 0', async () => {
    const input = readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim());
    const cases = input.map((l) => ConversationSchema.parse(JSON.parse(l)));
    const r = await audit(['--format', 'jsonl', DEV]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(400);
    const parsed = out.map((o) => OutputCaseSchema.parse(o));
    expect(parsed.map((o) => o.id)).toEqual(cases.map((c) => c.id));
    expect(parsed.map((o) => o.language)).toEqual(cases.map((c) => c.language));
    for (const o of out) expect(Object.keys(o as object)).toEqual(['id', 'language', 'findings']);
    // Whatever the rules find, each evidence must quote its source at its offsets.
    parsed.forEach((o, i) => {
      const c = cases[i];
      for (const f of o.findings) {
        if (!f.evidence || !c) continue;
        expect(f.evidence.end).toBeGreaterThanOrEqual(f.evidence.start);
        expect(evidenceSourceText(c, f.evidence)?.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      }
    });
  });

  it('keeps going past bad lines: one output line per non-blank input line, errors named on stderr, exit 1', async () => {
    const r = await audit(['--format', 'jsonl', mixedFile]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(5);
    expect(OutputCaseSchema.parse(out[0]).id).toBe('k1');
    expect(OutputErrorSchema.parse(out[1])).toMatchObject({ id: null, line: 2 });
    expect(OutputCaseSchema.parse(out[2]).id).toBe('k2');
    const schemaError = OutputErrorSchema.parse(out[3]);
    expect(schemaError.line).toBe(5);
    expect(schemaError.error).toContain('messages.0.text');
    expect(OutputCaseSchema.parse(out[4]).id).toBe('k4');
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toMatch(/第 2 行.*不是合法的 JSON/);
    expect(errLines[1]).toMatch(/第 5 行.*字段 messages\.0\.text/);
  });

  it('reads stdin when FILE is -, with the same output as from the file', async () => {
    const [fromFile, fromStdin] = await Promise.all([audit(['--format', 'jsonl', mixedFile]), audit(['--format', 'jsonl', '-'], MIXED)]);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.code).toBe(1);
  });

  it('reads a file saved with a byte-order mark and Windows line ends (Notepad, Excel) like any other', async () => {
    const windows = join(dir, 'windows.jsonl');
    writeFileSync(windows, '\uFEFF' + readFileSync(cleanFile, 'utf8').replaceAll('\n', '\r\n'));
    const [plain, fromWindows] = await Promise.all([audit(['--format', 'jsonl', cleanFile]), audit(['--format', 'jsonl', windows])]);
    expect(fromWindows).toMatchObject({ code: 0, stderr: '' });
    expect(fromWindows.stdout).toBe(plain.stdout);
  });

  it('reads a real file saved in GBK or UTF-16 (Excel, Notepad on a Chinese Windows) with the same findings, and says it was GBK', async () => {
    // The dev cases GBK can hold (one has a character outside it).
    const lines = readFileSync(DEV, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && encodeGbk(l));
    expect(lines.length).toBeGreaterThan(390);
    const text = lines.join('\r\n') + '\r\n';
    const files = { utf8: join(dir, 'dev-utf8.jsonl'), gbk: join(dir, 'dev-gbk.jsonl'), utf16: join(dir, 'dev-utf16.jsonl') };
    writeFileSync(files.utf8, text);
    writeFileSync(files.gbk, encodeGbk(text) ?? '');
    writeFileSync(files.utf16, Buffer.from('\uFEFF' + text, 'utf16le'));
    const jsonl = (file: string) => audit(['--format', 'jsonl', file]);
    const [utf8, gbk, utf16] = await Promise.all([jsonl(files.utf8), jsonl(files.gbk), jsonl(files.utf16)]);
    expect(utf8).toMatchObject({ code: 0, stderr: '' });
    expect(jsonLines(utf8.stdout)).toHaveLength(lines.length);
    expect(gbk.stdout).toBe(utf8.stdout);
    expect(gbk.code).toBe(0);
    expect(gbk.stderr).toBe(`audit: ${lines.length} 行不是 UTF-8 编码，已按 GBK（GB18030）读取\n`);
    expect(utf16).toMatchObject({ code: 0, stderr: '', stdout: utf8.stdout });
  });

  it('makes a line of bytes that are not text an error of its own, the lines around it audited', async () => {
    const binary = join(dir, 'binary.jsonl');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x1a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(binary, Buffer.concat([Buffer.from(good('b1') + '\n'), png, Buffer.from('\n' + good('b2') + '\n')]));
    const r = await audit(['--format', 'jsonl', binary]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(3);
    expect(OutputCaseSchema.parse(out[0]).id).toBe('b1');
    expect(OutputErrorSchema.parse(out[1])).toEqual({ id: null, line: 2, error: 'line 2: not text (neither UTF-8 nor GBK text)' });
    expect(OutputCaseSchema.parse(out[2]).id).toBe('b2');
    expect(r.stderr).toBe('audit: 第 2 行（line 2）：不是文本（既不是 UTF-8 也不是 GBK 编码）\n');
  });

  it('says once that a JSON array or pretty-printed JSON is not JSONL, with a conversion that works, instead of failing every line', async () => {
    const cases = readFileSync(cleanFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
    const array = join(dir, 'export.json');
    writeFileSync(array, JSON.stringify(cases, null, 2));
    const r = await audit(['--format', 'jsonl', array]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    const [message, convert] = r.stderr.trim().split('\n');
    expect(message).toBe('audit: 文件是一个 JSON 数组，审计读取的是 JSONL（每行一个会话）。可以这样转换：');
    // Run the conversion the message gives (here, not through a shell): the audit then reads it.
    const script = /node -e "(.+)" > cases\.jsonl/.exec(convert ?? '')?.[1];
    expect(script).toBeDefined();
    const converted = spawnSync(process.execPath, ['-e', script ?? ''], { encoding: 'utf8' });
    expect(converted.stdout).toBe(readFileSync(cleanFile, 'utf8'));

    const pretty = join(dir, 'pretty.jsonl');
    writeFileSync(pretty, cases.map((c) => JSON.stringify(c, null, 1)).join('\n'));
    const p = await audit(['--lang', 'en', pretty]);
    expect(p).toMatchObject({ code: 2, stdout: '' });
    expect(p.stderr.trim().split('\n')).toEqual([
      'audit: line 1 is not a whole conversation: the file looks like JSON spread over lines; the audit reads JSONL (one whole conversation per line).',
    ]);

    // A first case cut short is one bad line, not a file refused.
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, good('x1').slice(0, 30) + '\n' + good('x2') + '\n');
    const c = await audit(['--format', 'jsonl', cut]);
    expect(c.code).toBe(1);
    expect(jsonLines(c.stdout).map((o) => (o as { id: string | null }).id)).toEqual([null, 'x2']);
  });

  it('reports progress on stderr only when asked (stderr here is a pipe)', async () => {
    const quiet = await audit(['--format', 'jsonl', cleanFile]);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect(jsonLines(quiet.stdout)).toHaveLength(3);
    const loud = await audit(['--format', 'jsonl', '--progress', cleanFile]);
    expect(loud.stderr).toMatch(/已检查 3 条，0 行格式错误/);
    expect(loud.stdout).toBe(quiet.stdout);
  });
});

/** RFC 4180 fields, as a spreadsheet reads them: quoted fields may hold commas, quotes and CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('audit --format csv (for Excel / WPS)', () => {
  it('writes a UTF-8 sheet with a byte-order mark: a row per finding, every case, the same findings as jsonl', async () => {
    const [csv, jsonl] = await Promise.all([audit(['--format', 'csv', DEV]), audit(['--format', 'jsonl', DEV])]);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout.startsWith('\uFEFF会话ID,行号,语言,科室,医生,规则,')).toBe(true);
    expect(csv.stdout.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv.stdout.slice(1));
    expect(header).toHaveLength(15);
    expect(rows.every((r) => r.length === header?.length)).toBe(true);
    const cases = jsonLines(jsonl.stdout).map((o) => OutputCaseSchema.parse(o));
    // Per case, in input order: its findings' rules, or one row with the rule empty.
    const fromJsonl = cases.flatMap((c) => (c.findings.length ? c.findings.map((f) => `${c.id}|${f.rule}|${f.evidence?.text ?? ''}`) : [`${c.id}||`]));
    // A cell a spreadsheet would run as a formula starts with an apostrophe ("'+27 82 …", a phone number).
    const unguarded = (cell = '') => cell.replace(/^'(?=[=+\-@\t\r])/u, '');
    expect(rows.map((r) => `${r[0]}|${r[5]}|${unguarded(r[11])}`)).toEqual(fromJsonl);
    for (const r of rows) expect(r[5] ? ['错误', '警告', '建议'] : ['']).toContain(r[7]);
    expect(rows.filter((r) => r[5] === 'missing-empathy').every((r) => r[6] === '缺少共情')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, never lets a cell run as a formula, and gives a bad line its own row', async () => {
    const tricky = good('t1', { department: '=HYPERLINK("http://x","点我")', doctor: '李, "主任"' });
    const r = await audit(['--format', 'csv', '--lang', 'en', '-'], [tricky, 'not json'].join('\n'));
    expect(r.code).toBe(1);
    const [header, first, ...rest] = parseCsv(r.stdout.slice(1));
    expect(header?.[0]).toBe('id');
    expect(first?.slice(0, 5)).toEqual(['t1', '1', 'zh', `'=HYPERLINK("http://x","点我")`, '李, "主任"']);
    const bad = rest.at(-1);
    expect(bad?.[1]).toBe('2');
    expect(bad?.[14]).toMatch(/^line 2: not valid JSON/u);
  });
});

describe('audit summaries', () => {
  it('prints a text summary by default: totals, every rule with count and rate, departments', async () => {
    const r = await audit([mixedFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('输入行数: 5  已检查会话: 3  格式错误的行: 2');
    for (const rule of RuleIdSchema.options) expect(r.stdout).toMatch(new RegExp(`${rule}\\s+\\d+\\s+\\d+\\.\\d%`));
    expect(r.stdout).toContain('按科室');
    expect(r.stdout).toContain('精神科 (2)');
    const en = await audit(['--lang', 'en', cleanFile]);
    expect(en.stdout).toContain('Cases checked: 3');
  });

  it('writes a self-contained HTML report with --out, escaping case data', async () => {
    const out = join(dir, 'report.html');
    const r = await audit(['--format', 'html', '--out', out, mixedFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('回复质量审计报告');
    expect(html).toContain('&lt;i&gt;消化科&lt;/i&gt;');
    expect(html).not.toContain('<i>消化科');
    expect(html).not.toMatch(/<script|<link/i);
    expect(html).toContain('按医生');
    expect(html).toContain('第 5 行（line 5）');
  });

  it('summarises real-dev.jsonl in HTML with a row per department', async () => {
    const out = join(dir, 'dev.html');
    const r = await audit(['--format', 'html', '--out', out, DEV]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<b>400</b>');
    expect(html).toContain('<td>肝病科</td><td class="n">52</td>');
  });
});

describe('audit arguments', () => {
  it('prints help and exits 0', async () => {
    const r = await audit(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format text|jsonl|html');
  });

  it('refuses a bad format, an unknown option, a missing file and no file with exit 2', async () => {
    const bad = await audit(['--format', 'xml', cleanFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format/);
    expect(bad.stdout).toBe('');
    expect((await audit(['--colour', cleanFile])).code).toBe(2);
    const missing = await audit([join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.jsonl');
    expect((await audit([])).code).toBe(2);
    const unwritable = await audit(['--format', 'html', '--out', join(dir, 'no-such-dir', 'r.html'), cleanFile]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('cannot write');
  });
});
