import Link from "next/link";
import { Icon } from "@/components/icon";
import { DeleteAccountForm } from "./delete-account-form";

/** "Your data": download everything as JSON, or delete the account. */
export function YourData({ hasPassword }: { hasPassword: boolean }) {
  return (
    <section aria-labelledby="settings-your-data" className="flex flex-col gap-6">
      <h2 id="settings-your-data" className="text-lg font-semibold">
        Your data
      </h2>
      <div className="flex max-w-md flex-col gap-2">
        <h3 className="font-medium">Export my data</h3>
        <p className="text-sm text-muted">
          A JSON file with your profile, projects, labels, tasks (those in the trash too), their history and where you
          are signed in, with your API tokens, connected apps and notification browsers by name. Passwords, tokens and
          push keys are never included.
        </p>
        <div>
          {/* A plain link: the browser downloads the file (Content-Disposition: attachment). */}
          <a
            href="/api/account/export"
            download
            className="inline-flex min-h-10 items-center justify-center gap-2 rounded-md border border-border bg-surface px-4 text-sm font-medium text-fg hover:bg-border/40"
          >
            <Icon name="download" className="size-4" />
            Export my data
          </a>
        </div>
      </div>
      <div className="flex max-w-md flex-col gap-2">
        <h3 className="font-medium">Import</h3>
        <p className="text-sm text-muted">
          Bring in a Todoist project (CSV) or a full Todoist backup (zip), or restore a Tasklane export. You see a
          preview before anything is written.
        </p>
        <div>
          <Link
            href="/import"
            className="inline-flex min-h-10 items-center justify-center gap-2 rounded-md border border-border bg-surface px-4 text-sm font-medium text-fg hover:bg-border/40"
          >
            <Icon name="upload" className="size-4" />
            Import
          </Link>
        </div>
      </div>
      <DeleteAccountForm hasPassword={hasPassword} />
    </section>
  );
}
