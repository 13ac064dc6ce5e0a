"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";

/** Leaves the project (the last owner is told to hand it over or delete it), then goes to the Inbox. */
export function LeaveProject({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Keyboard focus follows the buttons as they swap (the question's first button, or "Leave project" again).
  const actions = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming || wasConfirming.current) actions.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const leave = api.project.leave.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: async () => {
      toast.success("You left the project.");
      onClose();
      await utils.sidebar.get.invalidate();
      router.push("/");
    },
    onError: (error) => setRefusal(describeChangeError(error)),
  });
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4">
      {refusal ? (
        <p role="alert" className="text-sm text-danger">
          {refusal}
        </p>
      ) : null}
      <div ref={actions}>
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-sm">Leave the project? You will need a new invitation to come back.</p>
            <Button
              className="bg-danger text-bg hover:opacity-90"
              disabled={leave.isPending}
              onClick={() => leave.mutate({ projectId })}
            >
              {leave.isPending ? "Leaving…" : "Leave"}
            </Button>
            <Button variant="ghost" disabled={leave.isPending} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Leave project
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
