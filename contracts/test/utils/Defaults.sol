// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Defaults
/// @notice Amounts shared by the contract tests. USDC amounts have 6 decimals, AID amounts 18.
library Defaults {
    /// @dev One USDC unit is worth 1e12 AID wei (18 - 6 decimals).
    uint256 internal constant USDC_TO_AID = 1e12;

    /// @dev What each named actor gets from the faucet in `setUp` (the faucet's per-call limit).
    uint256 internal constant STARTING_USDC = 1_000_000e6;

    /// @dev A typical mint: 1,000 USDC in, 1,000 AID out.
    uint256 internal constant MINT_USDC = 1000e6;
    uint256 internal constant MINT_AID = 1000e18;

    /// @dev A typical partial redemption: 400 AID in, 400 USDC out.
    uint256 internal constant REDEEM_AID = 400e18;
    uint256 internal constant REDEEM_USDC = 400e6;

    /// @dev A typical AID transfer.
    uint256 internal constant TRANSFER_AID = 100e18;

    /// @dev The largest AID amount that is worth less than one USDC unit.
    uint256 internal constant DUST_AID = USDC_TO_AID - 1;

    /// @dev The fee taken by the fee-on-transfer mock: 1%.
    uint256 internal constant TRANSFER_FEE_BPS = 100;
    uint256 internal constant BPS = 10_000;

    /// @dev How long a test permit stays valid.
    uint256 internal constant PERMIT_VALIDITY = 1 hours;

    /// @dev Upper bound for fuzzed USDC amounts: 1e15 USDC (SECURITY.md section 5, item 2).
    uint256 internal constant MAX_FUZZ_USDC = 1e15 * 1e6;
}
