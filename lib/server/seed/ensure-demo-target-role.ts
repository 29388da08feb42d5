// The demo target's own login role on a real server (issue 11 item 2, README "Least privilege for
// targets"). The seed creates the demo target as the server's administrator; the demo
// environments must not run their steps as that administrator, or a SQL step could reach the
// app's own database (dblink, a second connection, the roles of others). So the seed makes one
// role, named after the demo target database, that owns that database and everything in it and
// nothing else: no superuser, no CREATEDB / CREATEROLE, no membership of another role. Owning the
// database is what the demo runbooks need — ALTER TABLE … RENAME COLUMN and CREATE OR REPLACE VIEW
// on the tables it owns, CREATE SCHEMA for BACKUP's backup schema, the tenant schemas it owns —
// and an extension such as dblink cannot be created by it (not a trusted extension).
//
// Its password is generated here, never logged, and lives only in the demo environments' target
// URL (encrypted like any environment secret). A later seed reuses that URL; only when no demo
// environment holds it (a fresh app database beside an older target) is a new password set.
import "server-only";
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import pg from "pg";

// the demo target's seed lock (ensure-demo-target.ts): the role and the objects it comes to own change together
const DEMO_TARGET_LOCK_KEY = 70_030_001;

export type TDemoTargetRole = { roleName: string; targetUrl: string; isCreated: boolean; isPasswordSet: boolean };

