import type { gpuTitleRegistryAbi } from "@aid/abis";
import type { ContractFunctionReturnType } from "viem";

/** A title's full record as `title(id)`, `titlesOf` and `pendingTitles` return it. */
export type Title = ContractFunctionReturnType<typeof gpuTitleRegistryAbi, "view", "title">;
