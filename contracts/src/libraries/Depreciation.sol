// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Depreciation
/// @notice Straight-line depreciation of an appraised value, in basis points of that value per 365-day year.
/// Rounding always lowers the value (the depreciation is rounded up), in the lender's favour.
library Depreciation {
    /// @notice 100% in basis points.
    uint256 internal constant BPS = 10_000;
    /// @notice The year the rate is quoted over.
    uint256 internal constant YEAR = 365 days;

    /// @notice `value` after `elapsed` seconds at `rateBps` a year: `value - ceil(value * rateBps * elapsed /
    /// (BPS * YEAR))`, floored at zero.
    function depreciate(uint256 value, uint256 rateBps, uint256 elapsed) internal pure returns (uint256) {
        uint256 scale = BPS * YEAR;
        // Full depreciation takes scale / rateBps seconds; capping elapsed at scale (the time at the lowest non-zero
        // rate) keeps rateBps * elapsed from overflowing for any rate up to 2^200.
        if (elapsed >= scale) return rateBps == 0 ? value : 0;
        uint256 loss = Math.mulDiv(value, rateBps * elapsed, scale, Math.Rounding.Ceil);
        return loss >= value ? 0 : value - loss;
    }

    /// @notice The value at `timestamp` of an appraisal of `value` made at `appraisedAt`, depreciating at `rateBps`
    /// a year, that stops counting at `expiry` (the earlier of the appraisal's and the insurance's end).
    /// @return Zero at or after `expiry`; `value` at or before `appraisedAt`; otherwise the depreciated value.
    function valueAt(uint256 value, uint256 rateBps, uint256 appraisedAt, uint256 expiry, uint256 timestamp)
        internal
        pure
        returns (uint256)
    {
        if (timestamp >= expiry) return 0;
        if (timestamp <= appraisedAt) return value;
        return depreciate(value, rateBps, timestamp - appraisedAt);
    }
}
