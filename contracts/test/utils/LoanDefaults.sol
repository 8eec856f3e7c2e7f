// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title LoanDefaults
/// @notice Amounts, terms and times shared by the loan tests. AID and USD amounts have 18 decimals.
library LoanDefaults {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant WAD = 1e18;
    uint256 internal constant YEAR = 365 days;

    /// @dev Protocol defaults, repeated here so a changed default fails a test.
    uint256 internal constant MAX_LTV_BPS = 7000;
    uint256 internal constant LIQUIDATION_THRESHOLD_BPS = 8500;
    uint256 internal constant APR_BPS = 1500;
    uint256 internal constant TERM = 12;
    uint256 internal constant ORIGINATION_FEE_BPS = 100;
    uint256 internal constant PROTOCOL_SHARE_BPS = 1000;
    uint256 internal constant LIQUIDATION_FEE_BPS = 500;
    uint256 internal constant PENALTY_APR_BPS = 500;
    uint256 internal constant PERIOD = 30 days;
    uint256 internal constant GRACE = 7 days;
    uint256 internal constant AUCTION = 72 hours;
    uint256 internal constant AUCTION_START_BPS = 12_000;
    uint256 internal constant AUCTION_FLOOR_BPS = 3000;
    uint256 internal constant MIN_PRINCIPAL = 100e18;

    /// @dev 2026-01-01T00:00:00Z + 10 hours: tests start mid-day, so a loan's first due date is 30 days after the
    /// next midnight (2026-01-02).
    uint256 internal constant START = 1_767_225_600 + 10 hours;
    uint256 internal constant FIRST_ANCHOR = 1_767_225_600 + 1 days;

    /// @dev Alice, bob and carol each put this much AID into sAID in `setUp` (2.7 million in all; 90% may be lent).
    uint256 internal constant STAKE = 900_000e18;

    /// @dev A title appraised at $2,000,000 (TitleDefaults), and a typical loan: 1,000,000 AID (50% LTV).
    uint96 internal constant TITLE_VALUE = 2_000_000e18;
    uint256 internal constant PRINCIPAL = 1_000_000e18;
    uint256 internal constant MAX_PRINCIPAL = uint256(TITLE_VALUE) * MAX_LTV_BPS / BPS;
    uint256 internal constant APPRAISAL_VALIDITY = 180 days;
    uint256 internal constant INSURANCE_TERM = 365 days;
    uint16 internal constant DEPRECIATION_BPS = 2000; // 20% a year
}
