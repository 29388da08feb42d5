import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { getPageUser } from "../_lib/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  { href: "/admin/users", title: "Users and roles", text: "Create people, give them roles (lead, DBA, manager, admin), reset passwords, deactivate." },
  {
    href: "/admin/environments",
    title: "Environments",
    text: "Where deployments run: the target database (stored encrypted, never shown), the HTTP allow-list, the production flag.",
  },
  {
    href: "/admin/webhooks",
    title: "Webhooks",
    text: "Tell a chat channel or a pipeline when a deployment starts, fails, rolls back or waits for sign-off; signed, retried, with a delivery log.",
  },
] as const;

export default async function AdminPage() {
  const user = await getPageUser("admin.users", "admin.environments", "admin.tokens");
  if (!user) return <ForbiddenView what="Administration" />;
  return (
    <>
      <PageHeader title="Admin" description="Users and roles, environments and their secrets." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-lg border border-line bg-surface p-5 hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
            >
              <span className="text-base font-semibold text-ink">{s.title}</span>
              <span className="mt-1 block text-sm text-muted">{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
