// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title DutchAuction
/// @notice The price of a liquidated title: it starts at `START_BPS` of the title's value when the loan defaulted
/// and falls linearly to `FLOOR_BPS` of it over `DURATION`, then stays at the floor. Rounded up: a bidder never pays
/// less than the line.
library DutchAuction {
    uint256 internal constant BPS = 10_000; // 100%
    /// @notice The opening price, as a share of the title's value.
    uint256 internal constant START_BPS = 12_000; // 120%
    /// @notice The lowest price, reached at the end.
    uint256 internal constant FLOOR_BPS = 3000; // 30%
    /// @notice How long the price falls (Astaria's auctions run 72 hours too).
    uint256 internal constant DURATION = 72 hours;

    /// @notice The price `elapsed` seconds after the start of an auction of a title worth `basis`.
    function price(uint256 basis, uint256 elapsed) internal pure returns (uint256) {
        if (elapsed >= DURATION) return _divUp(basis * FLOOR_BPS, BPS);
        return _divUp(basis * (START_BPS * DURATION - (START_BPS - FLOOR_BPS) * elapsed), BPS * DURATION);
    }

    function _divUp(uint256 a, uint256 b) private pure returns (uint256) {
        // Cannot overflow: basis is below 2^96, so a is below 2^130.
        unchecked {
            return a == 0 ? 0 : (a - 1) / b + 1;
        }
    }
}
