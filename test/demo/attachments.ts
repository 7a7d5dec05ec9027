import type { Attachment } from '../../lib/conversation';
import type { UiLang } from './route';

// Uploaded records drawn as inline SVG data URLs: the page looks like it shows a photographed
// 处方 but loads nothing from the network.

const LABELS: Record<string, { zh: string; en: string }> = {
  prescription: { zh: '处方', en: 'Prescription' },
  report: { zh: '检查报告', en: 'Test report' },
  lab: { zh: '化验单', en: 'Lab result' },
};

/** The caption under an attachment; a 处方 caption is what tells a reader it is medication info. */
export function attachmentLabel(kind: string, lang: UiLang): string {
  return LABELS[kind]?.[lang] ?? (lang === 'en' ? 'Attachment' : '附件');
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Split a caption into short lines for the slip (SVG has no text wrapping). */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const parts = text.split(/[；;\n]/).map((p) => p.trim()).filter(Boolean);
  const lines: string[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.length; i += perLine) lines.push(part.slice(i, i + perLine));
  }
  return lines.slice(0, maxLines);
}

export function attachmentImage(attachment: Attachment): string {
  const isRx = attachment.kind === 'prescription';
  const heading = isRx ? '处 方 笺' : attachmentLabel(attachment.kind, 'zh');
  const lines = wrap(attachment.text ?? '', 11, 6);
  const body = lines
    .map((l, i) => `<text x="12" y="${isRx ? 92 + i * 16 : 66 + i * 16}" font-size="10" fill="#333">${escapeXml(l)}</text>`)
    .join('');
  const rx = isRx
    ? '<text x="12" y="72" font-size="18" font-weight="bold" fill="#1d5fa8" font-family="serif">Rp.</text>' +
      '<text x="12" y="168" font-size="9" fill="#888">医师签名：林医生</text>'
    : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="132" height="176" viewBox="0 0 132 176">` +
    `<rect width="132" height="176" rx="4" fill="#fffdf6" stroke="#d9cfb8"/>` +
    `<text x="66" y="22" text-anchor="middle" font-size="9" fill="#666">安心医院互联网医院</text>` +
    `<text x="66" y="42" text-anchor="middle" font-size="14" font-weight="bold" fill="#222">${escapeXml(heading)}</text>` +
    `<line x1="10" y1="50" x2="122" y2="50" stroke="#c9b98f"/>` +
    rx +
    body +
    `</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
