import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons, wasm and socket servers: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@node-rs/argon2", "libpg-query"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // A Markdown import may be 2 MB (MAX_IMPORT_BYTES); its JSON encoding in the action's body can
    // be larger. The action refuses anything over 2 MB itself, with a message. The proxy refuses a
    // body over SERVER_ACTION_BODY_LIMIT_BYTES (lib/request-limits.ts, the same 5 MB) with a sentence
    // before Next's own limit would answer a bare 500; request-limits.test.ts keeps the two equal.
    serverActions: { bodySizeLimit: "5mb" },
  },
};

export default nextConfig;
