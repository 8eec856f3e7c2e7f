import Link from "next/link";
import type { Address } from "viem";
import { shortAddress } from "@/lib/format";

/**
 * Names the contract a figure is read from and links to its entry in the list of deployed contracts on the
 * Transparency page (the local chain has no block explorer); with `address`, shows it too.
 */
export function ContractLink({ id, name, address }: { id: string; name: string; address?: Address }) {
  return (
    <Link href={`/transparency#contract-${id}`} className="text-brand hover:underline" title={address}>
      {name}
      {address ? <span className="font-mono text-xs"> ({shortAddress(address)})</span> : null}
    </Link>
  );
}
