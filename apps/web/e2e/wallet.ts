import type { Address } from "viem";

export type InjectedWalletOptions = {
  rpcUrl: string;
  account: Address;
  /** The chain the wallet starts on, as a hex string (0x7a69 is the local chain). */
  chainId: `0x${string}`;
};

/**
 * An EIP-1193 wallet injected into the page before any script runs and announced by EIP-6963.
 * It answers account and chain requests itself and forwards everything else to the test chain, where
 * anvil signs for its unlocked accounts. Every method asked for is logged in window.__walletRequests.
 * Runs in the browser: it must not close over anything outside itself.
 */
export function installInjectedWallet(options: InjectedWalletOptions) {
  type Listener = (value: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const connectedKey = "e2e-wallet.connected";
  let chainId = options.chainId;
  const requests: string[] = [];
  (window as unknown as { __walletRequests: string[] }).__walletRequests = requests;

  const emit = (event: string, value: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(value);
  };
  const isConnected = () => window.localStorage.getItem(connectedKey) === "1";

  const control = { rejectNext: false, pauseBeforeSend: false };
  async function forward(method: string, params: unknown[]) {
    const response = await fetch(options.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: requests.length, method, params }),
    });
    const body = await response.json();
    if (body.error) {
      throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
    }
    return body.result;
  }

  const provider = {
    isE2EWallet: true,
    async request({ method, params }: { method: string; params?: unknown[] }) {
      requests.push(method);
      switch (method) {
        case "eth_requestAccounts":
          window.localStorage.setItem(connectedKey, "1");
          emit("connect", { chainId });
          emit("accountsChanged", [options.account]);
          return [options.account];
        case "eth_accounts":
          return isConnected() ? [options.account] : [];
        case "eth_chainId":
          return chainId;
        case "net_version":
          return String(Number.parseInt(chainId, 16));
        case "wallet_switchEthereumChain": {
          chainId = (params as [{ chainId: `0x${string}` }])[0].chainId;
          emit("chainChanged", chainId);
          return null;
        }
        case "wallet_requestPermissions":
        case "wallet_getPermissions":
          return [{ parentCapability: "eth_accounts" }];
        case "wallet_revokePermissions":
          window.localStorage.removeItem(connectedKey);
          emit("accountsChanged", []);
          return null;
      }
      if (method === "eth_sendTransaction") {
        if (control.rejectNext) {
          control.rejectNext = false;
          throw Object.assign(new Error("User rejected the request."), { code: 4001 });
        }
        // Like a real wallet: estimate gas now, let the user confirm (the test may change the chain
        // meanwhile), then send with that gas limit, so a transaction can revert on chain.
        const [tx] = params as [Record<string, unknown>];
        if (!tx.gas) tx.gas = await forward("eth_estimateGas", [tx]);
        const hook = (window as unknown as { e2eBeforeSend?: () => Promise<void> }).e2eBeforeSend;
        if (control.pauseBeforeSend && hook) await hook();
        return forward(method, [tx]);
      }
      return forward(method, params ?? []);
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
    },
  };

  (window as unknown as { __e2eWallet: unknown }).__e2eWallet = {
    setChain(id: `0x${string}`) {
      chainId = id;
      emit("chainChanged", id);
    },
    /** The user will reject the next transaction in the wallet. */
    rejectNextTransaction() {
      control.rejectNext = true;
    },
    /** Before sending the next transactions, await window.e2eBeforeSend() (exposed by the test). */
    pauseBeforeSend(on: boolean) {
      control.pauseBeforeSend = on;
    },
  };

  const info = {
    uuid: "8d4cbd6e-3c3f-4a53-9f0e-4f0f4b2b6e01",
    name: "E2E Wallet",
    rdns: "test.aid.e2e-wallet",
    icon: "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAzMiAzMiI+PHJlY3Qgd2lkdGg9IjMyIiBoZWlnaHQ9IjMyIiBmaWxsPSIjMzMzIi8+PC9zdmc+",
  };
  const announce = () =>
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}
