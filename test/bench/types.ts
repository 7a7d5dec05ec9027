import { z } from 'zod';

// What every test/bench/*.bench.ts returns from its default export, and what run.ts writes to
// test/artifacts/bench.json. Times are in ms (lower is better); throughputs such as cases/s
// are higher-is-better and say so with `floor` instead of `budget`.

export const BenchResultSchema = z
  .object({
    name: z.string().min(1),
    /** 'ms' for times; any rate unit ('cases/s') for throughputs. */
    unit: z.string().min(1),
    median: z.number(),
    p99: z.number().optional(),
    p95: z.number().optional(),
    /** How many measured runs the median is over (1 for a single end-to-end run). */
    runs: z.number().int().positive().optional(),
    /** Upper target for the median. */
    budget: z.number().optional(),
    /** Upper target for p99 alone. */
    p99Budget: z.number().optional(),
    /** Lower target, for throughputs: the median must reach it. */
    floor: z.number().optional(),
  })
  // Benches may add their own figures (iterations, sizes …): kept in the JSON as they are.
  .loose();
export type BenchResult = z.infer<typeof BenchResultSchema>;

/** A bench file's default export. */
export type Bench = () => Promise<BenchResult[]>;

/** Median and percentiles of a list of samples (nearest-rank). */
export function percentiles(samples: readonly number[]): { median: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Whether a result meets its targets (undefined when it has none). */
export function meetsTargets(r: BenchResult): boolean | undefined {
  const checks: boolean[] = [];
  if (r.budget !== undefined) checks.push(r.median <= r.budget);
  if (r.p99Budget !== undefined && r.p99 !== undefined) checks.push(r.p99 <= r.p99Budget);
  if (r.floor !== undefined) checks.push(r.median >= r.floor);
  return checks.length ? checks.every(Boolean) : undefined;
}
