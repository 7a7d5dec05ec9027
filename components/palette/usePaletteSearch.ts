import { useEffect, useState } from 'react';
import type { Template } from '@/lib/templates/schema';

/** Results for the palette's query; an answer to an older query never replaces a newer one. A
 *  failing search shows nothing rather than breaking the page. */
export function usePaletteSearch(search: (query: string) => Promise<Template[]>, query: string) {
  const [results, setResults] = useState<Template[]>([]);
  // The query the shown results answer (they lag the typed one while a search runs).
  const [answered, setAnswered] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    setLoading(true);
    search(query)
      .then((r) => {
        if (current) setResults(r);
      })
      .catch(() => {
        if (current) setResults([]);
      })
      .then(() => {
        if (current) setAnswered(query);
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [search, query]);
  return { results, loading, answered };
}
