import { type Address, type EIP1193RequestFn, numberToHex, RpcRequestError, SwitchChainError } from "viem";
import { createConnector } from "wagmi";

/** Anvil's first development account (from its public test mnemonic): unlocked on the local chain only. */
export const DEV_ACCOUNT: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

const CONNECTED_FLAG = "aid.devAccount.connected";

export const DEV_ACCOUNT_ICON =
  "data:image/svg+xml;base64," +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#0f766e"/><path d="M8 19l6-10 6 10z" fill="none" stroke="#fff" stroke-width="2"/></svg>',
  );

function readFlag(): boolean {
  return typeof window !== "undefined" && window.localStorage.getItem(CONNECTED_FLAG) === "1";
}

function writeFlag(connected: boolean) {
  if (typeof window === "undefined") return;
  if (connected) window.localStorage.setItem(CONNECTED_FLAG, "1");
  else window.localStorage.removeItem(CONNECTED_FLAG);
}

/**
 * A wallet backed by an unlocked anvil account: it answers account and chain queries itself and forwards
 * every other request (transactions, signatures) to the local node, which signs for its unlocked accounts.
 * Offered only when the app runs on the local chain.
 */
export function devAccountConnector(account: Address) {
  return createConnector((config) => {
    const chain = config.chains[0];
    const url = chain.rpcUrls.default.http[0];
    let requestId = 0;

    const request = (async ({ method, params }: { method: string; params?: unknown }) => {
      if (method === "eth_accounts" || method === "eth_requestAccounts") return [account];
      if (method === "eth_chainId") return numberToHex(chain.id);
      if (method === "wallet_switchEthereumChain") {
        const [{ chainId }] = params as [{ chainId: string }];
        if (Number(chainId) !== chain.id) throw new SwitchChainError(new Error(`Unknown chain ${chainId}`));
        return null;
      }
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: ++requestId, method, params }),
      });
      const body = await response.json();
      if (body.error) throw new RpcRequestError({ body: { method, params }, error: body.error, url });
      return body.result;
    }) as EIP1193RequestFn;

    const provider = { request, on() {}, removeListener() {} };

    return {
      id: "devAccount",
      name: "Development account",
      type: "devAccount",
      async connect() {
        writeFlag(true);
        return { accounts: [account], chainId: chain.id } as never;
      },
      async disconnect() {
        writeFlag(false);
      },
      async getAccounts() {
        return [account];
      },
      async getChainId() {
        return chain.id;
      },
      async getProvider() {
        return provider;
      },
      async isAuthorized() {
        return readFlag();
      },
      async switchChain({ chainId }) {
        if (chainId !== chain.id) throw new SwitchChainError(new Error(`Unknown chain ${chainId}`));
        return chain;
      },
      onAccountsChanged() {},
      onChainChanged() {},
      onDisconnect() {
        writeFlag(false);
        config.emitter.emit("disconnect");
      },
    };
  });
}
