import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from './server';
import { SCENARIOS } from './scenarios';

// `npm start`: build the extension, serve the demo console on 127.0.0.1 and open Debian's
// Chromium with the extension loaded on it. Without a display it prints how to load the
// extension by hand instead, and keeps serving until Ctrl+C.

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const DEFAULT_PORT = 5178;

function readPort(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${raw}"`);
  return port;
}

function buildExtension(): void {
  console.log('› 构建扩展 / building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openChromium(url: string): { child: ChildProcess; profile: string } | undefined {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executable)) {
    console.log(`! 未找到 Chromium：${executable}（可用 CHROMIUM_PATH 指定） / Chromium not found`);
    return undefined;
  }
  // A throwaway profile, so the doctor's own browser profile is never touched.
  const profile = mkdtempSync(join(tmpdir(), 'replycheck-demo-profile-'));
  const child = spawn(
    executable,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      url,
    ],
    { stdio: 'ignore' },
  );
  child.on('error', (err) => console.log(`! Chromium 启动失败 / failed to start: ${err.message}`));
  child.on('exit', (code) => {
    if (code) console.log(`! Chromium 已退出（${code}），演示台仍在运行 / Chromium exited, the console keeps serving`);
  });
  return { child, profile };
}

function printManualSteps(url: string): void {
  console.log(`
没有检测到图形界面（$DISPLAY / $WAYLAND_DISPLAY 未设置），请手动加载扩展：
  1. 在 Chromium 打开 chrome://extensions
  2. 打开右上角「开发者模式」
  3. 点「加载已解压的扩展程序」，选择：${EXTENSION_DIR}
  4. 打开演示问诊台：${url}

No display found. Load the extension by hand:
  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}
  then open the demo console: ${url}`);
}

async function main(): Promise<void> {
  const port = readPort();
  buildExtension();
  const server = await startDemoServer({ port });
  const url = `${server.url}/`;
  console.log(`\n✓ 演示问诊台 / demo console: ${url}`);
  console.log('  场景 / scenarios:');
  for (const s of SCENARIOS) console.log(`    ${server.url}/?scenario=${s.id}  ${s.title.zh}`);
  console.log(`  第二种页面布局 / second layout: ${server.url}/alt.html?scenario=prescription-uploaded`);
  console.log(`  iframe 嵌入 / in an iframe:     ${server.url}/frame.html?scenario=partial-answer`);

  const opened = hasDisplay() ? openChromium(url) : undefined;
  if (opened) console.log(`\n✓ 已打开 Chromium（已加载扩展）/ Chromium opened with the extension loaded`);
  else printManualSteps(url);
  console.log('\n按 Ctrl+C 停止 / Ctrl+C to stop');

  const stop = () => {
    if (opened) {
      opened.child.kill();
      rmSync(opened.profile, { recursive: true, force: true });
    }
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
