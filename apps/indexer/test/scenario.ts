import {
  aidAddress,
  aidMinterAbi,
  aidMinterAddress,
  gpuTitleRegistryAbi,
  gpuTitleRegistryAddress,
  loanManagerAbi,
  loanManagerAddress,
  mockUsdcAbi,
  mockUsdcAddress,
  stakedAidAbi,
  stakedAidAddress,
} from "@aid/abis";
import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  type Hex,
  http,
  keccak256,
  maxUint256,
  type PublicClient,
  stringToHex,
  toHex,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";

const MNEMONIC = "test test test test test test test test test test test junk";
const C = 31337;
const A = {
  usdc: mockUsdcAddress[C],
  aid: aidAddress[C],
  minter: aidMinterAddress[C],
  vault: stakedAidAddress[C],
  registry: gpuTitleRegistryAddress[C],
  loans: loanManagerAddress[C],
};
const DAY = 86_400;

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ScenarioResult = {
  attempted: number;
  succeeded: number;
  /** Successful transactions after the setup (faucet and approvals). */
  actions: number;
  byKind: Record<string, number>;
  actors: Address[];
};

/** A seeded pseudo-random run of `target` successful transactions across every contract, by anvil accounts 1-4 (the
 * seed leaves them without positions) and account 0 (admin, appraiser and custodian on the local chain). */
