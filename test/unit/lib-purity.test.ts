import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

// lib/ runs in the content script, the options page, the CLI and vitest alike: no DOM, no
// extension APIs. lib/cli/ is the Node-only command-line wiring and is exempt.
const LIB = resolve(import.meta.dirname, '../../lib');
const FORBIDDEN = [/\bdocument\./, /\bwindow\./, /\bbrowser\.\w/, /\bchrome\.\w/, /from ['"]wxt/, /from ['"]react/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'cli' ? [] : files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

it('keeps lib/ free of DOM, extension APIs and React', () => {
  const offenders: string[] = [];
  for (const file of files(LIB)) {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !l.trim().startsWith('//') && !l.trim().startsWith('*'))
      .join('\n');
    for (const re of FORBIDDEN) if (re.test(code)) offenders.push(`${relative(LIB, file)}: ${re}`);
  }
  expect(offenders).toEqual([]);
});
