"use client";
// A user's tokens: name, prefix, scope, expiry, last use, and a Revoke button for live ones.
// The hash is never read for this list; the prefix is how people recognise a token.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { runAction } from "@/lib/actions/read-result";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { ActionError } from "@/components/ui/action-error";
import { EmptyState } from "@/components/ui/empty-state";

export type TTokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: "READ" | "RUN";
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type Props = { tokens: readonly TTokenRow[]; now: number; emptyHint: string };

function stateOf(token: TTokenRow, now: number): { word: string; tone: "ok" | "neutral" | "bad" } {
  if (token.revokedAt) return { word: "Revoked", tone: "neutral" };
  if (token.expiresAt && token.expiresAt.getTime() <= now) return { word: "Expired", tone: "neutral" };
  return { word: "Active", tone: "ok" };
}

export function TokenTable({ tokens, now, emptyHint }: Readonly<Props>) {
  const router = useRouter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onRevoke(token: TTokenRow) {
    if (pendingId) return;
    if (!window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) return;
    setPendingId(token.id);
    const read = await runAction(() => revokeApiTokenAction({ tokenId: token.id }));
    setPendingId(null);
    setError(read.isOk ? null : read.formError);
    if (read.isOk) router.refresh();
  }

  if (!tokens.length) return <EmptyState title="No tokens yet">{emptyHint}</EmptyState>;
  return (
    <div className="space-y-3">
      <ActionError message={error} />
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Personal access tokens</caption>
          <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Token
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Scope
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                State
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Expires
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Last used
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {tokens.map((token) => {
              const state = stateOf(token, now);
              return (
                <tr key={token.id}>
                  <td className="py-2 pr-3 font-medium text-ink">{token.name}</td>
                  <td className="py-2 pr-3 font-mono text-xs text-muted">{token.prefix}…</td>
                  <td className="py-2 pr-3">{token.scope === "RUN" ? "run" : "read"}</td>
                  <td className="py-2 pr-3">
                    <Badge tone={state.tone}>{state.word}</Badge>
                  </td>
                  <td className="py-2 pr-3">
                    <RelativeTime date={token.expiresAt} fallback="Never" />
                  </td>
                  <td className="py-2 pr-3">
                    <RelativeTime date={token.lastUsedAt} fallback="Never used" />
                  </td>
                  <td className="py-2 text-right">
                    {state.word === "Active" ? (
                      <button
                        type="button"
                        onClick={() => onRevoke(token)}
                        disabled={pendingId === token.id}
                        aria-label={`Revoke ${token.name}`}
                        className="rounded-md border border-bad-line bg-bad px-3 py-1 text-xs font-medium text-bad-ink hover:opacity-90 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
                      >
                        {pendingId === token.id ? "Revoking…" : "Revoke"}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
