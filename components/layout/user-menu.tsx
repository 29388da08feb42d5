"use client";
// The signed-in person in the header: name, roles, their settings and API tokens, and sign-out.
import Link from "next/link";
import { signOutTo } from "./sign-out";

type Props = { name: string; email: string; roles: readonly string[] };

const ROLE_LABEL: Record<string, string> = { LEAD: "Lead", DBA: "DBA", MANAGER: "Manager", ADMIN: "Admin" };

export function UserMenu({ name, email, roles }: Readonly<Props>) {
  return (
    <div className="flex flex-col items-start gap-3 text-sm md:flex-row md:items-center">
      <div className="leading-tight md:text-right">
        {/* the name opens the person's settings: on a middling header the links beside it are hidden */}
        <Link href="/settings" className="block font-medium text-ink hover:text-accent-ink hover:underline" title={`${email} — your settings`}>
          {name}
        </Link>
        <div className="text-xs text-muted">
          <span className="sr-only">Roles: </span>
          {roles.map((r) => ROLE_LABEL[r] ?? r).join(" · ") || "no roles"}
        </div>
      </div>
      <nav aria-label="Your account" className="flex items-center gap-3 text-sm md:hidden lg:flex">
        <Link href="/settings" className="text-ink hover:text-accent-ink hover:underline">
          Settings
        </Link>
        <Link href="/settings/tokens" className="text-ink hover:text-accent-ink hover:underline">
          API tokens
        </Link>
      </nav>
      <button
        type="button"
        onClick={() => void signOutTo("/sign-in")}
        className="rounded-md border border-line px-3 py-1.5 text-sm text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Sign out
      </button>
    </div>
  );
}
