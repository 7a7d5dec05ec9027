// `npm run --silent audit -- [--format text|jsonl|html] [--out FILE] [--lang zh|en] [--progress]
//  [--examples N] FILE.jsonl|-`
// Node-only wiring around lib/report: reads JSONL line by line (a file or stdin), audits each
// case with the same functions the bench measures, and writes the chosen output. Bad lines are
// reported on stderr and do not stop the run; the exit code then is 1.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AuditAggregator, auditLine, describeFileLayoutProblem, fileLayoutProblem, formatLineError, jsonlLine, notTextLine } from '../report/audit';
import { CSV_BOM, csvHeader, csvRows } from '../report/csv';
import { renderHtmlReport, renderTextSummary } from '../report/render';
import { inputLines } from './lines';

const HELP = `用法 / usage: npm run --silent audit -- [选项] FILE.jsonl   (FILE 为 - 时读标准输入 / - reads stdin)

逐行检查历史会话（每行一个 JSON 会话，格式见 DESIGN.md），输出审计结果。
Audits past consultations, one JSON conversation per line.

  --format text|jsonl|html|csv  输出格式，默认 text（各规则命中数与命中率）
                            text: summary (default); jsonl: one line per input line
                            {"id","language","findings":[{"rule","severity","message","evidence"}]};
                            html: self-contained report for a browser (use with --out);
                            csv: 每条提示一行，可用 Excel/WPS 打开筛选 / one row per finding for a
                            spreadsheet (UTF-8 with BOM; column names in --lang)
  --out FILE                写入文件而非标准输出 / write to FILE instead of stdout
  --lang zh|en              报告与错误信息的语言，默认 zh / language of the summary and errors
  --examples N              HTML 报告中每条规则的示例数，默认 5；0 表示不含患者原文
                            examples per rule in the HTML report (0: no patient text at all)
  --progress                在标准错误输出显示进度（终端中默认开启）/ progress on stderr
  --help                    显示本帮助 / this help

文件可以是 UTF-8、GBK 或 UTF-16 编码。JSON 数组或多行排版的 JSON 不是 JSONL：审计会说明并给出转换命令（退出码 2）。
Files may be UTF-8, GBK or UTF-16. A JSON array or pretty-printed JSON is not JSONL: the audit
says so with a conversion command (exit code 2).

JSONL 模式下，格式错误的行输出 {"id":null,"line":N,"error":"…"}，因此输出行数 = 输入的非空行数。
空行被忽略。存在格式错误的行时退出码为 1；参数错误为 2。
In jsonl mode a bad line yields {"id":null,"line":N,"error":"…"}: output lines = non-blank
input lines. Blank lines are skipped. Exit code 1 when any line was bad, 2 on usage errors.
`;

const ArgsSchema = z.object({
  format: z.enum(['text', 'jsonl', 'html', 'csv']).default('text'),
  out: z.string().min(1).optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
  progress: z.boolean().default(false),
  examples: z.coerce.number().int().min(0).max(1000).default(5),
  help: z.boolean().default(false),
  file: z.string().min(1).optional(),
});
type Args = z.infer<typeof ArgsSchema>;

function parseCli(argv: string[]): Args {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      progress: { type: 'boolean' },
      examples: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) throw new Error(`one input file expected, got ${positionals.length}`);
  return ArgsSchema.parse({ ...values, file: positionals[0] });
}

function usageError(message: string): never {
  process.stderr.write(`audit: ${message}\n${HELP}`);
  process.exit(2);
}

/** Writes many small strings as few large chunks, waiting when the stream is full. */
class BufferedWriter {
  private chunk: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}
  async write(s: string): Promise<void> {
    this.chunk.push(s);
    this.size += s.length;
    if (this.size >= 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.chunk.length) return;
    const data = this.chunk.join('');
    this.chunk = [];
    this.size = 0;
    if (!this.stream.write(data)) await new Promise<void>((res) => this.stream.once('drain', () => res()));
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseCli(process.argv.slice(2));
  } catch (err) {
    const msg =
      err instanceof z.ZodError
        ? err.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')
        : err instanceof Error
          ? err.message
          : String(err);
    usageError(msg);
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!args.file) usageError('no input file (use - for stdin)');

  const input = args.file === '-' ? process.stdin : createReadStream(args.file);
  const opened = new Promise<void>((resolve, reject) => {
    if (args.file === '-') resolve();
    input.once('error', reject);
    input.once('readable', () => resolve());
    input.once('end', () => resolve());
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`audit: cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }

  let fileOut: WriteStream | undefined;
  if (args.out) {
    const target = args.out;
    fileOut = createWriteStream(target);
    fileOut.on('error', (err) => {
      process.stderr.write(`audit: cannot write ${target}: ${err.message}\n`);
      process.exit(2);
    });
  }
  const out = new BufferedWriter(fileOut ?? process.stdout);

  const showProgress = args.progress || process.stderr.isTTY === true;
  const tty = process.stderr.isTTY === true;
  const agg = new AuditAggregator({ examplesPerRule: args.examples });
  const started = performance.now();
  let lastProgress = started;
  let bad = 0;
  let done = 0;
  const progress = (final: boolean) => {
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const text =
      args.lang === 'zh' ? `已检查 ${done} 条，${bad} 行格式错误，${rate} 条/秒` : `${done} checked, ${bad} bad lines, ${rate}/s`;
    // On a terminal the line is rewritten in place (\x1b[K clears what a longer one left).
    process.stderr.write(tty ? `\r${text}\x1b[K${final ? '\n' : ''}` : `${text}\n`);
  };

  if (args.format === 'csv') await out.write(CSV_BOM + csvHeader(args.lang));
  let gbLines = 0;
  let seenCase = false;
  for await (const read of inputLines(input)) {
    if (read.text !== null && read.encoding === 'gb18030') gbLines++;
    if (!seenCase && read.text?.trim()) {
      seenCase = true;
      const problem = fileLayoutProblem(read.text);
      if (problem) {
        const file = args.file === '-' ? 'FILE.json' : resolve(args.file);
        process.stderr.write(`audit: ${describeFileLayoutProblem(problem, file, args.lang)}\n`);
        return 2;
      }
    }
    const result = read.text === null ? notTextLine(read.line) : auditLine(read.text, read.line);
    if (!result) continue;
    done++;
    if (result.kind === 'error') {
      bad++;
      if (tty && showProgress) process.stderr.write('\n');
      process.stderr.write(`audit: ${formatLineError(result.error, args.lang)}\n`);
    }
    agg.add(result);
    if (args.format === 'jsonl') await out.write(jsonlLine(result) + '\n');
    if (args.format === 'csv') await out.write(csvRows(result, args.lang));
    if (showProgress && performance.now() - lastProgress > 250) {
      lastProgress = performance.now();
      progress(false);
    }
  }
  if (showProgress) progress(true);
  // Said once, at the end: the findings are right, but the admin may want to know the file
  // was not UTF-8 (and other tools of theirs may misread it).
  if (gbLines > 0)
    process.stderr.write(
      args.lang === 'zh'
        ? `audit: ${gbLines} 行不是 UTF-8 编码，已按 GBK（GB18030）读取\n`
        : `audit: ${gbLines} lines were not UTF-8 and were read as GBK (GB18030)\n`,
    );

  if (args.format === 'text' || args.format === 'html') {
    const summary = agg.summary();
    await out.write(
      args.format === 'html' ? renderHtmlReport(summary, args.lang, new Date()) : renderTextSummary(summary, args.lang),
    );
  }
  await out.flush();
  if (fileOut) await new Promise<void>((resolve, reject) => fileOut.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`audit: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
