import { formatAmount } from "@/lib/format";
import type { TokenInfo } from "@/lib/units";

/** A token amount, or a dash while it loads. Truncated, so it never shows more than is there. */
export function TokenAmount({
  value,
  token,
  testId,
}: {
  value: bigint | undefined;
  token: TokenInfo;
  testId?: string;
}) {
  return (
    <span data-testid={testId} className="tabular-nums">
      {value === undefined ? "—" : `${formatAmount(value, token.decimals)} ${token.symbol}`}
    </span>
  );
}
