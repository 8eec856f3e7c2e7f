import { closeAuction } from "./closeAuction";
import { harvest } from "./harvest";
import { liquidate } from "./liquidate";
import { processRedemptions } from "./processRedemptions";
import { rebalance } from "./rebalance";
import { refreshBook } from "./refreshBook";
import type { Upkeep } from "./types";

export type { ActionName, Call, Upkeep, UpkeepContext } from "./types";
export { closeAuction, harvest, liquidate, processRedemptions, rebalance, refreshBook };

/** In the order a tick runs them: known losses first (liquidations, then unsold auctions), so exits are filled at a
 * price that counts them; then the book, the exits, and the reserve's housekeeping. */
export const allUpkeeps: Upkeep[] = [liquidate, closeAuction, refreshBook, processRedemptions, harvest, rebalance];
