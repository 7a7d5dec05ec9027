import type { Conversation } from '../conversation';

// Template variables: `{{患者称呼}}`, `{{药名}}`, `{{复诊时间}}` … Each known variable has a
// Chinese and an English name and, where the conversation can say it, a way to read it. What
// the conversation does not say is reported as missing so a small form can ask the doctor.
// Filled text exists only in the draft box: nothing filled from patient text is stored.

const VARIABLE = /\{\{\s*([^{}\s][^{}]*?)\s*\}\}/gu;

export interface VariableSpec {
  /** Canonical (Chinese) name, as written in templates. */
  name: string;
  aliases: readonly string[];
  label: { zh: string; en: string };
  /** Read the value from the conversation; undefined when it does not say it. */
  read?: (c: Conversation) => string | undefined;
}

const nonEmpty = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};

/** The first drug of the 用药情况 field: text up to the first dose, separator or space. */
export function firstDrugName(medications: string | undefined): string | undefined {
  const text = nonEmpty(medications);
  if (!text) return undefined;
  const head = text.split(/[\s,，、;；。:：(（\d]/u).find((part) => part.trim().length > 0);
  return nonEmpty(head);
}

function isoDate(c: Conversation): string | undefined {
  if (!c.now) return undefined;
  // `now` carries its own offset ("…+08:00"): its date part is the doctor's local date.
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c.now);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export const KNOWN_VARIABLES: readonly VariableSpec[] = [
  {
    name: '患者称呼',
    aliases: ['患者姓名', '称呼', 'patient', 'patientName', 'name'],
    label: { zh: '患者称呼', en: 'Patient name' },
    read: (c) => nonEmpty(c.patient?.name),
  },
  {
    name: '药名',
    aliases: ['药物', 'drug', 'medication'],
    label: { zh: '药名', en: 'Drug' },
    read: (c) => firstDrugName(c.patient?.medications),
  },
  {
    name: '用药情况',
    aliases: ['medications', 'currentMedications'],
    label: { zh: '用药情况', en: 'Current medications' },
    read: (c) => nonEmpty(c.patient?.medications),
  },
  { name: '复诊时间', aliases: ['followUpTime', 'followUp', 'nextVisit'], label: { zh: '复诊时间', en: 'Follow-up time' } },
  { name: '回复时间', aliases: ['replyTime'], label: { zh: '回复时间', en: 'Reply time' } },
  { name: '检查项目', aliases: ['tests', 'examination'], label: { zh: '检查项目', en: 'Tests' } },
  { name: '挂号方式', aliases: ['booking', 'howToBook'], label: { zh: '挂号方式', en: 'How to book' } },
  { name: '医生', aliases: ['医生姓名', 'doctor'], label: { zh: '医生', en: 'Doctor' }, read: (c) => nonEmpty(c.doctor) },
  { name: '科室', aliases: ['department'], label: { zh: '科室', en: 'Department' }, read: (c) => nonEmpty(c.department) },
  { name: '日期', aliases: ['今天', 'date', 'today'], label: { zh: '日期', en: 'Date' }, read: isoDate },
];

const BY_NAME = new Map<string, VariableSpec>();
for (const spec of KNOWN_VARIABLES) {
  BY_NAME.set(spec.name, spec);
  for (const alias of spec.aliases) BY_NAME.set(alias.toLowerCase(), spec);
}

/** The spec for a variable name or alias (aliases are case-insensitive). */
export function variableSpec(name: string): VariableSpec | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
}

/** The variables a body uses, in order of first use, each once, as written. */
export function extractVariables(body: string): string[] {
  const seen = new Set<string>();
  for (const m of body.matchAll(VARIABLE)) seen.add((m[1] as string).trim());
  return [...seen];
}

export interface FilledTemplate {
  /** The body with every known value substituted; missing variables stay as `{{name}}`. */
  text: string;
  /** Variables neither the conversation nor `values` gave, in order of first use. */
  missing: string[];
  /** The values used, by variable name as written in the body. */
  values: Record<string, string>;
}

/** Fill a body's variables: `values` (what the doctor typed in the fill-in form) first, then the
 *  conversation. Unknown variables can only come from `values`. */
export function fillVariables(
  body: string,
  conversation: Conversation | undefined,
  values: Readonly<Record<string, string>> = {},
): FilledTemplate {
  const used: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of extractVariables(body)) {
    const given = nonEmpty(values[name]);
    const read = conversation ? variableSpec(name)?.read?.(conversation) : undefined;
    const value = given ?? read;
    if (value === undefined) missing.push(name);
    else used[name] = value;
  }
  const text = body.replace(VARIABLE, (whole, raw: string) => used[raw.trim()] ?? whole);
  return { text, missing, values: used };
}
