// What Prisma's own work adds to one query (issue 17: the reads made on every request): the same
// primary-key read of a user N times, one at a time, through a plain `pg` pool, through Prisma's
// `$queryRaw`, and through `findUnique` — wall time and this process's CPU per query, two rounds
// (the second warm). A database with the app's schema: DATABASE_URL, or phl_main on 127.0.0.1.
//   node --import tsx scripts/bench-query-overhead.ts
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
const url = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/phl_main";
const pool = new pg.Pool({ connectionString: url, max: 4 });
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const raw = new pg.Pool({ connectionString: url, max: 4 });
const N = 3000;
async function time(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 300; i++) await f();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await f();
  const c = process.cpuUsage(c0);
  const t = performance.now() - t0;
  console.log(label.padEnd(40), `wall ${((t / N) * 1000).toFixed(0)} µs/q`, `cpu ${((c.user + c.system) / N).toFixed(0)} µs/q`);
}
const u = await raw.query(`SELECT id FROM "User" LIMIT 1`);
const id = u.rows[0]?.id ?? "x";
for (let r = 0; r < 2; r++) {
  await time("pg pool.query", () => raw.query(`SELECT id, name, email, roles, "isActive", "sessionVersion" FROM "User" WHERE id = $1`, [id]));
  await time("prisma.$queryRaw", () => prisma.$queryRaw`SELECT id, name, email, roles, "isActive", "sessionVersion" FROM "User" WHERE id = ${id}`);
  await time("prisma.user.findUnique", () =>
    prisma.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, roles: true, isActive: true, sessionVersion: true } }),
  );
}
await prisma.$disconnect();
await raw.end();
