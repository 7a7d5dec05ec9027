import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listAdapters, type AdapterRow } from '@/lib/adapters/io';
import { PAGE_STORAGE_KEYS, readStoredAdapters, type PageRequest } from '@/lib/adapters/page-settings';
import type { SiteAdapter } from '@/lib/adapters/schema';
import { PACK_STORAGE_KEYS } from '@/lib/packs/messages';
import { PacksStateSchema } from '@/lib/packs/state';

// The 站点适配 tab's data: every adapter the content script may use, read from extension
// storage (the doctor's own, and those packs and policy brought), refreshed whenever storage
// changes. Writes go through the background's page service, which serialises them with
// "set up this site" saves from pages.

const KEY = ['adapters'] as const;
const WATCHED: string[] = [PAGE_STORAGE_KEYS.adapters, PACK_STORAGE_KEYS.siteAdapters, PACK_STORAGE_KEYS.state];

async function readRows(): Promise<AdapterRow[]> {
  const got = await browser.storage.local.get(WATCHED);
  const packs = PacksStateSchema.safeParse(got[PACK_STORAGE_KEYS.state] ?? {});
  return listAdapters(
    readStoredAdapters(got[PAGE_STORAGE_KEYS.adapters]),
    readStoredAdapters(got[PACK_STORAGE_KEYS.siteAdapters]),
    packs.success ? packs.data.installed : {},
  );
}

export function useAdapterRows() {
  const client = useQueryClient();
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && WATCHED.some((k) => k in changes)) void client.invalidateQueries({ queryKey: KEY });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [client]);
  return useQuery({ queryKey: KEY, queryFn: readRows });
}

async function ask(request: PageRequest): Promise<void> {
  const answer = (await browser.runtime.sendMessage(request)) as { ok?: boolean; error?: string } | undefined;
  if (!answer?.ok) throw new Error(answer?.error ?? 'the background service did not answer');
}

export function useAdapterMutations() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: KEY });
  return {
    /** Write a whole, already validated import (the background validates it again). */
    importAll: useMutation({ mutationFn: (adapters: SiteAdapter[]) => ask({ type: 'page:import-adapters', adapters }), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => ask({ type: 'page:delete-adapter', id }), onSuccess }),
  };
}
