import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { requireUser } from "@/lib/auth/session";
import { findApiTokens } from "@/lib/server/readers/find-api-tokens";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens" };

/** Personal access tokens for the REST API and the CLI (issue 14): any signed-in person, for themself. */
export default async function TokensPage() {
  const user = await requireUser();
  const tokens = await findApiTokens(user.id);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal access tokens for the REST API (
            <a className="underline" href="/api/v1/openapi.json">
              OpenAPI document
            </a>
            ) and for <code className="font-mono text-xs">phaseline … --url</code> in pipelines. A token acts as you, with your current roles; a read token only looks.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card as="section" labelledBy="tokens-title" className="min-w-0 p-5">
          <h2 id="tokens-title" className="mb-4 text-lg font-semibold tracking-tight">
            Your tokens
          </h2>
          <TokenTable tokens={tokens} now={Date.now()} emptyHint="Create one to call the API or gate a pipeline on a deployment's outcome." />
        </Card>
        <Card as="section" labelledBy="new-token-title" className="min-w-0 p-5">
          <h2 id="new-token-title" className="mb-4 text-lg font-semibold tracking-tight">
            New token
          </h2>
          <CreateTokenForm idPrefix="own-token" />
        </Card>
      </div>
    </>
  );
}
