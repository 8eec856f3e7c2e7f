"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useConfig } from "wagmi";
import { LOCAL_CHAIN_ID } from "@/config/chains";

const TimeControls = dynamic(() => import("./TimeControls"), {
  ssr: false,
  loading: () => <p className="mt-2 text-xs">Loading…</p>,
});

/**
 * A developer tool on the local chain only (chain id 31337): moves the chain's clock forward (anvil's
 * evm_increaseTime, then evm_mine so a block carries the new time), so that exit claims, late payments, liquidations
 * and auctions can be tried without waiting days. Below every screen, collapsed; its code loads, and it reads, only
 * once opened.
 */
export function LocalChainPanel() {
  const config = useConfig();
  const [open, setOpen] = useState(false);
  if (config.chains[0].id !== LOCAL_CHAIN_ID) return null;
  return (
    <details
      className="mx-auto mb-8 max-w-5xl rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="local-chain-panel"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">Local chain tools</summary>
      {open ? <TimeControls /> : null}
    </details>
  );
}
