import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Plugin } from "@wagmi/cli";
import { foundry } from "@wagmi/cli/plugins";
import { erc20Abi, erc4626Abi } from "viem";
import { foundryBinary } from "../../contracts/tools/foundry.mjs";

/** Addresses per chain, read from contracts/deployments/<chainId>.json (written by contracts/script/Deploy.s.sol). */
type DeploymentFile = {
  chainId: number;
  deployBlock: number;
  usdcIsMock: boolean;
  tBillVaultIsMock: boolean;
  USDC: `0x${string}`;
  TBillVault: `0x${string}`;
  AID: `0x${string}`;
  AIDMinter: `0x${string}`;
  StakedAID: `0x${string}`;
  LiquiditySilo: `0x${string}`;
  GPUTitleRegistry: `0x${string}`;
  LoanManager: `0x${string}`;
};

const deploymentsDir = join(import.meta.dirname, "../../contracts/deployments");
const deployments: DeploymentFile[] = readdirSync(deploymentsDir)
  .filter((file) => /^\d+\.json$/.test(file))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
  .map((file) => JSON.parse(readFileSync(join(deploymentsDir, file), "utf8")));

const addressesOf = (
  name:
    | "USDC"
    | "TBillVault"
    | "AID"
    | "AIDMinter"
    | "StakedAID"
    | "LiquiditySilo"
    | "GPUTitleRegistry"
    | "LoanManager",
) => Object.fromEntries(deployments.map((d) => [d.chainId, d[name]]));

/** Emits `deployments`: per chain, the block to scan events from and whether USDC and the T-bill vault are mocks. */
const deploymentInfo: Plugin = {
  name: "Deployments",
  async run() {
    const body = deployments
      .map(
        (d) =>
          `  ${d.chainId}: { deployBlock: ${BigInt(d.deployBlock)}n, usdcIsMock: ${d.usdcIsMock}, tBillVaultIsMock: ${d.tBillVaultIsMock} },`,
      )
      .join("\n");
    return {
      content: `/** Per chain: the block the protocol was deployed at and whether USDC and the T-bill vault are local mocks. */\nexport const deployments = {\n${body}\n} as const\n`,
    };
  },
};

export default defineConfig({
  out: process.env.WAGMI_OUT ?? "src/generated.ts",
  contracts: [
    { name: "USDC", abi: erc20Abi, address: addressesOf("USDC") },
    { name: "TBillVault", abi: erc4626Abi, address: addressesOf("TBillVault") },
  ],
  plugins: [
    foundry({
      project: "../..",
      forge: { build: false, path: foundryBinary("forge") },
      include: [
        "AID.json",
        "AIDMinter.json",
        "StakedAID.json",
        "LiquiditySilo.json",
        "GPUTitleRegistry.json",
        "LoanManager.json",
        "ILoanManager.json",
        "MockUSDC.json",
        "MockTBillVault.json",
      ],
      deployments: {
        AID: addressesOf("AID"),
        AIDMinter: addressesOf("AIDMinter"),
        StakedAID: addressesOf("StakedAID"),
        LiquiditySilo: addressesOf("LiquiditySilo"),
        GPUTitleRegistry: addressesOf("GPUTitleRegistry"),
        LoanManager: addressesOf("LoanManager"),
        MockUSDC: Object.fromEntries(deployments.filter((d) => d.usdcIsMock).map((d) => [d.chainId, d.USDC])),
        MockTBillVault: Object.fromEntries(
          deployments.filter((d) => d.tBillVaultIsMock).map((d) => [d.chainId, d.TBillVault]),
        ),
      },
    }),
    deploymentInfo,
  ],
});
