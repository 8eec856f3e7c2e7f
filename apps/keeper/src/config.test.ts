import { parseEther, parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const base = { RPC_URL: "http://127.0.0.1:8545", CHAIN_ID: "31337", KEEPER_PRIVATE_KEY: KEY };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("takes the defaults and derives the keeper's address", () => {
    const config = parseConfig(base);
    expect(config.address).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    expect(config.dryRun).toBe(false);
    expect(config.intervalMs).toBe(15_000);
    expect(config.maxGasPrice).toBe(parseUnits("50", 9));
    expect(config.minBalance).toBe(parseEther("0.05"));
    expect(config.healthMaxAgeMs).toBe(75_000);
    expect(config.port).toBe(9464);
  });

  it("reads units: gwei, ether and AID as decimals", () => {
    const config = parseConfig({
      ...base,
      KEEPER_DRY_RUN: "true",
      KEEPER_MAX_GAS_PRICE_GWEI: "1.5",
      KEEPER_MIN_BALANCE_ETH: "0.2",
      KEEPER_HARVEST_MIN_AID: "100",
      KEEPER_INTERVAL_MS: "5000",
    });
    expect(config.dryRun).toBe(true);
    expect(config.maxGasPrice).toBe(1_500_000_000n);
    expect(config.minBalance).toBe(parseEther("0.2"));
    expect(config.harvestMin).toBe(parseEther("100"));
    expect(config.healthMaxAgeMs).toBe(45_000);
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ ...base, KEEPER_DRY_RUN: "" }).dryRun).toBe(false);
  });

  it("lists every missing variable at once", () => {
    expect(problems({})).toEqual(["RPC_URL is required", "CHAIN_ID is required", "KEEPER_PRIVATE_KEY is required"]);
  });

  it("says what is wrong with a bad value", () => {
    const found = problems({
      ...base,
      RPC_URL: "not a url",
      KEEPER_PRIVATE_KEY: "0x1234",
      KEEPER_DRY_RUN: "maybe",
      KEEPER_MAX_GAS_PRICE_GWEI: "-1",
      KEEPER_INTERVAL_MS: "10",
      KEEPER_REBALANCE_TOLERANCE_BPS: "1.5",
    });
    expect(found).toHaveLength(6);
    expect(found.join("\n")).toMatch(/RPC_URL: .*http/);
    expect(found.join("\n")).toMatch(/KEEPER_PRIVATE_KEY: .*32-byte hex/);
    expect(found.join("\n")).toMatch(/KEEPER_DRY_RUN: must be true or false/);
    expect(found.join("\n")).toMatch(/KEEPER_MAX_GAS_PRICE_GWEI: .*non-negative decimal/);
    expect(found.join("\n")).toMatch(/KEEPER_INTERVAL_MS: .*at least 500/);
    expect(found.join("\n")).toMatch(/KEEPER_REBALANCE_TOLERANCE_BPS: .*whole number/);
  });

  it("has no deployment for an unknown chain (the error comes from the contracts lookup)", async () => {
    const { contractsFor } = await import("./contracts");
    expect(() => contractsFor(1)).toThrow(/No AIDMinter deployment for chain 1 in @aid\/abis \(deployed on: 31337\)/);
  });
});
