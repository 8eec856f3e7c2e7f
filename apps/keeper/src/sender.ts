import type { Account, Chain, Hash, PublicClient, WalletClient } from "viem";
import { describe, isNonceConflict, isNothingToDo, isRpcError, revertName } from "./errors";
import type { Logger } from "./log";
import type { Metrics } from "./metrics";
import type { Call, Upkeep } from "./upkeeps";

export type Outcome =
  | { action: string; key: string; outcome: "sent"; hash: Hash; status: "success" | "reverted" | "unconfirmed" }
  | { action: string; key: string; outcome: "skipped"; reason: string }
  | { action: string; key: string; outcome: "failed"; reason: string };

export type SenderOptions = {
  dryRun: boolean;
  maxGasPrice: bigint;
  receiptTimeoutMs: number;
};

/** Sends upkeep calls one at a time (a local lock), each with the sequence: the node's nonces; simulate; check the
 * gas price; send with the nonce read before the simulation, so that if anything else sent from this key meanwhile (a
 * second keeper, a run before a restart) the node refuses ours as a nonce conflict instead of running a stale action. */
export class Sender {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly publicClient: PublicClient,
    private readonly walletClient: WalletClient,
    private readonly account: Account,
    private readonly chain: Chain,
    private readonly options: SenderOptions,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  send(upkeep: Upkeep, call: Call): Promise<Outcome> {
    const run = this.queue.then(() => this.sendNow(upkeep, call));
    this.queue = run.catch(() => {});
    return run;
  }

  private decline(call: Call, reason: string, fields: Record<string, unknown> = {}): Outcome {
    this.metrics.skipped.inc({ action: call.action, reason });
    this.log(reason === "nothing_to_do" ? "debug" : "info", "action_skipped", { action: call.key, reason, ...fields });
    return { action: call.action, key: call.key, outcome: "skipped", reason };
  }

  private fail(call: Call, reason: string, fields: Record<string, unknown> = {}): Outcome {
    this.metrics.failed.inc({ action: call.action, reason });
    this.log("error", "action_failed", { action: call.key, reason, ...fields });
    return { action: call.action, key: call.key, outcome: "failed", reason };
  }

  private async sendNow(upkeep: Upkeep, call: Call): Promise<Outcome> {
    const client = this.publicClient;
    const address = this.account.address;
    const [nonce, confirmedNonce] = await Promise.all([
      client.getTransactionCount({ address, blockTag: "pending" }),
      client.getTransactionCount({ address, blockTag: "latest" }),
    ]);
    // A transaction from this key is waiting to be mined (another keeper, or this one before a restart): its effect is
    // not in the state yet, so anything decided now could repeat it.
    if (nonce > confirmedNonce) return this.decline(call, "in_flight", { pendingNonce: nonce, confirmedNonce });

    const request = {
      account: this.account,
      address: call.address,
      abi: call.abi,
      functionName: call.functionName,
      args: call.args,
    };
    let effect: string | null;
    let gas: bigint;
    try {
      const { result } = await client.simulateContract(request);
      effect = upkeep.effect(result);
      if (effect === null) return this.decline(call, "nothing_to_do");
      gas = await client.estimateContractGas(request);
    } catch (error) {
      if (isRpcError(error)) throw error;
      const name = revertName(error);
      if (name && isNothingToDo(name)) return this.decline(call, "nothing_to_do", { revert: name });
      return this.fail(call, "simulation_reverted", { revert: name, error: describe(error) });
    }

    if (this.options.dryRun) return this.decline(call, "dry_run", { why: call.reason, effect, args: call.args });

    const gasPrice = await client.getGasPrice();
    if (gasPrice > this.options.maxGasPrice) {
      return this.decline(call, "gas_price", { gasPrice, maxGasPrice: this.options.maxGasPrice });
    }
    const fees = await client.estimateFeesPerGas({ chain: this.chain });
    const maxFeePerGas = smaller(fees.maxFeePerGas, this.options.maxGasPrice);
    const maxPriorityFeePerGas = smaller(fees.maxPriorityFeePerGas, maxFeePerGas);

    let hash: Hash;
    try {
      hash = await this.walletClient.writeContract({
        ...request,
        chain: this.chain,
        nonce,
        // A margin over the estimate: the state may move a little between the estimate and the block.
        gas: (gas * 12n) / 10n,
        maxFeePerGas,
        maxPriorityFeePerGas,
      });
    } catch (error) {
      if (isNonceConflict(error)) return this.decline(call, "nonce_taken", { nonce, error: describe(error) });
      if (isRpcError(error)) throw error;
      return this.fail(call, "send_error", { error: describe(error) });
    }
    this.metrics.sent.inc({ action: call.action });
    this.log("info", "action_sent", { action: call.key, hash, nonce, reason: call.reason, effect });

    try {
      const receipt = await client.waitForTransactionReceipt({ hash, timeout: this.options.receiptTimeoutMs });
      if (receipt.status === "reverted") {
        this.fail(call, "reverted", { hash, block: receipt.blockNumber });
        return { action: call.action, key: call.key, outcome: "sent", hash, status: "reverted" };
      }
      this.log("info", "action_confirmed", {
        action: call.key,
        hash,
        block: receipt.blockNumber,
        gasUsed: receipt.gasUsed,
      });
      return { action: call.action, key: call.key, outcome: "sent", hash, status: "success" };
    } catch (error) {
      // Still pending: the next ticks see it in flight and wait for it.
      this.log("warn", "action_unconfirmed", { action: call.key, hash, error: describe(error) });
      return { action: call.action, key: call.key, outcome: "sent", hash, status: "unconfirmed" };
    }
  }
}

/** `Math.min` for bigints. */
function smaller(a: bigint, b: bigint): bigint {
  return b < a ? b : a;
}
