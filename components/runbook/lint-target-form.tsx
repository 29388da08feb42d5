// Which server a version's SQL risk lint answers for (issue 11: version-dependent rules, e.g. a
// constant DEFAULT rewrites a table before PostgreSQL 11). A plain GET form: the page re-lints for
// the chosen environment's target, whose version the server reads from the target itself.
import type { TLintTarget, TLintTargetChoice } from "@/lib/server/readers/get-lint-target";
import { CURRENT_SERVER_VERSION } from "@/lib/domain/sql/lint-sql";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

type Props = { action: string; choices: readonly TLintTargetChoice[]; target: TLintTarget };

export function LintTargetForm({ action, choices, target }: Readonly<Props>) {
  const chosen = target.kind === "current" ? "" : target.environment.id;
  return (
    <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-2 border-t border-line pt-3 text-sm">
      <div className="min-w-0 space-y-1">
        <label htmlFor="lint-environment" className="block text-xs font-medium text-muted">
          Lint for the server of
        </label>
        <select id="lint-environment" name="environment" defaultValue={chosen} className="max-w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm">
          <option value="">a current PostgreSQL ({CURRENT_SERVER_VERSION})</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.isProduction ? " (production)" : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={`${secondaryButtonClass} ${smallButton}`}>
        Lint
      </button>
      <p className="w-full text-xs text-muted" role="status">
        {target.kind === "environment"
          ? `Linted for ${target.environment.name}: ${target.versionText}, as its target reports it.`
          : target.kind === "unreachable"
            ? `${target.environment.name}'s target did not answer (${target.message}), so this is linted for a current server.`
            : `Linted for a current server (PostgreSQL ${CURRENT_SERVER_VERSION}). Choose an environment to lint for its own version.`}
      </p>
    </form>
  );
}