/** The role's name: the demo target database's own name (a role per target, so two installs on one server never share one). */
export function demoTargetRoleName(adminTargetUrl: string): string {
  return decodeURIComponent(new URL(adminTargetUrl).pathname.replace(/^\//, ""));
}

/** The admin URL with the role's user name and password in place of the administrator's. */
export function withRoleCredentials(adminTargetUrl: string, roleName: string, password: string): string {
  const url = new URL(adminTargetUrl);
  url.username = encodeURIComponent(roleName);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Whether a stored URL is the role's: same user, host, port and database as the admin URL names. */
export function isRoleUrl(candidate: string, adminTargetUrl: string, roleName: string): boolean {
  try {
    const a = new URL(candidate);
    const b = new URL(adminTargetUrl);
    return decodeURIComponent(a.username) === roleName && a.hostname === b.hostname && a.port === b.port && a.pathname === b.pathname && a.password !== "";
  } catch {
    return false;
  }
}

/**
 * Creates (or brings back in line) the demo target's role and answers the URL the demo environments
 * connect with. Null when this connection may not manage roles (a target given as a non-superuser:
 * its URL is already least privilege, or the operator's choice) or when a role of that name exists
 * that is not ours to change (a superuser, or the administrator itself).
 * `knownRoleUrl`: the role's URL a demo environment already holds (its password is kept).
 */
export async function ensureDemoTargetRole(adminTargetUrl: string, knownRoleUrl: string | null): Promise<TDemoTargetRole | null> {
  const roleName = demoTargetRoleName(adminTargetUrl);
  const client = new pg.Client({ connectionString: adminTargetUrl, application_name: "phaseline-seed" });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [DEMO_TARGET_LOCK_KEY]);
    const { rows: me } = await client.query<{ canManage: boolean; user: string; database: string }>(
      `SELECT (rolsuper OR rolcreaterole) AS "canManage", current_user AS "user", current_database() AS "database" FROM pg_roles WHERE rolname = current_user`,
    );
    if (!me[0]?.canManage || me[0].user === roleName || me[0].database !== roleName) {
      await client.query("ROLLBACK");
      return null;
    }
    const { rows: existing } = await client.query<{ isPrivileged: boolean }>(
      `SELECT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls) AS "isPrivileged" FROM pg_roles WHERE rolname = $1`,
      [roleName],
    );
    if (existing[0]?.isPrivileged) {
      // a role of that name with powers the seed would not give: someone else's, left alone
      await client.query("ROLLBACK");
      return null;
    }
    const role = pg.escapeIdentifier(roleName);
    const isCreated = existing.length === 0;
    // the URL a demo environment holds is kept only while its password is still the role's (the
    // server's verifier says so: on a trust-authenticated server a stale one would still connect)
    const isKnownCurrent = !isCreated && knownRoleUrl !== null && (await isPasswordCurrent(client, roleName, decodeURIComponent(new URL(knownRoleUrl).password)));
    const password = isKnownCurrent ? null : randomBytes(24).toString("base64url");
    // the password is sent as a literal (utility statements take no parameters); it is never logged
    const passwordClause = password ? ` PASSWORD ${client.escapeLiteral(password)}` : "";
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT${passwordClause}`;
    await client.query(isCreated ? `CREATE ROLE ${role} WITH ${attributes}` : `ALTER ROLE ${role} WITH ${attributes}`);
    // owner of the database (CONNECT, CREATE for backup schemas, TEMP) and of every schema and
    // relation in it: rename columns, replace views, back up and restore its tables
    await client.query(`ALTER DATABASE ${pg.escapeIdentifier(roleName)} OWNER TO ${role}`);
    const oid = await roleOid(client, roleName);
    const isOurs = (alias: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${alias}.oid AND d.deptype = 'e')`;
    await client.query(`DO $do$
DECLARE r record;
BEGIN
  FOR r IN SELECT n.nspname FROM pg_namespace n
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspowner <> ${oid} AND ${isOurs("n")}
  LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', r.nspname, ${client.escapeLiteral(roleName)});
  END LOOP;
  FOR r IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
             AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> ${oid} AND ${isOurs("c")}
  LOOP
    -- a table's owner change carries its indexes and owned sequences with it
    EXECUTE format(CASE WHEN r.relkind = 'v' THEN 'ALTER VIEW %I.%I OWNER TO %I' WHEN r.relkind = 'm' THEN 'ALTER MATERIALIZED VIEW %I.%I OWNER TO %I'
                        WHEN r.relkind = 'f' THEN 'ALTER FOREIGN TABLE %I.%I OWNER TO %I' ELSE 'ALTER TABLE %I.%I OWNER TO %I' END,
                   r.nspname, r.relname, ${client.escapeLiteral(roleName)});
  END LOOP;
  FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
             AND c.relkind = 'S' AND c.relowner <> ${oid} AND ${isOurs("c")}
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO %I', r.nspname, r.relname, ${client.escapeLiteral(roleName)});
  END LOOP;
END
$do$`);
    await client.query("COMMIT");
    const targetUrl = password ? withRoleCredentials(adminTargetUrl, roleName, password) : (knownRoleUrl as string);
    return { roleName, targetUrl, isCreated, isPasswordSet: password !== null };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

async function roleOid(client: pg.Client, roleName: string): Promise<number> {
  const { rows } = await client.query<{ oid: number }>("SELECT oid::int AS oid FROM pg_roles WHERE rolname = $1", [roleName]);
  if (!rows[0]) throw new Error("the demo target role is missing");
  return rows[0].oid;
}

/**
 * Whether `password` is the role's, by the verifier the server stores (pg_authid, readable by the
 * administrator): SCRAM-SHA-256 (RFC 5802/7677: StoredKey = H(HMAC(PBKDF2(password), "Client Key")))
 * or the older md5. The password itself never leaves this process.
 */
async function isPasswordCurrent(client: pg.Client, roleName: string, password: string): Promise<boolean> {
  if (!password) return false;
  const { rows } = await client.query<{ verifier: string | null }>("SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = $1", [roleName]);
  return isVerifierOf(rows[0]?.verifier ?? null, roleName, password);
}

export function isVerifierOf(verifier: string | null, roleName: string, password: string): boolean {
  if (!verifier) return false;
  const scram = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(verifier);
  if (scram) {
    const [, iterations, salt, storedKey] = scram;
    const salted = pbkdf2Sync(password, Buffer.from(salt!, "base64"), Number(iterations), 32, "sha256");
    const expected = createHash("sha256").update(createHmac("sha256", salted).update("Client Key").digest()).digest();
    const stored = Buffer.from(storedKey!, "base64");
    return stored.length === expected.length && timingSafeEqual(stored, expected);
  }
  if (verifier.startsWith("md5"))
    return (
      verifier ===
      `md5${createHash("md5")
        .update(password + roleName)
        .digest("hex")}`
    );
  return false;
}
