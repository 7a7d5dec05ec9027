import { readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { z } from 'zod';

// The audit command as `npm run audit -- ARGS` runs it: package.json's script through sh with the
// arguments appended and node_modules/.bin first on PATH, without npm's own start-up. The tests
// and the bench run what an admin runs (the build step included), not a shortcut beside it.

const ROOT = resolve(import.meta.dirname, '../..');
const PackageScriptsSchema = z.object({ scripts: z.object({ audit: z.string().min(1) }) });

export interface AuditSpawn {
  command: string;
  args: string[];
  options: { cwd: string; env: NodeJS.ProcessEnv };
}

export function auditCommand(args: readonly string[]): AuditSpawn {
  const { scripts } = PackageScriptsSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')));
  // This Node first, as npm puts its own: the script's `node` is the one running the tests.
  const path = [resolve(ROOT, 'node_modules/.bin'), dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  return {
    command: 'sh',
    args: ['-c', `${scripts.audit} "$@"`, 'audit', ...args],
    options: { cwd: ROOT, env: { ...process.env, PATH: path } },
  };
}
