const BPS = 10_000n;

/** What opening a loan of `principal` against a title worth `value` looks like (pure, bigint, AID 18 decimals). */
export function loanPreview(principal: bigint, value: bigint, originationFeeBps: bigint) {
  const fee = (principal * originationFeeBps) / BPS;
  return {
    ltvBps: value === 0n ? undefined : (principal * BPS) / value,
    fee,
    net: principal - fee,
  };
}
