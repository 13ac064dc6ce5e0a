"use client";

import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import type { Section } from "../sections/section-groups";

/**
 * Moving a section one place left or right on the board (`section.reorder` between its new neighbours):
 * shown at once in the cached `section.list`, put back with the server's words when refused.
 */
export function useSectionOrder(projectId: string, announce: (message: string) => void) {
  const utils = api.useUtils();
  const input = { projectId };
  const reorder = api.section.reorder.useMutation({
    onMutate: async ({ id, afterId, beforeId }) => {
      await utils.section.list.cancel(input);
      const previous = utils.section.list.getData(input);
      utils.section.list.setData(input, (sections) => sections && reordered(sections, id, afterId, beforeId));
      return previous;
    },
    onError: (error, _input, previous) => {
      if (previous) utils.section.list.setData(input, previous);
      reportChangeError(error);
    },
    onSettled: () => utils.section.list.invalidate(input),
  });

  /** Moves it one place: -1 left, 1 right; false at either end. */
  return function moveSection(sections: readonly Section[], id: string, offset: -1 | 1): boolean {
    const index = sections.findIndex((section) => section.id === id);
    const neighbour = sections[index + offset];
    const moving = sections[index];
    if (!moving || !neighbour) return false;
    reorder.mutate(offset < 0 ? { id, beforeId: neighbour.id } : { id, afterId: neighbour.id });
    announce(`Moved section “${moving.name}” to position ${index + offset + 1} of ${sections.length}.`);
    return true;
  };
}

/** The sections with `id` moved right after `afterId`, or right before `beforeId`. */
function reordered(
  sections: Section[],
  id: string,
  afterId: string | null | undefined,
  beforeId: string | null | undefined,
): Section[] {
  const moving = sections.find((section) => section.id === id);
  if (!moving) return sections;
  const rest = sections.filter((section) => section.id !== id);
  const at = afterId
    ? rest.findIndex((section) => section.id === afterId) + 1
    : beforeId
      ? rest.findIndex((section) => section.id === beforeId)
      : rest.length;
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}
