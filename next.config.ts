import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons, wasm and socket servers: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@node-rs/argon2", "libpg-query"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // A Markdown import may be 2 MB (MAX_IMPORT_BYTES); its JSON encoding in the action's body can
    // be larger. The action refuses anything over 2 MB itself, with a message.
    serverActions: { bodySizeLimit: "5mb" },
  },
};

export default nextConfig;
