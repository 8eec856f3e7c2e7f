"use client";

import "@rainbow-me/rainbowkit/styles.css";
import {
  darkTheme,
  lightTheme,
  RainbowKitProvider,
  useAccountModal,
  useChainModal,
  useConnectModal,
} from "@rainbow-me/rainbowkit";
import { useEffect, useRef } from "react";
import { useDocumentTheme } from "../theme/useDocumentTheme";
import type { WalletModalRequest } from "./WalletModals";

/** Loaded on demand: RainbowKit's provider and dialogs, opening the one each request asks for. */
export default function RainbowKitModals({ request }: { request: WalletModalRequest }) {
  const theme = useDocumentTheme();
  return (
    <RainbowKitProvider
      theme={
        theme === "dark"
          ? darkTheme({ accentColor: "#2dd4bf", accentColorForeground: "#020617", borderRadius: "medium" })
          : lightTheme({ accentColor: "#0f766e", borderRadius: "medium" })
      }
    >
      <OpenRequested request={request} />
    </RainbowKitProvider>
  );
}

function OpenRequested({ request }: { request: WalletModalRequest }) {
  const { openConnectModal } = useConnectModal();
  const { openAccountModal } = useAccountModal();
  const { openChainModal } = useChainModal();
  const handled = useRef(0);
  useEffect(() => {
    if (handled.current === request.id) return;
    const open = { connect: openConnectModal, account: openAccountModal, chain: openChainModal }[request.modal];
    if (!open) return;
    handled.current = request.id;
    open();
  }, [request, openConnectModal, openAccountModal, openChainModal]);
  return null;
}
