"use client";

import { onlineManager, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { whenIdle } from "@/lib/when-idle";
import { api } from "@/trpc/react";
import { pendingCreates } from "../pending-creates";
import { loadTaskSchemas } from "../tasks/load-task-schemas";
import { reportFailure } from "../tasks/mutation-errors";
import { CREATE_SCOPE, startMutation, TASK_CHANGE_NETWORK } from "../tasks/task-scopes";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
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
 * Keeps the signed-in user's lists and queued task creates in this browser, and puts them back on the
 * next load: the creates to be sent (now, or when the browser is back online), and, on a load while
 * offline, the lists (each if newer than what the page brought). A create sent this way after a reload has
 * no screen waiting for it: it is confirmed by refetching the lists, and a refusal is reported like every other.
 */
export function OfflineCacheSync({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();

  useEffect(() => {
    // Asked as a resent create settles: a task change of its own.
    const refresh = () => Promise.all([readTaskListsBack(true), utils.sidebar.get.invalidate()]);
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
    // The lists only when offline: online, the page brought fresher ones (whatever the two clocks say). Once
    // the page is idle: React has then hydrated every part of it. Lists put back sooner would reach a part still
    // showing the server's HTML (offline: the copy the service worker kept, older), a hydration mismatch.
    const cancelLists = kept && !onlineManager.isOnline() ? whenIdle(() => restoreLists(queryClient, kept)) : noop;

    let stopped = false;
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
    let stopWriting = noop;
    const startWriting = () => {
      const stopQueries = queryClient.getQueryCache().subscribe(writeSoon);
      const stopMutations = queryClient.getMutationCache().subscribe(writeSoon);
      window.addEventListener("pagehide", writeNow);
      document.addEventListener("visibilitychange", writeIfHidden);
      stopWriting = () => {
        stopQueries();
        stopMutations();
        clearTimeout(timer);
        window.removeEventListener("pagehide", writeNow);
        document.removeEventListener("visibilitychange", writeIfHidden);
      };
    };

    // Kept creates are read with the server's schema, loaded for them (a copy without any does not load it).
    // The copy is written again only once they are back in the cache, so none is lost meanwhile; if the schema
    // cannot load (offline, never loaded here), the copy stays as it is for the next page.
    const restored = kept?.mutations.length
      ? loadTaskSchemas().then(({ createTaskInput }) => {
          if (stopped) return;
          for (const { id } of restoreQueuedCreates(queryClient, kept, createTaskInput)) pendingCreates.add(id);
        })
      : Promise.resolve();
    restored.then(
      () => {
        if (stopped) return;
        // Offline, they stay paused: the query client resumes them when the browser is back online.
        if (onlineManager.isOnline()) void queryClient.resumePausedMutations();
        startWriting();
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      cancelLists();
      stopWriting();
    };
  }, [queryClient, utils, userId, readTaskListsBack]);

  return null;
}
