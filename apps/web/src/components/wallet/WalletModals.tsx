"use client";

import dynamic from "next/dynamic";
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

export type WalletModal = "connect" | "account" | "chain";
export type WalletModalRequest = { modal: WalletModal; id: number };

const RainbowKitModals = dynamic(() => import("./RainbowKitModals"), { ssr: false });
const OpenWalletModal = createContext<(modal: WalletModal) => void>(() => {});

/**
 * Opens RainbowKit's connect, account and network dialogs. RainbowKit is loaded the first time one is
 * asked for, not with the page: a screen loads only the code it needs.
 */
export function WalletModalsProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<WalletModalRequest | null>(null);
  const open = useCallback((modal: WalletModal) => setRequest((last) => ({ modal, id: (last?.id ?? 0) + 1 })), []);
  return (
    <OpenWalletModal.Provider value={open}>
      {children}
      {request ? <RainbowKitModals request={request} /> : null}
    </OpenWalletModal.Provider>
  );
}

export function useOpenWalletModal() {
  return useContext(OpenWalletModal);
}
