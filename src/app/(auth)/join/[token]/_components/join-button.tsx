"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { appRoute } from "@/app/(app)/_components/sidebar/app-route";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { FormAlert } from "../../../_components/form-alert";

/** Joins with the link's role (a member stays as they are), then opens the project. */
export function JoinButton({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [error, setError] = useState<string | null>(null);
  const join = api.project.join.useMutation({
    onSuccess: async ({ projectId }) => {
      await utils.sidebar.get.invalidate();
      router.push(appRoute(`/projects/${projectId}`));
    },
    onError: (failure) => setError(describeChangeError(failure)),
  });
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm">You are signed in as {email}.</p>
      <FormAlert message={error} />
      <div>
        <Button disabled={join.isPending || join.isSuccess} onClick={() => join.mutate({ token })}>
          {join.isPending || join.isSuccess ? "Joining…" : "Join project"}
        </Button>
      </div>
    </div>
  );
}
