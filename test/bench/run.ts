// `npm run bench`: runs every test/bench/*.bench.ts in turn (one at a time, so they do not
// compete for the CPU), prints one table and writes test/artifacts/bench.json.
// `npm run bench -- engine` runs only the files whose name contains "engine".
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BenchResultSchema, meetsTargets, type BenchResult } from './types';

const HERE = import.meta.dirname;
const ARTIFACT = resolve(HERE, '../artifacts/bench.json');
const filter = process.argv[2];

const BenchModuleSchema = z.object({ default: z.custom<() => Promise<unknown>>((v) => typeof v === 'function') });

const files = readdirSync(HERE)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

const results: (BenchResult & { file: string; ok?: boolean })[] = [];
let failed = false;
for (const file of files) {
  process.stderr.write(`bench: ${file} …\n`);
  const mod = BenchModuleSchema.parse(await import(pathToFileURL(resolve(HERE, file)).href));
  const out = z.array(BenchResultSchema).parse(await mod.default());
  for (const r of out) {
    const ok = meetsTargets(r);
    if (ok === false) failed = true;
    results.push({ ...r, file, ...(ok === undefined ? {} : { ok }) });
  }
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(3));
console.table(
  results.map((r) => ({
    name: r.name,
    unit: r.unit,
    median: fmt(r.median),
    p95: fmt(r.p95),
    p99: fmt(r.p99),
    target:
      r.floor !== undefined
        ? `≥ ${r.floor}`
        : [r.budget !== undefined ? `median ≤ ${r.budget}` : '', r.p99Budget !== undefined ? `p99 ≤ ${r.p99Budget}` : '']
            .filter(Boolean)
            .join(', '),
    ok: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  })),
);

mkdirSync(resolve(HERE, '../artifacts'), { recursive: true });
writeFileSync(
  ARTIFACT,
  JSON.stringify(
    { at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', results },
    null,
    2,
  ) + '\n',
);
process.stderr.write(`bench: wrote ${ARTIFACT}\n`);
// A missed target is reported, not hidden: the exit code says so.
if (failed) process.exitCode = 1;
