import { createContext, useContext } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportResult,
  ListFilter,
  Template,
  TemplateContentInput,
  TemplateRepository,
} from '@/lib/templates';

// react-query hooks over the template repository (the options page is extension origin, so it
// opens the Dexie database directly). Every write invalidates the 'templates' queries.

export const RepositoryContext = createContext<TemplateRepository | null>(null);

export function useRepository(): TemplateRepository {
  const repo = useContext(RepositoryContext);
  if (!repo) throw new Error('RepositoryContext is not provided');
  return repo;
}

const KEY = 'templates';

export function useTemplatePage(filter: ListFilter) {
  const repo = useRepository();
  return useQuery({
    queryKey: [KEY, 'list', filter],
    queryFn: () => repo.list(filter),
    // Keep the previous page on screen while the next one loads: no flashing while typing.
    placeholderData: keepPreviousData,
  });
}

export function useTemplateStats() {
  const repo = useRepository();
  return useQuery({ queryKey: [KEY, 'stats'], queryFn: () => repo.stats() });
}

export function useTemplateTags() {
  const repo = useRepository();
  return useQuery({ queryKey: [KEY, 'tags'], queryFn: () => repo.tags() });
}

export function useTemplateMutations() {
  const repo = useRepository();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: [KEY] });
  return {
    create: useMutation({ mutationFn: (c: TemplateContentInput) => repo.create(c), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: Partial<TemplateContentInput> }) => repo.update(id, patch),
      onSuccess,
    }),
    duplicate: useMutation({ mutationFn: (id: string) => repo.duplicate(id), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => repo.delete(id), onSuccess }),
    restore: useMutation({ mutationFn: (t: Template) => repo.restore(t), onSuccess }),
    importFile: useMutation({ mutationFn: (text: string): Promise<ImportResult> => repo.importTemplates(text), onSuccess }),
  };
}
