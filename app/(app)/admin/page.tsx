import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin" };

export default function AdminPage() {
  return (
    <>
      <PageHeader title="Admin" description="Users and roles, environments and their secrets, API tokens." />
      <EmptyState title="Administration is not available here yet">
        This page will let administrators manage users and their roles (lead, DBA, manager, admin), the environments
        deployments run against — target database, HTTP allow-list, production flag — and personal API tokens.
      </EmptyState>
    </>
  );
}
