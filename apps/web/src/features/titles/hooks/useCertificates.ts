import { useMemo } from "react";
import { useReadContracts } from "wagmi";
import { decodeTokenUri, type TitleMetadata } from "../certificate";
import { useTitleRegistry } from "./useTitleRegistry";

/** The on-chain metadata (`tokenURI`, decoded) of each title, keyed by id; one batched read. */
export function useCertificates(ids: readonly bigint[]) {
  const registry = useTitleRegistry();
  const query = useReadContracts({
    contracts: ids.map((id) => ({ ...registry, functionName: "tokenURI", args: [id] }) as const),
    query: { enabled: ids.length > 0 },
  });
  // Decoded outside the query's `select`: a Map is not structurally shared, so a select would re-render for ever.
  const certificates = useMemo(
    () =>
      new Map(
        (query.data ?? []).flatMap((result, i): [bigint, TitleMetadata][] => {
          const metadata = result.status === "success" ? decodeTokenUri(result.result as string) : undefined;
          return metadata ? [[ids[i], metadata]] : [];
        }),
      ),
    [query.data, ids],
  );
  return { certificates, isLoading: query.isPending && ids.length > 0 };
}
