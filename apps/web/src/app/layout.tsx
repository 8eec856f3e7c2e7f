import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Header } from "@/components/Header";
import { NetworkBanner } from "@/components/NetworkBanner";
import { NodeStatusBanner } from "@/components/NodeStatusBanner";
import { readServerEnv } from "@/config/env";
import { LocalChainPanel } from "@/features/chain/components/LocalChainPanel";
import { THEME_INIT_SCRIPT } from "@/lib/theme";
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
    // The head script sets data-theme before the first paint, so React must not treat it as a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours (lib/theme.ts) */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <Providers cookie={cookie} network={{ chainId: env.CHAIN_ID, rpcUrl: env.RPC_URL }}>
          <Header />
          <NodeStatusBanner />
          <NetworkBanner />
          <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
          <LocalChainPanel />
        </Providers>
      </body>
    </html>
  );
}
