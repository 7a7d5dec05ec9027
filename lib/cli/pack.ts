// `npm run pack -- keygen [--out DIR]`
// `npm run pack -- build SRC --out PACK --key PRIVATE`
// `npm run pack -- verify PACK --key PUBLIC`
// The admin's tool: a folder of readable template files (see lib/packs/source.ts) → a signed
// pack file any static web server or CDN can host. Exit code 0 on success, 1 on a refused
// pack or bad input, 2 on usage errors.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { PackSourceError, packFromSource } from '../packs/source';
import { serializePackFile, signPack } from '../packs/sign';
import { generateKeyPair, PublicKeySchema, SecretKeyFileSchema } from '../packs/signature';
import { describeRejection, evaluatePackFile } from '../packs/verify';

const USAGE = `usage:
  npm run pack -- keygen [--out DIR]                      writes DIR/pack-signing-key.json (secret) and .pub
  npm run pack -- build SRC --out PACK --key PRIVATE      signs the folder SRC into the file PACK
  npm run pack -- verify PACK --key PUBLIC                checks PACK against a public key (file or "ed25519:…")`;

class UsageError extends Error {}

// `npm run` runs scripts from the package root; INIT_CWD is where the admin typed the command,
// so relative paths mean what they expect.
const CWD = process.env.INIT_CWD ?? process.cwd();
const here = (p: string) => resolve(CWD, p);

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}

function readFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

async function keygen(args: string[]): Promise<number> {
  const dir = here(option(args, '--out') ?? '.');
  mkdirSync(dir, { recursive: true });
  const secretPath = join(dir, 'pack-signing-key.json');
  const publicPath = join(dir, 'pack-signing-key.pub');
  if (existsSync(secretPath)) throw new UsageError(`${secretPath} exists; refusing to overwrite a signing key`);
  const key = await generateKeyPair();
  writeFileSync(secretPath, JSON.stringify(key, null, 2) + '\n', { mode: 0o600 });
  chmodSync(secretPath, 0o600);
  writeFileSync(publicPath, key.publicKey + '\n');
  console.log(`secret key: ${secretPath}  (keep it private; anyone with it can publish packs)`);
  console.log(`public key: ${publicPath}`);
  console.log(`  ${key.publicKey}`);
  console.log('Put the public key in the managed policy "pinnedKeys" so only your packs install.');
  return 0;
}

async function build(args: string[]): Promise<number> {
  const out = option(args, '--out');
  const keyPath = option(args, '--key');
  const src = args.shift();
  if (!src || !out || !keyPath) throw new UsageError('build needs SRC, --out PACK and --key PRIVATE');
  const key = SecretKeyFileSchema.parse(JSON.parse(readFileSync(here(keyPath), 'utf8')));
  let pack;
  try {
    pack = packFromSource(readFolder(here(src)));
  } catch (e) {
    if (!(e instanceof PackSourceError)) throw e;
    console.error(`${src}: ${e.problems.length} problem(s):`);
    for (const p of e.problems) console.error(`  ${p}`);
    return 1;
  }
  const text = serializePackFile(await signPack(pack, key));
  // Check the result exactly as a doctor's browser will (limits included) before publishing it.
  const verdict = await evaluatePackFile(text, { pinnedKeys: [key.publicKey], now: new Date() });
  if (!verdict.ok) {
    console.error(`refused: ${describeRejection(verdict.rejection).en}`);
    return 1;
  }
  writeFileSync(here(out), text);
  console.log(`${basename(out)}: ${pack.id} ${pack.version}, ${verdict.pack.templates.length} template(s), ${Buffer.byteLength(text)} bytes, signed by ${key.publicKey}`);
  if (verdict.expired) console.warn('warning: this pack is already past its "expires" time');
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const keyArg = option(args, '--key');
  const file = args.shift();
  if (!file || !keyArg) throw new UsageError('verify needs PACK and --key PUBLIC');
  const publicKey = PublicKeySchema.parse(existsSync(here(keyArg)) ? readFileSync(here(keyArg), 'utf8').trim() : keyArg);
  const verdict = await evaluatePackFile(readFileSync(here(file), 'utf8'), { pinnedKeys: [publicKey], now: new Date() });
  if (!verdict.ok) {
    const why = describeRejection(verdict.rejection);
    console.error(`REJECTED ${file}: ${why.en}\n  ${why.zh}`);
    return 1;
  }
  const { pack } = verdict;
  console.log(`OK ${file}: ${pack.id} ${pack.version} "${pack.name}" by ${pack.publisher}`);
  console.log(`  ${pack.templates.length} template(s), ${pack.siteAdapters.length} site adapter(s), rules off: ${pack.rules.off.join(', ') || 'none'}`);
  if (pack.expires) console.log(`  expires ${pack.expires}${verdict.expired ? ' (EXPIRED)' : ''}`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const command = args.shift();
  try {
    if (command === 'keygen') return await keygen(args);
    if (command === 'build') return await build(args);
    if (command === 'verify') return await verify(args);
    throw new UsageError(command ? `unknown command: ${command}` : 'no command');
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      return 2;
    }
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
