"use client";

import { usePathname, useRouter } from "next/navigation";
import { reportChangeError } from "@/app/(app)/_components/change-errors";
import type { ColorName } from "@/lib/schemas/colors";
import { api } from "@/trpc/react";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
import { appRoute } from "./app-route";
import { type SidebarData, useSidebarCache } from "./sidebar-data";
import type { MoveDirection } from "./use-sidebar-mutations";

export type SidebarFilter = SidebarData["filters"][number];
export type FilterValues = { name: string; query: string; color: ColorName };

/**
 * Every change the sidebar makes to saved filters. Adding and editing wait for the server (its answer,
 * such as a name already in use, shows in the dialog); moving shows at once and rolls back on failure;
 * deleting leaves the filter's page if it is open. The sidebar's read and the task lists refresh after.
 */
export function useFilterMutations() {
  const utils = api.useUtils();
  const sidebar = useSidebarCache();
  const router = useRouter();
  const pathname = usePathname();
  const readTaskListsBack = useReadTaskListsBack();
  const settle = () => Promise.all([utils.sidebar.get.invalidate(), readTaskListsBack()]);

  const create = api.filter.create.useMutation({
    onSuccess: (created) => router.push(appRoute(`/filters/${created.id}`)),
    onSettled: settle,
  });
  const update = api.filter.update.useMutation({
    // The filter's page reads its name and query on the server: show the new ones.
    onSuccess: (_result, input) => {
      if (pathname === `/filters/${input.id}`) router.refresh();
    },
    onSettled: settle,
  });
  const reorder = api.filter.reorder.useMutation({
    onError: (error) => reportChangeError(error),
    onSettled: () => utils.sidebar.get.invalidate(),
  });
  const remove = api.filter.delete.useMutation({
    onSuccess: (_result, input) => {
      sidebar.set("filters", (list) => list.filter((filter) => filter.id !== input.id));
      if (pathname === `/filters/${input.id}`) router.push("/");
    },
    onSettled: settle,
  });

  /** Moves a filter one place up or down; false when it is already at that end. */
  async function move(id: string, direction: MoveDirection): Promise<boolean> {
    const list = sidebar.read("filters") ?? [];
    const index = list.findIndex((filter) => filter.id === id);
    const neighbour = list[direction === "up" ? index - 1 : index + 1];
    const moving = list[index];
    if (!moving || !neighbour) return false;
    const previous = await sidebar.edit("filters", (current) => {
      const without = current.filter((filter) => filter.id !== id);
      const at = without.findIndex((filter) => filter.id === neighbour.id);
      without.splice(direction === "up" ? at : at + 1, 0, moving);
      return without;
    });
    reorder.mutate(direction === "up" ? { id, beforeId: neighbour.id } : { id, afterId: neighbour.id }, {
      onError: () => sidebar.restore("filters", previous),
    });
    return true;
  }

  return {
    /** Resolves with the saved filter (whose page then opens); rejects with the server's error. */
    create: (values: FilterValues) => create.mutateAsync(values),
    edit: (id: string, values: Partial<FilterValues>) => update.mutateAsync({ id, ...values }),
    move,
    /** Resolves once deleted (the dialog waits for it). */
    remove: (id: string) => remove.mutateAsync({ id }),
  };
}
