"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { cookieToInitialState, WagmiProvider } from "wagmi";
import { WalletModalsProvider } from "@/components/wallet/WalletModals";
import { createWagmiConfig, type NetworkSettings } from "@/config/wagmi";

export function Providers({
  children,
  cookie,
  network,
}: {
  children: ReactNode;
  cookie: string | null;
  network: NetworkSettings;
}) {
  const [config] = useState(() => createWagmiConfig(network));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 2_000 } } }));
  const initialState = cookieToInitialState(config, cookie);
  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>
        <WalletModalsProvider>{children}</WalletModalsProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
