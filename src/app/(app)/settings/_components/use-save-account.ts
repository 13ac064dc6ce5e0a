"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { api } from "@/trpc/react";
import { describeSidebarError } from "../../_components/sidebar/sidebar-errors";

/**
 * Saves account settings; on success says so and re-renders the server's pages (the header's name,
 * dates computed in the user's time zone), on failure shows the server's words.
 */
export function useSaveAccount(success: (saved: { name: string; timeZone: string }) => string) {
  const router = useRouter();
  const utils = api.useUtils();
  return api.account.update.useMutation({
    onSuccess: (saved) => {
      if (saved) toast.success(success(saved));
      void utils.account.me.invalidate();
      void utils.task.list.invalidate();
      router.refresh();
    },
    onError: (error) => {
      toast.error(describeSidebarError(error));
    },
  });
}
