import { gpuTitleRegistryAbi, loanManagerAbi } from "@aid/abis";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/** What a title can borrow now: the most by LTV and by the vault's liquidity, its value, and the loan terms. */
export function useBorrowTerms(titleId: bigint) {
  const { chainId, loanManager, titleRegistry } = useProtocolAddresses();
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "maxBorrow", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "parameters" },
      { chainId, address: titleRegistry, abi: gpuTitleRegistryAbi, functionName: "currentValue", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "MIN_PRINCIPAL" },
    ],
    allowFailure: false,
  });
  const data = query.data;
  return {
    isError: query.isError,
    data: data
      ? {
          byLtv: data[0][0],
          available: data[0][1],
          max: data[0][0] < data[0][1] ? data[0][0] : data[0][1],
          parameters: data[1],
          value: data[2],
          minPrincipal: data[3],
        }
      : undefined,
  };
}
