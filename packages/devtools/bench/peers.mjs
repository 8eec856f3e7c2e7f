// Each user operation, the gas snapshot that measures it (contracts/test/gas), and the cheapest measured peer
// (../shared/GAS-PEERS.md: full transaction gas, isolated, plain 6-decimal USDC).
export const GAS_OPERATIONS = [
  { operation: "mint AID from USDC (new holder)", snapshot: "mint_newUser", peer: 77_403, peerName: "Maker LitePSM" },
  {
    operation: "mint AID from USDC (returning)",
    snapshot: "mint_returningUser",
    peer: 60_303,
    peerName: "Maker LitePSM",
  },
  { operation: "redeem AID for USDC", snapshot: "redeem_partial", peer: 62_606, peerName: "Maker LitePSM" },
  {
    operation: "AID transfer (new recipient)",
    snapshot: "aid_transfer_newRecipient",
    peer: 51_405,
    peerName: "Ethena USDe",
  },
  {
    operation: "AID transfer (existing recipient)",
    snapshot: "aid_transfer_existingRecipient",
    peer: 34_305,
    peerName: "Ethena USDe",
  },
];
