import { useSyncExternalStore } from 'react';
import type { Language } from '@/lib/conversation';
import type { Finding, Fix } from '@/lib/findings';

// The overlay's state, owned by the content script and read by the React views through a hook.

export interface BadgeState {
  /** Where the draft box is on screen (viewport coordinates). */
  rect: { top: number; left: number; width: number; height: number };
  count: number;
  worst: 'error' | 'warning' | 'info' | 'none';
}

export interface PanelState {
  findings: Finding[];
  /** True when the panel holds a send (shows "Send anyway"); false when opened from the badge. */
  held: boolean;
  language: Language;
  /** The draft box on screen: the panel sits above it, never over the site's send button. */
  anchor?: { top: number; bottom: number; right: number; viewportWidth: number; viewportHeight: number };
}

export interface OverlayState {
  badge: BadgeState | null;
  panel: PanelState | null;
}

export interface OverlayActions {
  fix(finding: Finding, fix: Fix): void;
  ignore(finding: Finding): void;
  sendAnyway(): void;
  close(): void;
  openPanel(): void;
  /** Show where a finding's quote comes from: the patient's message scrolled to and selected, or
   *  the quoted words selected in the draft. */
  showEvidence(finding: Finding): void;
}

export interface OverlayStore {
  get(): OverlayState;
  set(patch: Partial<OverlayState>): void;
  subscribe(listener: () => void): () => void;
}

export function createOverlayStore(): OverlayStore {
  let state: OverlayState = { badge: null, panel: null };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useOverlayState(store: OverlayStore): OverlayState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
