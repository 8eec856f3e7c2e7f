import {
  aidMinterAbi,
  aidMinterAddress,
  loanManagerAbi,
  loanManagerAddress,
  stakedAidAbi,
  stakedAidAddress,
} from "@aid/abis";
import type { Address } from "viem";

export type Contracts = {
  chainId: number;
  minter: { address: Address; abi: typeof aidMinterAbi };
  vault: { address: Address; abi: typeof stakedAidAbi };
  loans: { address: Address; abi: typeof loanManagerAbi };
};

/** The protocol's contracts on `chainId`, from the generated ABI package (contracts/deployments/<chainId>.json). */
export function contractsFor(chainId: number): Contracts {
  const pick = (addresses: Record<number, Address>, name: string): Address => {
    const address = addresses[chainId];
    if (!address) {
      const known = Object.keys(addresses).join(", ");
      throw new Error(`No ${name} deployment for chain ${chainId} in @aid/abis (deployed on: ${known})`);
    }
    return address;
  };
  return {
    chainId,
    minter: { address: pick(aidMinterAddress, "AIDMinter"), abi: aidMinterAbi },
    vault: { address: pick(stakedAidAddress, "StakedAID"), abi: stakedAidAbi },
    loans: { address: pick(loanManagerAddress, "LoanManager"), abi: loanManagerAbi },
  };
}
