// Kinds that sets 76–79's first run showed (session 13), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const firstStep = (lang: string, fence: string) => parseRunbookMarkdown(fenceInFirstPhase(lang, fence)).phases[0]?.steps[0];

describe("psql given its SQL on the command line, in the forms DBAs write", () => {
  // after a Kubernetes restore runbook (`kubectl -n chatwoot exec deploy/… -- \` over `psql … -tAc \` over the
  // quoted SQL, 908), a French restore procedure (`PGPASSWORD=… psql \` over one option per line and
  // `--command="GRANT …"`, 919) and a CloudNativePG failover on OpenShift (`oc exec … -- psql -c "SELECT …"`, 925)
  it.each([
    [
      "options continued over `\\` lines",
      'PGPASSWORD="$PGPASSWORD" psql \\\n    --host=localhost \\\n    --username=app \\\n    --command="GRANT ALL PRIVILEGES ON DATABASE app TO app;"',
      "GRANT ALL PRIVILEGES ON DATABASE app TO app;",
    ],
    ["clustered short options ending in -c", 'psql -U postgres -d app -tAc "SELECT count(*) FROM users;"', "SELECT count(*) FROM users;"],
    [
      "kubectl with its options before exec, continued",
      'kubectl -n shop exec deploy/shop-postgres -- \\\n  psql -U postgres -d shop -tAc \\\n  "select count(*) from orders;"',
      "select count(*) from orders;",
    ],
    ["OpenShift's oc exec", 'oc exec -it pg-2 -n data -- psql -U postgres -c "SELECT pg_is_in_recovery();"', "SELECT pg_is_in_recovery();"],
    [
      "several commands, each continued, with comments between",
      '# 1. the connection\npsql \\\n  --host=db \\\n  --command="SELECT version();"\n\n# 2. the users\npsql \\\n  --host=db \\\n  --command="\n  SELECT id, role\n  FROM users;\n  "',
      "SELECT version();",
    ],
  ])("%s is a SQL step", (_how, fence, sql) => {
    const step = firstStep("bash", fence);
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain(sql);
    const source = fenceInFirstPhase("bash", fence);
    expectSound(source, parseRunbookMarkdown(source));
  });

  it.each([
    ["a psql line among other commands", 'psql \\\n  --host=db \\\n  --command="SELECT 1;"\ndocker compose restart web'],
    ["psql given a file", "psql \\\n  --host=db \\\n  -f migrations/0002_roles.sql"],
    ["a clustered option that is not -c", 'psql -U postgres -tA -f check.sql "$DATABASE_URL"'],
    ["kubectl exec into a shell", "kubectl -n shop exec -it deploy/shop-postgres -- bash"],
  ])("%s is no SQL step", (_how, fence) => {
    expect(firstStep("bash", fence)?.kind).not.toBe("SQL");
  });
});

describe("psql at PgBouncer's admin console", () => {
  // after a failover runbook (299): `psql -h <pgbouncer-host> -p 6432 -U pgbouncer pgbouncer -c "SHOW POOLS;"` asks the
  // pooler, not the database; its counter counts no SQL step there
  it.each([
    'psql -h pgbouncer.internal -p 6432 -U pgbouncer pgbouncer -c "SHOW POOLS;"',
    'psql -p 6432 -U admin -d pgbouncer -c "RELOAD;"',
    'psql "postgresql://admin@pgbouncer:6432/pgbouncer" -c "PAUSE app;"',
  ])("%s is no SQL step", (fence) => {
    expect(firstStep("bash", fence)?.kind).not.toBe("SQL");
  });

  it("a database on the pooler's host is still the target", () => {
    expect(firstStep("bash", 'psql -h pgbouncer.internal -p 6432 -U app app -c "SELECT count(*) FROM orders;"')?.kind).toBe("SQL");
  });
});
