import { useReadContract } from "wagmi";
import type { GpuModel } from "../schema";
import { useTitleRegistry } from "./useTitleRegistry";

/** The on-chain GPU model allow-list (`models()`): index i is model id i + 1. */
export function useGpuModels() {
  const registry = useTitleRegistry();
  const query = useReadContract({
    ...registry,
    functionName: "models",
    query: { staleTime: 60_000 },
  });
  const models: readonly GpuModel[] | undefined = query.data;
  return { models, isError: query.isError };
}
