import type { WalletDetailsParams } from "@rainbow-me/rainbowkit";
import { http } from "viem";
import { type CreateConnectorFn, cookieStorage, createConfig, createConnector, createStorage, injected } from "wagmi";
import { appChain, LOCAL_CHAIN_ID } from "./chains";
import { DEV_ACCOUNT, DEV_ACCOUNT_ICON, devAccountConnector } from "./devAccountWallet";

type RainbowKitDetails = WalletDetailsParams["rkDetails"];

export type NetworkSettings = { chainId: number; rpcUrl: string };

const BROWSER_WALLET_ICON =
  "data:image/svg+xml;base64," +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#334155"/><rect x="6" y="9" width="16" height="11" rx="2" fill="none" stroke="#fff" stroke-width="2"/></svg>',
  );

/**
 * Gives a plain wagmi connector the details RainbowKit's dialog shows (what `connectorsForWallets` does),
 * so the config needs no RainbowKit code: the dialog itself is loaded only when the user opens it.
 */
function listedInWalletDialog(
  connector: CreateConnectorFn,
  details: Omit<RainbowKitDetails, "isRainbowKitConnector">,
): CreateConnectorFn {
  return createConnector((config) => ({
    ...connector(config),
    rkDetails: { ...details, isRainbowKitConnector: true },
  }));
}

/**
 * Wallets: EIP-6963 wallets the browser announces (listed as "Installed"), the generic injected wallet,
 * and on the local chain only the development account. No WalletConnect wallet is listed, so the app
 * makes no request outside the machine and needs no WalletConnect project id.
 */
export function createWagmiConfig({ chainId, rpcUrl }: NetworkSettings) {
  const chain = appChain(chainId, rpcUrl);
  const connectors = [
    listedInWalletDialog(injected(), {
      id: "injected",
      name: "Browser Wallet",
      iconUrl: BROWSER_WALLET_ICON,
      iconBackground: "#334155",
      installed: true,
      groupName: "Browser wallets",
      groupIndex: 1,
      index: 0,
    }),
  ];
  if (chain.id === LOCAL_CHAIN_ID) {
    connectors.push(
      listedInWalletDialog(devAccountConnector(DEV_ACCOUNT), {
        id: "devAccount",
        name: "Development account (Anvil #0)",
        iconUrl: DEV_ACCOUNT_ICON,
        iconBackground: "#0f766e",
        installed: true,
        groupName: "Local development",
        groupIndex: 2,
        index: 1,
      }),
    );
  }
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(rpcUrl, { batch: true }) },
    ssr: true,
    storage: createStorage({ storage: cookieStorage }),
  });
}
