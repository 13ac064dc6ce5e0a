"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import type { TimeFormat } from "@/lib/time-format";
import { api } from "@/trpc/react";

/**
 * Saves account settings; on success says so and re-renders the server's pages (the header's name,
 * dates computed in the user's time zone, times on their clock). A failure is the form's to show (on the field it names, or a toast).
 */
export function useSaveAccount(success: (saved: { name: string; timeZone: string; timeFormat: TimeFormat }) => string) {
  const router = useRouter();
  const utils = api.useUtils();
  return api.account.update.useMutation({
    onSuccess: (saved) => {
      if (saved) toast.success(success(saved));
      void utils.account.me.invalidate();
      void utils.task.list.invalidate();
      router.refresh();
    },
  });
}
