"use client";

import { api } from "@/trpc/react";

/**
 * Label ids for names a typed line used that the user had not got when it was read. A label of that
 * name made since (by an earlier try whose task then failed, or another tab) is reused, not made twice.
 */
export function useLabelIds() {
  const utils = api.useUtils();
  return async function labelIdsFor(names: readonly string[] = []): Promise<string[]> {
    if (names.length === 0) return [];
    const known = utils.sidebar.get.getData()?.labels ?? [];
    const ids: string[] = [];
    for (const name of names) {
      const found = known.find((label) => label.name.toLowerCase() === name.toLowerCase());
      ids.push(found?.id ?? (await utils.client.label.create.mutate({ name })).id);
    }
    await utils.sidebar.get.invalidate();
    return ids;
  };
}