export async function runScenario(url: string, seed: number, target = 300): Promise<ScenarioResult> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const client = createPublicClient({ transport: http(url) }) as PublicClient;
  const accounts = [0, 1, 2, 3, 4].map((i) => mnemonicToAccount(MNEMONIC, { addressIndex: i }));
  const wallets = accounts.map((account) => createWalletClient({ account, transport: http(url) }));
  const admin = wallets[0];
  const users = wallets.slice(1);
  const result: ScenarioResult = {
    attempted: 0,
    succeeded: 0,
    actions: 0,
    byKind: {},
    actors: accounts.map((a) => a.address),
  };

  const now = async () => (await client.getBlock()).timestamp;
  const read = <T>(address: Address, abi: readonly unknown[], functionName: string, args: unknown[] = []) =>
    client.readContract({
      address,
      abi: abi as never,
      functionName: functionName as never,
      args: args as never,
    }) as Promise<T>;
  async function send(
    kind: string,
    wallet: (typeof wallets)[number],
    address: Address,
    abi: readonly unknown[],
    functionName: string,
    args: unknown[],
  ) {
    result.attempted++;
    try {
      const { request } = await client.simulateContract({
        account: wallet.account,
        address,
        abi: abi as never,
        functionName: functionName as never,
        args: args as never,
      });
      const hash = await wallet.writeContract(request as never);
      const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 });
      if (receipt.status !== "success") return false;
      result.succeeded++;
      result.byKind[kind] = (result.byKind[kind] ?? 0) + 1;
      return true;
    } catch {
      return false;
    }
  }
  async function travel(seconds: number) {
    await client.request({ method: "evm_increaseTime" as never, params: [toHex(seconds)] as never });
    await client.request({ method: "evm_mine" as never, params: [] as never });
    result.byKind.time_travel = (result.byKind.time_travel ?? 0) + 1;
  }

  // Setup: USDC from the faucet, approvals to the minter and to the loan manager (repayments and bids).
  for (const w of wallets) {
    await send("setup", w, A.usdc, mockUsdcAbi, "faucet", [w.account.address, 1_000_000n * 10n ** 6n]);
    await send("setup", w, A.usdc, erc20Abi, "approve", [A.minter, maxUint256]);
    await send("setup", w, A.aid, erc20Abi, "approve", [A.loans, maxUint256]);
  }

  let serial = 100_000_000 + (seed % 1_000_000);
  const models = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "modelCount"));

  const actions: Array<[number, () => Promise<unknown>]> = [
    [
      10,
      async () => {
        const w = pick(users);
        return send("mint", w, A.minter, aidMinterAbi, "mint", [
          BigInt(between(1_000, 60_000)) * 10n ** 6n,
          w.account.address,
        ]);
      },
    ],
    [
      4,
      async () => {
        const w = pick(users);
        const bal = await read<bigint>(A.aid, erc20Abi, "balanceOf", [w.account.address]);
        return send("redeem", w, A.minter, aidMinterAbi, "redeem", [
          (bal * BigInt(between(1, 30))) / 100n,
          w.account.address,
        ]);
      },
    ],
    [
      10,
      async () => {
        const w = pick(users);
        const bal = await read<bigint>(A.aid, erc20Abi, "balanceOf", [w.account.address]);
        return send("stake", w, A.vault, stakedAidAbi, "deposit", [
          (bal * BigInt(between(5, 50))) / 100n,
          w.account.address,
        ]);
      },
    ],
    [
      8,
      async () => {
        const w = pick(users);
        const bal = await read<bigint>(A.vault, erc20Abi, "balanceOf", [w.account.address]);
        const shares = (bal * BigInt(between(5, 60))) / 100n;
        return send("request_exit", w, A.vault, stakedAidAbi, "requestRedeem", [
          shares,
          w.account.address,
          w.account.address,
        ]);
      },
    ],
    [
      6,
      () => send("process_exits", pick(wallets), A.vault, stakedAidAbi, "processRedemptions", [BigInt(between(1, 5))]),
    ],
    [
      5,
      async () => {
        const w = pick(users);
        const [, shares] = await read<[bigint, bigint]>(A.vault, stakedAidAbi, "claimable", [w.account.address]);
        const part = rand() < 0.5 ? shares : (shares * BigInt(between(10, 90))) / 100n;
        return send("claim", w, A.vault, stakedAidAbi, "redeem", [part, w.account.address, w.account.address]);
      },
    ],
    [
      3,
      async () => {
        const next = await read<{ nextRequestId: bigint; queueHead: bigint }>(A.vault, stakedAidAbi, "vaultState");
        if (next.nextRequestId <= 1n) return false;
        const id = BigInt(between(Number(next.queueHead || 1n), Number(next.nextRequestId - 1n)));
        const r = await read<{ controller: Address }>(A.vault, stakedAidAbi, "getRequest", [id]);
        const w = wallets.find((x) => x.account.address === r.controller) ?? pick(users);
        return send("cancel_exit", w, A.vault, stakedAidAbi, "cancelRedeemRequest", [id]);
      },
    ],
    [
      9,
      async () => {
        const w = pick(users);
        const count = between(1, 4);
        const serials = Array.from({ length: count }, () => stringToHex(`GPU${serial++}`, { size: 32 }));
        const t = await now();
        const price = BigInt(between(20_000, 400_000)) * 10n ** 18n;
        const input = {
          modelId: between(1, models),
          gpuCount: count,
          serials,
          dataCenter: pick(["Equinix SV5", "CoreSite LA1", "Switch Citadel"]),
          dataCenterTier: between(2, 4),
          purchasePrice: price,
          purchaseDate: Number(t) - between(1, 300) * DAY,
          insurance: { insurer: "Lloyds", policyId: `P${serial}`, coverage: price, expiry: Number(t) + 700 * DAY },
        };
        return send("list_title", w, A.registry, gpuTitleRegistryAbi, "submit", [input]);
      },
    ],
    [
      8,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        const id = BigInt(between(1, last));
        const t = await now();
        const value = BigInt(between(10_000, 300_000)) * 10n ** 18n;
        return send("appraise", admin, A.registry, gpuTitleRegistryAbi, "appraise", [
          id,
          value,
          Number(t) + 300 * DAY,
          keccak256(toHex(`report ${id} ${t}`)),
        ]);
      },
    ],
    [
      2,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        return send("reject", admin, A.registry, gpuTitleRegistryAbi, "reject", [
          BigInt(between(1, last)),
          between(1, 6),
        ]);
      },
    ],
    [
      8,
      async () => {
        const w = pick(users);
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        for (let tries = 0; tries < 6; tries++) {
          const id = BigInt(between(1, last));
          try {
            const [byLtv, available] = await read<[bigint, bigint]>(A.loans, loanManagerAbi, "maxBorrow", [id]);
            // biome-ignore lint/complexity/useMathMinMax: bigints (Math.min takes numbers)
            const max = byLtv < available ? byLtv : available;
            const t = await read<{ owner: Address; status: number }>(A.registry, gpuTitleRegistryAbi, "title", [id]);
            if (t.status !== 2 || max < 200n * 10n ** 18n) continue;
            const owner = wallets.find((x) => x.account.address === t.owner);
            if (!owner) continue;
            return send("open_loan", owner, A.loans, loanManagerAbi, "openLoan", [
              id,
              (max * BigInt(between(40, 95))) / 100n,
              owner.account.address,
            ]);
          } catch {}
        }
        return send("open_loan", w, A.loans, loanManagerAbi, "openLoan", [1n, 1n, w.account.address]);
      },
    ],
    [
      10,
      async () => {
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        if (!count) return false;
        const id = BigInt(between(1, count));
        const l = await read<{ borrower: Address; nextPaymentAmount: bigint; payoff: bigint }>(
          A.loans,
          loanManagerAbi,
          "loan",
          [id],
        );
        const w = wallets.find((x) => x.account.address === l.borrower) ?? pick(users);
        const r = rand();
        const amount =
          r < 0.6 ? l.nextPaymentAmount : r < 0.8 ? maxUint256 : (l.payoff * BigInt(between(5, 40))) / 100n;
        if (w !== admin)
          await send("mint", w, A.minter, aidMinterAbi, "mint", [
            (amount === maxUint256 ? l.payoff : amount) / 10n ** 12n + 10n ** 6n,
            w.account.address,
          ]);
        return send("repay", w, A.loans, loanManagerAbi, "repay", [id, amount === 0n ? 1n : amount]);
      },
    ],
    [
      5,
      async () => {
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        for (let id = 1; id <= count; id++) {
          const l = await read<{ status: number; defaultReason: number }>(A.loans, loanManagerAbi, "loan", [
            BigInt(id),
          ]);
          if (l.status === 1 && l.defaultReason !== 0)
            return send("liquidate", pick(wallets), A.loans, loanManagerAbi, "liquidate", [BigInt(id)]);
        }
        return false;
      },
    ],
    [
      3,
      async () => {
        // A re-appraisal far lower pushes a pledged title's loan over the liquidation threshold.
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        if (!count) return false;
        const l = await read<{ status: number; titleId: bigint; payoff: bigint }>(A.loans, loanManagerAbi, "loan", [
          BigInt(between(1, count)),
        ]);
        if (l.status !== 1) return false;
        return send("appraise_low", admin, A.registry, gpuTitleRegistryAbi, "appraise", [
          l.titleId,
          l.payoff / 2n + 1n,
          Number(await now()) + 300 * DAY,
          keccak256(toHex(`low ${l.titleId}`)),
        ]);
      },
    ],
    [
      5,
      async () => {
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        for (let id = 1; id <= count; id++) {
          const l = await read<{ status: number; auctionPrice: bigint }>(A.loans, loanManagerAbi, "loan", [BigInt(id)]);
          if (l.status !== 2 || l.auctionPrice === 0n || rand() < 0.3) continue;
          const w = pick(users);
          await send("mint", w, A.minter, aidMinterAbi, "mint", [
            l.auctionPrice / 10n ** 12n + 10n ** 6n,
            w.account.address,
          ]);
          return send("bid", w, A.loans, loanManagerAbi, "bid", [BigInt(id)]);
        }
        return false;
      },
    ],
    [
      3,
      async () => {
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        for (let id = 1; id <= count; id++) {
          const l = await read<{ status: number; auctionEnd: bigint }>(A.loans, loanManagerAbi, "loan", [BigInt(id)]);
          if (l.status === 2 && l.auctionEnd < (await now()))
            return send("close_auction", pick(wallets), A.loans, loanManagerAbi, "closeAuction", [BigInt(id)]);
        }
        return false;
      },
    ],
    [
      2,
      async () => {
        const count = Number(await read<bigint>(A.loans, loanManagerAbi, "loanCount"));
        for (let id = 1; id <= count; id++) {
          const l = await read<{ surplusClaimable: bigint; borrower: Address }>(A.loans, loanManagerAbi, "loan", [
            BigInt(id),
          ]);
          const w = wallets.find((x) => x.account.address === l.borrower);
          if (l.surplusClaimable > 0n && w)
            return send("claim_surplus", w, A.loans, loanManagerAbi, "claimSurplus", [BigInt(id), l.borrower]);
        }
        return false;
      },
    ],
    [
      2,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        const id = BigInt(between(1, last));
        const t = await now();
        const owner = await read<{ owner: Address; pledgor: Address; status: number }>(
          A.registry,
          gpuTitleRegistryAbi,
          "title",
          [id],
        ).catch(() => null);
        if (!owner) return false;
        const holder = owner.status === 4 || owner.status === 5 ? owner.pledgor : owner.owner;
        const w = wallets.find((x) => x.account.address === holder);
        if (!w) return false;
        const ins = { insurer: "Chubb", policyId: `R${serial++}`, coverage: 10n ** 23n, expiry: Number(t) + 600 * DAY };
        return send("update_insurance", w, A.registry, gpuTitleRegistryAbi, "updateInsurance", [id, ins]);
      },
    ],
    [
      2,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        return send("verify_insurance", admin, A.registry, gpuTitleRegistryAbi, "verifyInsurance", [
          BigInt(between(1, last)),
        ]);
      },
    ],
    [
      2,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        const id = BigInt(between(1, last));
        const t = await read<{ owner: Address }>(A.registry, gpuTitleRegistryAbi, "title", [id]).catch(() => null);
        const w = wallets.find((x) => x.account.address === t?.owner);
        if (!w) return false;
        const fn = pick(["withdraw", "requestRedemption", "cancelRedemption"] as const);
        return send(`title_${fn}`, w, A.registry, gpuTitleRegistryAbi, fn, [id]);
      },
    ],
    [
      1,
      async () => {
        const last = Number(await read<bigint>(A.registry, gpuTitleRegistryAbi, "lastTitleId"));
        const fn = pick(["confirmRedemption", "voidTitle"] as const);
        const id = BigInt(between(1, last));
        return send(
          `title_${fn}`,
          admin,
          A.registry,
          gpuTitleRegistryAbi,
          fn,
          fn === "voidTitle" ? [id, between(1, 6)] : [id],
        );
      },
    ],
    [2, () => send("harvest", pick(wallets), A.minter, aidMinterAbi, "harvest", [])],
    [1, () => send("rebalance", pick(wallets), A.minter, aidMinterAbi, "rebalance", [])],
    [7, () => travel(pick([3_600, DAY, 3 * DAY, 12 * DAY, 35 * DAY]))],
  ];
  const total = actions.reduce((s, [w]) => s + w, 0);
  const setupTxs = result.succeeded;
  while (result.succeeded - setupTxs < target && result.attempted < target * 4) {
    let r = rand() * total;
    let chosen = actions[0];
    for (const action of actions) {
      r -= action[0];
      if (r < 0) {
        chosen = action;
        break;
      }
    }
    await chosen[1]();
  }
  result.actions = result.succeeded - setupTxs;
  return result;
}

export type { Hex };
export { A as addresses, MNEMONIC };
