/** Math.min and Math.max for bigint amounts (Math's take numbers only). */
export const minOf = (a: bigint, b: bigint) => (a < b ? a : b);
export const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);
