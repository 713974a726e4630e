import { useSearchParams } from 'react-router';

export type QueryPatch = Partial<Record<string, string | undefined>>;

/** A list's filters live in the URL so that Back from a record returns to the same view. */
export function useUrlQuery(): [URLSearchParams, (patch: QueryPatch) => void] {
  const [params, setParams] = useSearchParams();
  const update = (patch: QueryPatch) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update];
}
