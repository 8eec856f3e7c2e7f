// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Depreciation} from "../../src/libraries/Depreciation.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The depreciation math: never above the appraisal, non-increasing in time, zero after expiry, rounded in
/// the lender's favour. Values up to 2^96 (the registry's packed width), rates within the registry's bounds and
/// times up to a century.
contract Depreciation_Fuzz_Test is Test {
    uint256 internal constant MAX_VALUE = type(uint96).max;
    uint256 internal constant MIN_RATE = 100;
    uint256 internal constant MAX_RATE = 10_000;
    uint256 internal constant MAX_TIME = 100 * 365 days;

    function testFuzz_Depreciate_NeverAboveAppraisal(uint256 value, uint256 rate, uint256 elapsed) public pure {
        value = bound(value, 0, MAX_VALUE);
        rate = bound(rate, 0, MAX_RATE);
        elapsed = bound(elapsed, 0, MAX_TIME);
        assertLe(Depreciation.depreciate(value, rate, elapsed), value);
    }

    function testFuzz_Depreciate_NonIncreasingInTime(uint256 value, uint256 rate, uint256 t1, uint256 t2) public pure {
        value = bound(value, 0, MAX_VALUE);
        rate = bound(rate, MIN_RATE, MAX_RATE);
        t1 = bound(t1, 0, MAX_TIME);
        t2 = bound(t2, t1, MAX_TIME);
        assertGe(Depreciation.depreciate(value, rate, t1), Depreciation.depreciate(value, rate, t2));
    }

    function testFuzz_Depreciate_NonIncreasingInRate(uint256 value, uint256 r1, uint256 r2, uint256 elapsed)
        public
        pure
    {
        value = bound(value, 0, MAX_VALUE);
        r1 = bound(r1, 0, MAX_RATE);
        r2 = bound(r2, r1, MAX_RATE);
        elapsed = bound(elapsed, 0, MAX_TIME);
        assertGe(Depreciation.depreciate(value, r1, elapsed), Depreciation.depreciate(value, r2, elapsed));
    }

    /// @dev The result is the exact straight-line value rounded down: within one unit below it, never above.
    function testFuzz_Depreciate_RoundsDownByLessThanOneUnit(uint256 value, uint256 rate, uint256 elapsed) public pure {
        value = bound(value, 1, MAX_VALUE);
        rate = bound(rate, MIN_RATE, MAX_RATE);
        elapsed = bound(elapsed, 0, MAX_TIME);
        uint256 scale = Depreciation.BPS * Depreciation.YEAR;
        uint256 result = Depreciation.depreciate(value, rate, elapsed);
        if (rate * elapsed >= scale) {
            assertEq(result, 0, "fully depreciated");
            return;
        }
        // exact = value * (scale - rate * elapsed) / scale, as a fraction; result = floor(exact).
        uint256 remainingShare = scale - rate * elapsed;
        assertLe(result * scale, value * remainingShare, "never above the exact value");
        assertGt((result + 1) * scale, value * remainingShare, "less than one unit below it");
    }

    function testFuzz_Depreciate_ZeroAfterFullLife(uint256 value, uint256 rate, uint256 extra) public pure {
        value = bound(value, 0, MAX_VALUE);
        rate = bound(rate, MIN_RATE, MAX_RATE);
        uint256 life = (Depreciation.BPS * Depreciation.YEAR + rate - 1) / rate;
        extra = bound(extra, 0, MAX_TIME);
        assertEq(Depreciation.depreciate(value, rate, life + extra), 0);
    }

    function testFuzz_ValueAt_ZeroFromExpiry(
        uint256 value,
        uint256 rate,
        uint256 appraisedAt,
        uint256 expiry,
        uint256 timestamp
    ) public pure {
        value = bound(value, 0, MAX_VALUE);
        rate = bound(rate, 0, MAX_RATE);
        appraisedAt = bound(appraisedAt, 0, type(uint40).max);
        expiry = bound(expiry, 0, type(uint40).max);
        timestamp = bound(timestamp, expiry, type(uint40).max);
        assertEq(Depreciation.valueAt(value, rate, appraisedAt, expiry, timestamp), 0);
    }

    function testFuzz_ValueAt_MonotoneUntilExpiry(
        uint256 value,
        uint256 rate,
        uint256 appraisedAt,
        uint256 expiry,
        uint256 t1,
        uint256 t2
    ) public pure {
        value = bound(value, 0, MAX_VALUE);
        rate = bound(rate, 0, MAX_RATE);
        appraisedAt = bound(appraisedAt, 0, type(uint40).max - 1);
        expiry = bound(expiry, appraisedAt + 1, type(uint40).max);
        t1 = bound(t1, 0, type(uint40).max);
        t2 = bound(t2, t1, type(uint40).max);
        uint256 v1 = Depreciation.valueAt(value, rate, appraisedAt, expiry, t1);
        uint256 v2 = Depreciation.valueAt(value, rate, appraisedAt, expiry, t2);
        assertGe(v1, v2, "non-increasing");
        assertLe(v1, value, "never above the appraisal");
        if (t1 <= appraisedAt) assertEq(v1, value, "full value until the appraisal starts ageing");
    }

    function test_Depreciate_TwentyPercentAYear() public pure {
        assertEq(Depreciation.depreciate(1000e18, 2000, 365 days), 800e18);
        assertEq(Depreciation.depreciate(1000e18, 2000, 5 * 365 days), 0);
        assertEq(Depreciation.depreciate(1000e18, 2000, 0), 1000e18);
        assertEq(Depreciation.depreciate(1000e18, 0, 10 * 365 days), 1000e18);
        assertEq(Depreciation.depreciate(1000e18, 0, type(uint256).max), 1000e18);
        assertEq(Depreciation.depreciate(1000e18, 2000, type(uint256).max), 0);
    }
}
