// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";

contract CurrentValue_Unit_Test is TitleBase_Test {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _appraised(alice, 1);
    }

    function test_CurrentValue_EqualsAppraisalAtFirst() public view {
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE);
    }

    function test_CurrentValue_DepreciatesLinearly() public {
        // 20% a year: after 73 days (a fifth of a year) the value has lost 4%.
        vm.warp(block.timestamp + 73 days);
        assertEq(registry.currentValue(id), 1_920_000e18);
        vm.warp(block.timestamp + 73 days);
        assertEq(registry.currentValue(id), 1_840_000e18);
    }

    function test_CurrentValue_RoundsDown() public {
        vm.warp(block.timestamp + 1);
        uint256 exactLossNumerator = uint256(D.APPRAISED_VALUE) * D.RATE_BPS * 1;
        uint256 scale = D.BPS * D.YEAR;
        uint256 loss = exactLossNumerator / scale + (exactLossNumerator % scale == 0 ? 0 : 1);
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE - loss, "loss rounded up, value rounded down");
    }

    function test_CurrentValue_ZeroOnceAppraisalExpires() public {
        vm.warp(block.timestamp + D.APPRAISAL_VALIDITY - 1);
        assertGt(registry.currentValue(id), 0);
        vm.warp(block.timestamp + 1);
        assertEq(registry.currentValue(id), 0);
    }

    function test_CurrentValue_ZeroOnceInsuranceLapses() public {
        // An appraisal valid beyond the policy's end.
        vm.warp(block.timestamp + 200 days);
        vm.prank(appraiser);
        registry.appraise(id, D.APPRAISED_VALUE, uint40(block.timestamp + 365 days), D.REPORT_HASH);
        uint256 insuranceEnd = D.START + D.INSURANCE_TERM;
        vm.warp(insuranceEnd - 1);
        assertGt(registry.currentValue(id), 0);
        vm.warp(insuranceEnd);
        assertEq(registry.currentValue(id), 0);
    }

    function test_CurrentValue_ZeroUnlessAppraisedPledgedOrLiquidating() public {
        uint256 pending = _submit(bob, 100);
        assertEq(registry.currentValue(pending), 0, "pending");

        vm.prank(alice);
        registry.requestRedemption(id);
        assertEq(registry.currentValue(id), 0, "redemption requested");
        vm.prank(alice);
        registry.cancelRedemption(id);
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE, "appraised again");

        _pledge(id);
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE, "pledged");
        vm.prank(loanManager);
        registry.startLiquidation(id);
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE, "liquidating");
    }

    function test_CurrentValue_ZeroOnceBurned() public {
        vm.prank(alice);
        registry.withdraw(id);
        assertEq(registry.currentValue(id), 0);
    }

    function test_CurrentValue_UsesSnapshottedRate() public {
        vm.prank(admin);
        registry.setModel(D.H100, 10_000, true);
        vm.warp(block.timestamp + 73 days);
        assertEq(registry.currentValue(id), 1_920_000e18, "still 20% a year");
    }

    function test_RevertWhen_CurrentValueTitleNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 42));
        registry.currentValue(42);
    }
}
