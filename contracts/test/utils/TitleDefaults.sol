// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title TitleDefaults
/// @notice Values shared by the GPU title registry tests. USD amounts have 18 decimals.
library TitleDefaults {
    /// @dev 2026-01-01T00:00:00Z: tests start here so purchase dates in the past are realistic.
    uint256 internal constant START = 1_767_225_600;

    /// @dev A typical batch: one eight-GPU server.
    uint16 internal constant GPU_COUNT = 8;
    uint8 internal constant TIER = 3;
    string internal constant DATA_CENTER = "Equinix SV5";
    uint96 internal constant PURCHASE_PRICE = 2_400_000e18;
    uint256 internal constant PURCHASE_AGE = 90 days;

    string internal constant INSURER = "Lloyd's Syndicate 2623";
    string internal constant POLICY_ID = "POL-2026-0042";
    uint96 internal constant COVERAGE = 2_500_000e18;
    uint256 internal constant INSURANCE_TERM = 365 days;

    uint96 internal constant APPRAISED_VALUE = 2_000_000e18;
    uint256 internal constant APPRAISAL_VALIDITY = 180 days;
    bytes32 internal constant REPORT_HASH = keccak256("appraisal report #1");

    /// @dev Model ids as TitleBase lists them, with their annual depreciation.
    uint8 internal constant H100 = 1;
    uint8 internal constant H200 = 2;
    uint8 internal constant B200 = 3;
    uint8 internal constant GB200 = 4;
    uint8 internal constant RTX_PRO_6000 = 5;
    uint16 internal constant RATE_BPS = 2000; // 20% a year

    uint256 internal constant BPS = 10_000;
    uint256 internal constant YEAR = 365 days;
}
