import { useState } from "react";

/**
 * Reload a resource after a version conflict and start its form over from the fresh data.
 *
 * `key` changes in the very render that first has the refetched data (`loadedAt` is the query's
 * `dataUpdatedAt`), never earlier: a form remounted before the new data reaches its props would
 * start from the old values. Other refetches leave the key, and so any unsaved edits, alone.
 */
export function useReload(loadedAt: number, refetch: () => Promise<unknown>) {
  const [generation, setGeneration] = useState(0);
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const fresh = waitingSince !== null && loadedAt > waitingSince;
  if (fresh) {
    setWaitingSince(null);
    setGeneration(generation + 1);
  }

  function reload() {
    setWaitingSince(loadedAt);
    void refetch();
  }

  return { key: generation, reload, fresh };
}
