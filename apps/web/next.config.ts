import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  transpilePackages: ["@aid/abis"],
  poweredByHeader: false,
};

export default nextConfig;
