import { type Address, type Hex, parseEther, parseUnits } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { z } from "zod";

/** A decimal amount (such as "0.05" or "20") read into the smallest unit with `decimals`. */
const decimalAmount = (decimals: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, "must be a non-negative decimal number, such as 1.5")
    .transform((value) => parseUnits(value, decimals));

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every environment variable the keeper reads, with its default. */
const envSchema = z.object({
  RPC_URL: z.url({ error: "must be the node's http(s) URL, such as http://127.0.0.1:8545" }),
  CHAIN_ID: integer(1, 2 ** 53 - 1),
  KEEPER_PRIVATE_KEY: z
    .string()
    .trim()
    .regex(/^0x[0-9a-fA-F]{64}$/, "must be a 32-byte hex private key with 0x"),
  KEEPER_INTERVAL_MS: integer(500, 3_600_000).default(15_000),
  KEEPER_DRY_RUN: boolean.default(false),
  KEEPER_MAX_GAS_PRICE_GWEI: decimalAmount(9).default(parseUnits("50", 9)),
  KEEPER_MIN_BALANCE_ETH: decimalAmount(18).default(parseEther("0.05")),
  KEEPER_PORT: integer(0, 65_535).default(9464),
  KEEPER_MAX_FILLS: integer(1, 500).default(25),
  KEEPER_MAX_LIQUIDATIONS: integer(1, 100).default(10),
  KEEPER_LOAN_PAGE_SIZE: integer(1, 1_000).default(200),
  KEEPER_HARVEST_MIN_AID: decimalAmount(18).default(parseEther("1")),
  KEEPER_REBALANCE_TOLERANCE_BPS: integer(0, 10_000).default(100),
  KEEPER_RECEIPT_TIMEOUT_MS: integer(1_000, 600_000).default(120_000),
  KEEPER_HEALTH_MAX_AGE_MS: integer(1_000, 86_400_000).optional(),
});

export type Config = {
  rpcUrl: string;
  chainId: number;
  privateKey: Hex;
  address: Address;
  intervalMs: number;
  dryRun: boolean;
  /** Wei per gas: no transaction is sent while the node's gas price is above it. */
  maxGasPrice: bigint;
  /** Wei: below this, the keeper's own balance raises the alarm. */
  minBalance: bigint;
  port: number;
  /** `processRedemptions(maxCount)`: requests examined per call. */
  maxFills: number;
  /** Liquidations and auction closes sent per tick, each. */
  maxLiquidations: number;
  /** `loans(fromId, maxScan)`: loans read per call. */
  loanPageSize: number;
  /** AID wei: harvest only when `harvestable()` exceeds it. */
  harvestMin: bigint;
  /** Rebalance only when the buffer is further than this from its target, in bps of the reserve. */
  rebalanceToleranceBps: number;
  receiptTimeoutMs: number;
  /** `/health` answers 503 when the last successful tick is older than this (default: 3 intervals + 30 s). */
  healthMaxAgeMs: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid keeper configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and checks the keeper's configuration; throws a `ConfigError` listing every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable counts as unset, so `KEEPER_DRY_RUN=` takes the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return present[name] === undefined ? `${name} is required` : `${name}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const privateKey = e.KEEPER_PRIVATE_KEY as Hex;
  return {
    rpcUrl: e.RPC_URL,
    chainId: e.CHAIN_ID,
    privateKey,
    address: privateKeyToAccount(privateKey).address,
    intervalMs: e.KEEPER_INTERVAL_MS,
    dryRun: e.KEEPER_DRY_RUN,
    maxGasPrice: e.KEEPER_MAX_GAS_PRICE_GWEI,
    minBalance: e.KEEPER_MIN_BALANCE_ETH,
    port: e.KEEPER_PORT,
    maxFills: e.KEEPER_MAX_FILLS,
    maxLiquidations: e.KEEPER_MAX_LIQUIDATIONS,
    loanPageSize: e.KEEPER_LOAN_PAGE_SIZE,
    harvestMin: e.KEEPER_HARVEST_MIN_AID,
    rebalanceToleranceBps: e.KEEPER_REBALANCE_TOLERANCE_BPS,
    receiptTimeoutMs: e.KEEPER_RECEIPT_TIMEOUT_MS,
    healthMaxAgeMs: e.KEEPER_HEALTH_MAX_AGE_MS ?? 3 * e.KEEPER_INTERVAL_MS + 30_000,
  };
}
