// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Defaults
/// @notice Amounts, durations and rates shared by the contract tests. USDC amounts have 6 decimals, AID and sAID 18.
library Defaults {
    /// @dev One USDC unit is worth 1e12 AID wei (18 - 6 decimals).
    uint256 internal constant USDC_TO_AID = 1e12;
    uint256 internal constant BPS = 10_000;

    /// @dev What each named actor gets from the faucet in `setUp` (the faucet's per-call limit).
    uint256 internal constant STARTING_USDC = 1_000_000e6;

    /// @dev A typical mint: 1,000 USDC in, 1,000 AID out.
    uint256 internal constant MINT_USDC = 1000e6;
    uint256 internal constant MINT_AID = 1000e18;

    /// @dev A typical partial redemption: 400 AID in, 400 USDC out.
    uint256 internal constant REDEEM_AID = 400e18;
    uint256 internal constant REDEEM_USDC = 400e6;

    /// @dev A typical AID or sAID transfer.
    uint256 internal constant TRANSFER_AID = 100e18;

    /// @dev A typical stake.
    uint256 internal constant STAKE_AID = 500e18;

    /// @dev The largest AID amount that is worth less than one USDC unit.
    uint256 internal constant DUST_AID = USDC_TO_AID - 1;

    /// @dev A mint or redeem fee used by fee tests: 0.3%.
    uint256 internal constant FEE_BPS = 30;

    /// @dev The fee taken by the fee-on-transfer mock: 1%.
    uint256 internal constant TRANSFER_FEE_BPS = 100;

    /// @dev How long a test permit stays valid.
    uint256 internal constant PERMIT_VALIDITY = 1 hours;

    /// @dev Upper bound for fuzzed USDC amounts: 1e15 USDC (SECURITY.md section 5, item 2).
    uint256 internal constant MAX_FUZZ_USDC = 1e15 * 1e6;

    /// @dev Protocol defaults, repeated here so a changed default fails a test.
    uint256 internal constant COOLDOWN = 3 days;
    uint256 internal constant VESTING = 8 hours;
    uint256 internal constant BUFFER_TARGET_BPS = 2000;
    uint256 internal constant UTILISATION_CAP_BPS = 9000;
    uint256 internal constant HARVEST_FEE_BPS = 1000;
    uint256 internal constant T_BILL_RATE_BPS = 450;
    uint256 internal constant DEAD_SHARES = 1e6;
    uint256 internal constant HARVEST_MARGIN_AID = 1e18;

    /// @dev A loan's interest: 15% a year on 1,000 AID is about 4.756e12 wei a second.
    uint256 internal constant LOAN_AID = 300e18;
    uint256 internal constant LOAN_RATE_PER_SECOND = 300e18 * 1500 / BPS / 365 days;
    uint256 internal constant LOAN_TERM = 30 days;

    /// @dev One block (as GAS-PEERS.md measured: each operation a block after the previous).
    uint256 internal constant BLOCK_TIME = 12;
}
