"use client";

import { useAccount, useConfig } from "wagmi";
import { Button } from "@/components/ui/Button";
import { shortAddress } from "@/lib/format";
import { useOpenWalletModal } from "./WalletModals";

/** The header's wallet control: connect, the connected address (account dialog) or a wrong-network warning. */
export function WalletButton() {
  const { address, chainId, status } = useAccount();
  const appChainId = useConfig().chains[0].id;
  const open = useOpenWalletModal();
  if (!address) {
    return (
      <Button onClick={() => open("connect")} disabled={status === "connecting"}>
        {status === "connecting" ? "Connecting…" : "Connect Wallet"}
      </Button>
    );
  }
  if (chainId !== undefined && chainId !== appChainId) {
    return (
      <Button variant="secondary" className="border-amber-400 text-amber-800" onClick={() => open("chain")}>
        Wrong network
      </Button>
    );
  }
  return (
    <Button variant="secondary" onClick={() => open("account")} title={address}>
      {shortAddress(address)}
    </Button>
  );
}
