import { Icon } from "@/components/icon";
import { findLinks } from "@/lib/links";

/** The web addresses in a task's title and description, as links that open in a new tab. */
export function TaskLinks({ title, description }: { title: string; description: string }) {
  return findLinks([title, description]).map((link) => (
    <a
      key={link.href}
      href={link.href}
      target="_blank"
      rel="noopener noreferrer"
      className="chip min-h-6 max-w-48 text-accent underline underline-offset-2"
    >
      <Icon name="link" className="size-3.5 shrink-0" />
      <span className="truncate">{link.text}</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  ));
}
