// "Set up this site": from the elements the doctor clicked (draft box, send button, a patient
// message, a doctor message) derive selectors that survive re-renders. Pure: it works on plain
// descriptions of the element and its ancestors, so it is tested without a DOM.

export interface NodeInfo {
  tag: string;
  id?: string;
  classes: readonly string[];
  /** Attributes worth keying on (contenteditable, role, name, type, data-*). */
  attrs: Readonly<Record<string, string>>;
}

/** Classes a framework generates or toggles say nothing stable about the element. */
export function isStableClass(c: string): boolean {
  if (!/^[a-zA-Z_-][\w-]*$/.test(c)) return false;
  if (/^(css|sc|jsx|emotion|styled)-/.test(c)) return false; // CSS-in-JS hashes
  if (/[a-z]{2,}_[a-zA-Z0-9]{5,}$/.test(c) || /__[\w-]{5,}$/.test(c)) return false; // CSS modules
  if (/\d{3,}/.test(c) || /[0-9a-f]{6,}/i.test(c.replace(/^[a-z]+-/, ''))) return false;
  return !/^(is-|has-)?(active|focus|focused|hover|selected|disabled|open|visible|hidden|show|checked)$/i.test(c);
}

export function isStableId(id: string): boolean {
  return /^[a-zA-Z][\w-]*$/.test(id) && !/\d{3,}/.test(id) && !/^(:|react|ember|vue|el-id)/i.test(id);
}

const cssIdent = (s: string) => s.replace(/([^\w-])/g, '\\$1');

/** The simplest self-describing selector for one element: #id, else tag.classes[attrs]. */
export function simpleSelector(node: NodeInfo): string {
  if (node.id && isStableId(node.id)) return `#${cssIdent(node.id)}`;
  const classes = node.classes.filter(isStableClass).map((c) => `.${cssIdent(c)}`).join('');
  const attr = node.attrs.contenteditable !== undefined ? '[contenteditable]' : node.attrs.role ? `[role="${node.attrs.role}"]` : '';
  return `${node.tag.toLowerCase()}${classes}${attr}`;
}

/** A selector for `path` (root … element) that matches exactly the element: the element's own
 *  simple selector, scoped by ancestors until `count` says it is unique. */
export function uniqueSelector(path: readonly NodeInfo[], count: (selector: string) => number): string {
  const el = path.at(-1);
  if (!el) throw new Error('empty path');
  let selector = simpleSelector(el);
  if (count(selector) === 1) return selector;
  for (let i = path.length - 2; i >= 0; i--) {
    const ancestor = path[i];
    if (!ancestor || ['html', 'body'].includes(ancestor.tag.toLowerCase())) break;
    const scoped = `${simpleSelector(ancestor)} ${selector}`;
    if (count(scoped) >= 1) selector = scoped;
    if (count(selector) === 1) return selector;
  }
  return selector;
}

export interface MessageSelectors {
  message: string;
  patientMessage: string;
  messageText?: string;
}

const same = (a: NodeInfo, b: NodeInfo) => a.tag === b.tag && a.id === b.id && a.classes.join(' ') === b.classes.join(' ');

/** From the clicked patient and doctor messages (paths from the root; the last node is what was
 *  clicked): the message items are the two paths' first differing nodes (children of the
 *  thread), the patient marker is a class only the patient item has, and the text is what was
 *  clicked inside the item. Throws with a reason the doctor can act on. */
export function deriveMessageSelectors(
  patientPath: readonly NodeInfo[],
  doctorPath: readonly NodeInfo[],
  /** Index of the first node where the two paths part (the message items). */
  split: number,
): MessageSelectors {
  const container = patientPath[split - 1];
  const pItem = patientPath[split];
  const dItem = doctorPath[split];
  if (!container || !pItem || !dItem) throw new Error('两条消息不在同一个对话列表中 / the two messages are not in one thread');
  if (pItem.tag !== dItem.tag) throw new Error('患者与医生消息的结构不同 / patient and doctor messages differ in structure');
  const shared = pItem.classes.filter((c) => dItem.classes.includes(c) && isStableClass(c));
  const itemSel = `${pItem.tag.toLowerCase()}${shared.map((c) => `.${cssIdent(c)}`).join('')}`;
  const message = `${simpleSelector(container)} > ${itemSel}`;
  const patientOnly = pItem.classes.filter((c) => !dItem.classes.includes(c) && isStableClass(c));
  let patientMessage: string | undefined = patientOnly.length ? `.${cssIdent(patientOnly[0] ?? '')}` : undefined;
  if (!patientMessage) {
    const attr = Object.entries(pItem.attrs).find(([k, v]) => dItem.attrs[k] !== v);
    if (attr) patientMessage = `[${attr[0]}="${attr[1].replace(/"/g, '\\"')}"]`;
  }
  if (!patientMessage) throw new Error('分不出患者与医生的消息 / cannot tell patient from doctor messages');
  const pText = patientPath.at(-1);
  const dText = doctorPath.at(-1);
  let messageText: string | undefined;
  if (pText && dText && patientPath.length > split + 1 && same(pText, dText) === false && pText.tag === dText.tag) {
    const common = pText.classes.filter((c) => dText.classes.includes(c) && isStableClass(c));
    messageText = `${pText.tag.toLowerCase()}${common.map((c) => `.${cssIdent(c)}`).join('')}`;
  } else if (pText && patientPath.length > split + 1) messageText = simpleSelector(pText);
  return { message, patientMessage, ...(messageText ? { messageText } : {}) };
}
