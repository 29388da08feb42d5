// The REST API's cost over HTTP (issue 14): GET /api/v1/deployments/{id}/status with a token
// (token lookup, user state, rate limit, zod, permission, one read, ETag) and the same with
// If-None-Match (304), each beside the floor /api/health on the same server in the same run.
//   node --import tsx scripts/bench-api.ts BASE_URL TOKEN1,TOKEN2 DEPLOYMENT_ID_OR_NAME [N]
// One token per series, N ≤ 100: a token's bucket holds 120 requests (20/s refill), and the
// benchmark measures the work, not the 429s.
const [base, token, deployment, n = "100"] = process.argv.slice(2);
if (!base || !token || !deployment) {
  console.error("usage: bench-api.ts BASE_URL TOKEN DEPLOYMENT [N]");
  process.exit(64);
}
const N = Number(n);

async function time(label: string, request: () => Promise<Response>, expected: number) {
  for (let i = 0; i < 10; i++) await (await request()).arrayBuffer(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const response = await request();
    await response.arrayBuffer();
    ms.push(performance.now() - t);
    if (response.status !== expected) throw new Error(`${label}: ${response.status}`);
  }
  ms.sort((a, b) => a - b);
  return { label, median: ms[Math.floor(N / 2)]!, p95: ms[Math.floor(N * 0.95)]! };
}

const [token1, token2 = token1] = token.split(",");
const auth = { Authorization: `Bearer ${token1}` };
const auth2 = { Authorization: `Bearer ${token2}` };
const url = new URL(`/api/v1/deployments/${encodeURIComponent(deployment)}/status`, base);
const first = await fetch(url, { headers: auth });
const etag = first.headers.get("etag") ?? "";
await first.arrayBuffer();
const floor = await time("/api/health (floor)", () => fetch(new URL("/api/health", base)), 200);
const rows = [
  floor,
  await time("GET status, 200", () => fetch(url, { headers: auth }), 200),
  await time("GET status, If-None-Match → 304", () => fetch(url, { headers: { ...auth2, "If-None-Match": etag } }), 304),
];
for (const r of rows) console.log(`${r.label.padEnd(36)} median ${r.median.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  ×${(r.median / floor.median).toFixed(1)} floor`);
export {};
