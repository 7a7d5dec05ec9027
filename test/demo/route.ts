import { findScenario, SCENARIOS, type DemoScenario } from './scenarios';

// What a demo URL asks for, read the same way by the server (to write <head>) and by the pages.

declare global {
  interface Window {
    /** Every text a demo console sent, in order: what the patient would have received. */
    __demoSent: string[];
  }
}

export type UiLang = 'zh' | 'en';

export interface DemoRoute {
  lang: UiLang;
  /** `&drafts=2`: a second draft box with its own send button (a follow-up message). */
  drafts: 1 | 2;
  /** undefined when ?scenario= names no scenario: the server answers 404. */
  scenario: DemoScenario | undefined;
}

/** `?scenario=ID&lang=en&drafts=2`. Without a scenario, the first one in the UI language is shown. */
export function readRoute(search: string): DemoRoute {
  const params = new URLSearchParams(search);
  const lang: UiLang = params.get('lang') === 'en' ? 'en' : 'zh';
  const drafts = params.get('drafts') === '2' ? 2 : 1;
  const id = params.get('scenario');
  if (id) return { lang, drafts, scenario: findScenario(id) };
  return { lang, drafts, scenario: SCENARIOS.find((s) => s.conversation.language === lang) ?? SCENARIOS[0] };
}

/** The query string that shows `scenarioId` in `lang` (zh is the default and left out), with
 *  the second draft box when `drafts` is 2. */
export function routeQuery(scenarioId: string, lang: UiLang, drafts: 1 | 2 = 1): string {
  return `?scenario=${encodeURIComponent(scenarioId)}${lang === 'en' ? '&lang=en' : ''}${drafts === 2 ? '&drafts=2' : ''}`;
}

/** "2026-11-20T09:12:00+08:00" → "11-20 09:12", in Beijing time whatever the browser's zone. */
export function shortBeijingTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const shifted = new Date(ms + 8 * 3600_000).toISOString();
  return `${shifted.slice(5, 10)} ${shifted.slice(11, 16)}`;
}

/** Whole hours between two ISO times (0 when either is missing). */
export function hoursBetween(fromIso: string | undefined, toIso: string | undefined): number {
  if (!fromIso || !toIso) return 0;
  return Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 3600_000));
}

/** The console's document title for a patient, in the UI language. */
export function consoleTitle(patientName: string, lang: UiLang): string {
  return lang === 'en' ? `Text consultation · ${patientName} — Doctor console` : `图文问诊 · ${patientName} — 医生工作台`;
}
