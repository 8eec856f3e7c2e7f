import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet } from "@rainbow-me/rainbowkit/wallets";
import { http } from "viem";
import { cookieStorage, createConfig, createStorage } from "wagmi";
import { appChain, LOCAL_CHAIN_ID } from "./chains";
import { devAccountWallet } from "./devAccountWallet";

export type NetworkSettings = { chainId: number; rpcUrl: string };

/**
 * Wallets: EIP-6963 wallets the browser announces (RainbowKit lists them as "Installed"), the generic
 * injected wallet, and on the local chain only the development account. No WalletConnect wallet is listed,
 * so the app makes no request outside the machine and needs no WalletConnect project id.
 */
export function createWagmiConfig({ chainId, rpcUrl }: NetworkSettings) {
  const chain = appChain(chainId, rpcUrl);
  const wallets: WalletList = [{ groupName: "Browser wallets", wallets: [injectedWallet] }];
  if (chain.id === LOCAL_CHAIN_ID) wallets.push({ groupName: "Local development", wallets: [devAccountWallet] });
  const connectors = connectorsForWallets(wallets, { appName: "AID", projectId: "not-used-no-walletconnect" });
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(rpcUrl, { batch: true }) },
    ssr: true,
    storage: createStorage({ storage: cookieStorage }),
  });
}
