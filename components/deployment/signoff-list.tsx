import type { TSignoffDetail } from "@/lib/domain/deployment/record-view";
import { roleLabels } from "@/components/runbook/phase-labels";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";

type Props = { signoffs: TSignoffDetail[] };

/** Sign-offs in the order they were given; a later decision supersedes an earlier one, both stay. */
export function SignoffList({ signoffs }: Readonly<Props>) {
  return (
    <ul className="space-y-2">
      {signoffs.map((s) => (
        <li key={s.id} className="text-sm">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium">{roleLabels[s.role]}</span>
            <StatusBadge kind="signoff" status={s.decision} />
            <span>{s.user.name}</span>
            <span className="text-xs text-muted">
              <RelativeTime date={s.createdAt} />
            </span>
            {s.scope === "POINT_OF_NO_RETURN" ? <span className="text-xs text-muted">(point-of-no-return approval)</span> : null}
          </div>
          {s.comment ? <p className="mt-1 border-l-2 border-line pl-3 text-muted">“{s.comment}”</p> : null}
        </li>
      ))}
    </ul>
  );
}
