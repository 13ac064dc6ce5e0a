"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";

/** Leaves the project (the last owner is told to hand it over or delete it), then goes to the Inbox. */
export function LeaveProject({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [refusal, setRefusal] = useState<string | null>(null);
  const leave = api.project.leave.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: async () => {
      toast.success("You left the project.");
      onClose();
      await utils.project.list.invalidate();
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
      <div>
        <Button variant="secondary" disabled={leave.isPending} onClick={() => leave.mutate({ projectId })}>
          {leave.isPending ? "Leaving…" : "Leave project"}
        </Button>
      </div>
    </div>
  );
}
