/** Ids a paginated registry view examines per call: the registry's MAX_SCAN. */
export const SCAN = 1000n;

/**
 * Reads a paginated registry view (`titlesOf`, `pendingTitles`) to the end: each page returns its matches and the
 * id to start the next page from, 0 once every id has been examined.
 */
export async function scanAll<T>(
  page: (fromId: bigint) => Promise<readonly [readonly T[], bigint]>,
  maxPages = 1_000,
): Promise<T[]> {
  const found: T[] = [];
  let fromId = 0n;
  for (let i = 0; i < maxPages; i++) {
    const [items, nextId] = await page(fromId);
    found.push(...items);
    if (nextId === 0n) return found;
    fromId = nextId;
  }
  throw new Error(`Gave up after scanning ${maxPages} pages`);
}
