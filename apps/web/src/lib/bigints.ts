/** Math.min and Math.max for bigint amounts (Math's take numbers only). */
export const minOf = (a: bigint, b: bigint) => (a < b ? a : b);
export const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);
/** a / b rounded up (a >= 0, b > 0): what the contracts round in the protocol's favour. */
export const divUp = (a: bigint, b: bigint) => (a === 0n ? 0n : (a - 1n) / b + 1n);
