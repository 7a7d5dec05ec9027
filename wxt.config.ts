import { defineConfig } from 'wxt';
import { managedSchemaJson } from './lib/policy/managed-schema';

// The extension's manifest and build. Entry points live in entrypoints/; everything they use
// lives in lib/ (pure logic) and components/ (React views).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'ReplyCheck 回复检查',
    description: '发送前检查医生回复：遗漏的问题、重复询问用药、转诊无理由、缺少共情与结束语。',
    default_locale: undefined,
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // Least privilege: only the demo console is granted at install; other consoles are
    // asked for at run time, per site, from the popup.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The admin policy (pack URLs, pinned keys, …): the file is generated from the zod policy
    // schema by the build:publicAssets hook below, so the repo needs no public/ folder.
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'replycheck@replycheck.example', strict_min_version: '128.0' } } }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: managedSchemaJson() });
    },
  },
});
