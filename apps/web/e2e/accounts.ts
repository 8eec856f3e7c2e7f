import { mockUsdcAbi, mockUsdcAddress } from "@aid/abis";
import { type Address, createWalletClient, http, publicActions } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { E2E } from "./env";

const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
const address = (index: number) => mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index }).address;

/** The test anvil has 25 unlocked accounts: 0-9 as in `pnpm dev` (demo data), 10-24 only for browser tests. */
export const E2E_ACCOUNT_COUNT = 30;
export const TEST_USDC = 100_000_000_000n; // 100,000 mock USDC, like the seeded development accounts

/** Each test uses its own account, so tests never see each other's transactions. */
export const ACCOUNTS = {
  dev: address(0),
  minter: address(10),
  badInput: address(11),
  wrongNetwork: address(12),
  reverts: address(13),
  nodeDown: address(14),
  rejects: address(15),
  raced: address(16),
  lister: address(17),
  listingBadInput: address(18),
  titleHolder: address(19),
  saver: address(20),
  canceller: address(21),
  stakeBadInput: address(22),
  activity: address(23),
  observer: address(24),
  bidder: address(25),
  borrower: address(26),
  edgeBorrower: address(27),
  timeTraveller: address(28),
} satisfies Record<string, Address>;

/**
 * Accounts the local seed (contracts/script/Seed.s.sol) gives GPU titles: 5 holds an appraised and a pending one;
 * 7's loan (#3) was liquidated and its title is in the live auction.
 */
export const SEEDED = {
  titleHolder: address(5),
  auctionedBorrower: address(7),
} satisfies Record<string, Address>;

/** Gives every test account 100,000 mock USDC from the local faucet, each sending its own request. */
export async function fundTestAccounts() {
  const client = createWalletClient({ chain: foundry, transport: http(E2E.rpcUrl) }).extend(publicActions);
  for (const account of Object.values(ACCOUNTS).filter((a) => a !== ACCOUNTS.dev)) {
    const hash = await client.writeContract({
      account,
      address: mockUsdcAddress[foundry.id],
      abi: mockUsdcAbi,
      functionName: "faucet",
      args: [account, TEST_USDC],
    });
    await client.waitForTransactionReceipt({ hash });
  }
}
