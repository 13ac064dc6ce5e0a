"use client";

import { onlineManager, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "@/trpc/react";
import { pendingCreates } from "../pending-creates";
import { reportFailure } from "../tasks/mutation-errors";
import { CREATE_SCOPE, startMutation, TASK_CHANGE_NETWORK } from "../tasks/task-scopes";
import {
  offlineCacheKey,
  parseOfflineCache,
  type QueuedCreate,
  restoreLists,
  restoreQueuedCreates,
  snapshotOfflineCache,
  TASK_CREATE_KEY,
} from "./offline-cache";
import { allowOfflineCopies, readOfflineCopy, writeOfflineCopy } from "./offline-storage";

const WRITE_EVERY_MS = 1000;
const noop = () => {};

/**
 * Runs `work` once the page is idle: React has then hydrated every part of the page. Lists put back
 * sooner would reach a part still showing the server's HTML (offline: the copy the service worker kept,
 * older), which React reports as a hydration mismatch.
 */
function afterHydration(work: () => void): () => void {
  if ("requestIdleCallback" in window) {
    const handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}

/**
 * Keeps the signed-in user's lists and queued task creates in this browser, and puts them back on the
 * next load: the creates to be sent (now, or when the browser is back online), and, on a load while
 * offline, the lists (each if newer than what the page brought). A create sent this way after a reload has
 * no screen waiting for it: it is confirmed by refetching the lists, and a refusal is reported like every other.
 */
export function OfflineCacheSync({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const utils = api.useUtils();

  useEffect(() => {
    const refresh = () => Promise.all([utils.task.list.invalidate(), utils.sidebar.get.invalidate()]);
    const resend = (input: QueuedCreate) =>
      void startMutation(queryClient, { mutationKey: [...TASK_CREATE_KEY], scope: CREATE_SCOPE }, input);
    queryClient.setMutationDefaults([...TASK_CREATE_KEY], {
      ...TASK_CHANGE_NETWORK,
      mutationFn: (input: QueuedCreate) => utils.client.task.create.mutate(input),
      onSuccess: async (saved) => {
        pendingCreates.remove(saved.id);
        await refresh();
      },
      onError: async (error, input: QueuedCreate) => {
        pendingCreates.remove(input.id, false);
        reportFailure(error, () => resend(input));
        await refresh();
      },
    });

    allowOfflineCopies();
    const key = offlineCacheKey(userId);
    const kept = parseOfflineCache(readOfflineCopy(key) ?? "");
    if (kept) for (const { id } of restoreQueuedCreates(queryClient, kept)) pendingCreates.add(id);
    // Offline, they stay paused: the query client resumes them when the browser is back online.
    if (onlineManager.isOnline()) void queryClient.resumePausedMutations();
    // The lists only when offline: online, the page brought fresher ones (whatever the two clocks say).
    const cancelLists =
      kept && !onlineManager.isOnline() ? afterHydration(() => restoreLists(queryClient, kept)) : noop;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const writeNow = () => {
      clearTimeout(timer);
      timer = undefined;
      writeOfflineCopy(key, snapshotOfflineCache(queryClient));
    };
    const writeSoon = () => {
      timer ??= setTimeout(writeNow, WRITE_EVERY_MS);
    };
    const writeIfHidden = () => {
      if (document.visibilityState === "hidden") writeNow();
    };
    const stopQueries = queryClient.getQueryCache().subscribe(writeSoon);
    const stopMutations = queryClient.getMutationCache().subscribe(writeSoon);
    window.addEventListener("pagehide", writeNow);
    document.addEventListener("visibilitychange", writeIfHidden);
    return () => {
      cancelLists();
      stopQueries();
      stopMutations();
      clearTimeout(timer);
      window.removeEventListener("pagehide", writeNow);
      document.removeEventListener("visibilitychange", writeIfHidden);
    };
  }, [queryClient, utils, userId]);

  return null;
}
