import type { TemplateCategory } from '@/lib/findings';

// The options page's words. Chinese by default; English when the browser's language is English.

export type UiLang = 'zh' | 'en';

export function uiLanguageOf(browserLanguage: string | undefined): UiLang {
  return browserLanguage && /^en\b/i.test(browserLanguage) ? 'en' : 'zh';
}

export const CATEGORY_LABEL: Record<TemplateCategory, Record<UiLang, string>> = {
  'referral-reason': { zh: '转诊说明', en: 'Referral reason' },
  empathy: { zh: '共情', en: 'Empathy' },
  closing: { zh: '结束语', en: 'Closing' },
  medication: { zh: '用药', en: 'Medication' },
  'follow-up': { zh: '随访', en: 'Follow-up' },
  'delay-notice': { zh: '延迟回复', en: 'Delay notice' },
  other: { zh: '其他', en: 'Other' },
};

const STRINGS = {
  appTitle: { zh: 'ReplyCheck 设置', en: 'ReplyCheck settings' },
  tabTemplates: { zh: '我的模板', en: 'Templates' },
  tabPacks: { zh: '模板包', en: 'Packs' },
  tabRules: { zh: '检查规则', en: 'Checks' },
  rulesIntro: {
    zh: '每条检查可以选择：发送前提醒（默认，发现问题时暂停发送请您确认）、只提示不拦截（角标里能看到，不暂停发送）或关闭。改动立即对已打开的问诊页生效。',
    en: 'For each check choose: hold the send (default: a send with a problem waits for you to confirm), advise only (shown by the badge, never holds a send) or off. Changes apply to open consultation pages at once.',
  },
  ruleHold: { zh: '发送前提醒', en: 'Hold the send' },
  ruleAdvice: { zh: '只提示不拦截', en: 'Advise only' },
  ruleOff: { zh: '关闭', en: 'Off' },
  ruleSafety: { zh: '安全提醒，只有管理员能关闭', en: 'A safety check: only an admin can turn it off' },
  ruleOffByAdmin: { zh: '已由管理员策略或模板包关闭', en: "Turned off by the admin's policy or a pack" },
  search: { zh: '搜索模板（文字、快捷词或拼音，如 mz）', en: 'Search templates (text, shortcut or pinyin)' },
  category: { zh: '分类', en: 'Category' },
  tag: { zh: '标签', en: 'Tag' },
  source: { zh: '来源', en: 'Source' },
  all: { zh: '全部', en: 'All' },
  sort: { zh: '排序', en: 'Sort' },
  sortUpdated: { zh: '最近编辑', en: 'Recently edited' },
  sortUsage: { zh: '最常使用', en: 'Most used' },
  mine: { zh: '我的', en: 'Mine' },
  pack: { zh: '模板包', en: 'Packs' },
  newTemplate: { zh: '新建模板', en: 'New template' },
  importJson: { zh: '导入 JSON', en: 'Import JSON' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  fileNotText: { zh: '无法读取：不是 UTF-8、UTF-16 或 GBK 编码的文本，是否选错了文件？', en: 'cannot be read: not text in UTF-8, UTF-16 or GBK — the wrong file?' },
  title: { zh: '标题', en: 'Title' },
  body: { zh: '内容', en: 'Text' },
  bodyHelp: {
    zh: '可用变量：{{患者称呼}} {{药名}} {{用药情况}} {{复诊时间}} {{科室}} …插入时自动填写，填不了的会询问。',
    en: 'Variables: {{患者称呼}} {{药名}} {{用药情况}} {{复诊时间}} {{科室}} … filled on insert, or asked for.',
  },
  shortcut: { zh: '快捷词', en: 'Shortcut' },
  tags: { zh: '标签（逗号分隔）', en: 'Tags (comma-separated)' },
  language: { zh: '语言', en: 'Language' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  edit: { zh: '编辑', en: 'Edit' },
  duplicate: { zh: '复制', en: 'Duplicate' },
  copyToMine: { zh: '复制到我的模板', en: 'Copy to my templates' },
  delete: { zh: '删除', en: 'Delete' },
  undo: { zh: '撤销', en: 'Undo' },
  deleted: { zh: '已删除', en: 'Deleted' },
  readOnly: { zh: '只读（来自模板包）', en: 'Read-only (from a pack)' },
  uses: { zh: '使用次数', en: 'Uses' },
  lastUsed: { zh: '最近使用', en: 'Last used' },
  never: { zh: '从未', en: 'never' },
  noResults: { zh: '没有符合条件的模板', en: 'No templates match' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  page: { zh: '页', en: 'Page' },
  templatesList: { zh: '模板列表', en: 'Templates' },
  importFailed: { zh: '导入失败，未写入任何模板：', en: 'Import failed; nothing was written:' },
  imported: { zh: '已导入', en: 'Imported' },
  saveFailed: { zh: '保存失败：', en: 'Could not save:' },
  loading: { zh: '加载中…', en: 'Loading…' },
  // 站点适配 / Site adapters tab
  tabAdapters: { zh: '站点适配', en: 'Site adapters' },
  adaptersIntro: {
    zh: '站点适配告诉 ReplyCheck 问诊网页上的回复框、发送按钮和消息在哪里。在问诊网页上点扩展弹窗里的“设置此网站”即可新建；也可以导入同事或管理员给的 JSON 文件。',
    en: 'A site adapter tells ReplyCheck where a consultation page keeps its reply box, send button and messages. Create one with “Set up this site” in the popup on that page, or import a JSON file from a colleague or your admin.',
  },
  adaptersList: { zh: '站点适配列表', en: 'Site adapters' },
  urlPatterns: { zh: '网址规则', en: 'URL patterns' },
  sendKey: { zh: '发送键', en: 'Send key' },
  sourcePack: { zh: '模板包', en: 'Pack' },
  sourcePolicy: { zh: '管理员策略', en: 'Admin policy' },
  sourceBuiltin: { zh: '内置', en: 'Built in' },
  exportOne: { zh: '导出', en: 'Export' },
  exportAllMine: { zh: '导出我的全部适配', en: 'Export all my adapters' },
  importAdaptersFailed: { zh: '导入失败，未写入任何站点适配：', en: 'Import failed; no adapter was written:' },
  noOwnAdapters: { zh: '还没有自己的站点适配。', en: 'No adapters of your own yet.' },
  notSaved: { zh: '未能保存：', en: 'Not saved:' },
  // Quick-reply palette trigger
  paletteTrigger: { zh: '呼出快捷回复的按键', en: 'Key that opens quick replies' },
  paletteTriggerHelp: {
    zh: '在回复框中输入它即打开快捷回复面板，例如 /、// 或 ；（1–3 个符号，不含字母、数字、汉字或空格）。',
    en: 'Typing it in the reply box opens the quick-reply palette, e.g. /, // or ； (1–3 symbols; no letters, digits, Han characters or spaces).',
  },
  apply: { zh: '应用', en: 'Apply' },
  saved: { zh: '已保存', en: 'Saved' },
  resetDefault: { zh: '恢复默认', en: 'Reset to default' },
  // 模板包 / Packs tab
  packsTitle: { zh: '模板包', en: 'Template packs' },
  packsIntro: {
    zh: '管理员发布的共享模板：模板只读，更新时自动替换；您复制到“我的模板”的副本不受影响。',
    en: 'Shared templates published by your admin: read-only, replaced on update; your own copies are never touched.',
  },
  packsPolicy: { zh: '由管理员策略管理', en: 'Managed by your admin’s policy' },
  packsPinned: { zh: '仅接受以下公钥签名的模板包', en: 'Only packs signed by these keys are accepted' },
  packsPolicyProblem: { zh: '策略中无法读取的设置', en: 'Policy settings that could not be read' },
  packsSubscribe: { zh: '订阅', en: 'Subscribe' },
  packsUrlLabel: { zh: '模板包地址（URL）', en: 'Pack URL' },
  packsFile: { zh: '从文件安装', en: 'Install from file' },
  packsSubscriptions: { zh: '订阅', en: 'Subscriptions' },
  packsNoSubscriptions: { zh: '尚无订阅', en: 'No subscriptions yet' },
  packsInstalled: { zh: '已安装的模板包', en: 'Installed packs' },
  packsNoPacks: { zh: '尚未安装模板包', en: 'No packs installed' },
  packsLastChecked: { zh: '上次检查', en: 'Last checked' },
  packsNextCheck: { zh: '下次检查', en: 'Next check' },
  packsNever: { zh: '尚未检查', en: 'not yet' },
  packsCheckNow: { zh: '立即检查', en: 'Check now' },
  packsCheckAll: { zh: '全部检查', en: 'Check all' },
  packsUnsubscribe: { zh: '取消订阅', en: 'Unsubscribe' },
  packsRemove: { zh: '移除', en: 'Remove' },
  packsFromPolicy: { zh: '策略指定', en: 'Set by policy' },
  packsLocked: { zh: '管理员锁定，不可移除', en: 'Locked by your admin; cannot be removed' },
  packsPolicySubscription: { zh: '由管理员策略订阅，不可移除', en: 'Subscribed by your admin’s policy; cannot be removed' },
  packsReleased: {
    zh: '管理员策略已不再指定此地址，现为您自己的订阅，可以取消',
    en: 'Your admin’s policy no longer sets this URL; it is now your own subscription and you may unsubscribe',
  },
  packsDisabled: { zh: '已停用', en: 'Disabled' },
  packsDisabledHint: {
    zh: '其模板已不再提供，规则设置不再生效；您复制到“我的模板”的副本不受影响。签名重新通过验证后自动恢复',
    en: 'its templates are no longer offered and its rule settings no longer apply; your own copies are untouched. It comes back once its signature verifies again',
  },
  packsRejected: { zh: '更新被拒绝', en: 'Update refused' },
  packsKeptVersion: { zh: '仍使用已安装版本', en: 'the installed version stays' },
  packsChanged: { zh: '变更', en: 'What changed' },
  packsAdded: { zh: '新增', en: 'added' },
  packsRemoved: { zh: '移除', en: 'removed' },
  packsEdited: { zh: '修改', en: 'changed' },
  packsNoTemplateChange: { zh: '模板无变化', en: 'no template changes' },
  packsExpired: { zh: '已过期', en: 'Expired' },
  packsExpiredHint: { zh: '仍可使用，请联系发布者更新', en: 'still in use; ask the publisher for an update' },
  packsSigned: { zh: '已签名', en: 'Signed' },
  packsUnsigned: { zh: '未签名', en: 'Unsigned' },
  packsTemplates: { zh: '个模板', en: 'templates' },
  packsRulesOff: { zh: '关闭的规则', en: 'Rules turned off' },
  packsFileResult: { zh: '文件安装', en: 'File install' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** What the last check of a pack subscription came to. */
export const PACK_OUTCOME_LABEL = {
  updated: { zh: '已更新', en: 'updated' },
  unchanged: { zh: '无变化', en: 'unchanged' },
  'not-modified': { zh: '无变化（未修改）', en: 'not modified' },
  rejected: { zh: '已拒绝', en: 'refused' },
  failed: { zh: '下载失败，稍后重试', en: 'failed; will retry' },
} as const satisfies Record<string, Record<UiLang, string>>;

export function t(lang: UiLang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** "共 120 个模板 · 使用 345 次 · 我的 100 · 模板包 20" */
export function statsLine(lang: UiLang, s: { total: number; uses: number; mine: number; pack: number }): string {
  return lang === 'zh'
    ? `共 ${s.total} 个模板 · 累计使用 ${s.uses} 次 · 我的 ${s.mine} · 模板包 ${s.pack}`
    : `${s.total} templates · used ${s.uses} times · mine ${s.mine} · packs ${s.pack}`;
}

/** How the doctor finds a template by its shortcut, with the trigger they set ("/" by default). */
export function shortcutHelp(lang: UiLang, trigger: string): string {
  return lang === 'zh' ? `在回复框输入 ${trigger} 加快捷词即可找到` : `Type ${trigger} and the shortcut in the reply box`;
}

/** "删除：名称" in Chinese, "Delete: name" in English. */
export function labelled(lang: UiLang, label: string, what: string): string {
  return `${label}${lang === 'zh' ? '：' : ': '}${what}`;
}

/** "已导入 2 个站点适配" */
export function importedAdaptersLine(lang: UiLang, n: number): string {
  return lang === 'zh' ? `已导入 ${n} 个站点适配` : `Imported ${n} site adapter${n === 1 ? '' : 's'}`;
}

export function matchesLine(lang: UiLang, total: number, page: number, pages: number): string {
  return lang === 'zh' ? `${total} 个结果，第 ${page}/${pages} 页` : `${total} results, page ${page} of ${pages}`;
}
