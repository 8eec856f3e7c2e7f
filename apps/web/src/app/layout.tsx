import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Header } from "@/components/Header";
import { NetworkBanner } from "@/components/NetworkBanner";
import { NodeStatusBanner } from "@/components/NodeStatusBanner";
import { readServerEnv } from "@/config/env";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: "AID: dollar savings backed by GPU credit",
  description: "Mint AID from USDC, stake it for sAID, and borrow against GPUs on chain.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const env = readServerEnv();
  const cookie = (await headers()).get("cookie");
  return (
    <html lang="en">
      <body>
        <Providers cookie={cookie} network={{ chainId: env.CHAIN_ID, rpcUrl: env.RPC_URL }}>
          <Header />
          <NodeStatusBanner />
          <NetworkBanner />
          <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
