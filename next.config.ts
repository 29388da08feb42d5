import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons, wasm and socket servers: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@node-rs/argon2", "libpg-query"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
