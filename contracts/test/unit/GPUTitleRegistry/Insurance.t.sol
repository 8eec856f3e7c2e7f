// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";

/// @notice updateInsurance (by the holder) and verifyInsurance (by the appraiser).
contract Insurance_Unit_Test is TitleBase_Test {
    uint256 internal id;
    IGPUTitleRegistry.Insurance internal renewal;

    function setUp() public override {
        super.setUp();
        id = _appraised(alice, 1);
        renewal = IGPUTitleRegistry.Insurance({
            insurer: "Munich Re",
            policyId: "MR-77-1",
            coverage: 3_000_000e18,
            expiry: uint40(block.timestamp + 2 * D.INSURANCE_TERM)
        });
    }

    function test_UpdateInsurance_RecordsPolicyUnverified() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.InsuranceUpdated(id, alice, renewal);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);

        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(t.insurance.insurer, "Munich Re");
        assertEq(t.insurance.policyId, "MR-77-1");
        assertEq(t.insurance.coverage, 3_000_000e18);
        assertEq(t.insurance.expiry, renewal.expiry);
        assertFalse(t.insuranceVerified);
        assertEq(t.insuranceVerifiedUntil, block.timestamp + D.INSURANCE_TERM, "old verified cover still counts");
    }

    function test_UpdateInsurance_KeepsValueUntilVerifiedCoverEnds() public {
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        assertEq(registry.currentValue(id), D.APPRAISED_VALUE, "a renewal does not drop the value at once");

        // Re-appraise so the appraisal outlives the old policy, then let the old policy lapse.
        vm.warp(block.timestamp + D.INSURANCE_TERM - 100 days);
        vm.prank(appraiser);
        registry.appraise(id, D.APPRAISED_VALUE, uint40(block.timestamp + 200 days), D.REPORT_HASH);
        // appraise verified the renewal, so the cover now runs to the renewal's expiry.
        vm.warp(block.timestamp + 150 days);
        assertGt(registry.currentValue(id), 0);
    }

    function test_UpdateInsurance_UnverifiedRenewalLapsesWithOldCover() public {
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.warp(block.timestamp + D.INSURANCE_TERM);
        assertEq(registry.currentValue(id), 0, "old cover lapsed and the renewal was never verified");
    }

    function test_UpdateInsurance_ByPledgorWhilePledged() public {
        _pledge(id);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        assertEq(registry.title(id).insurance.policyId, "MR-77-1");
    }

    function test_UpdateInsurance_AllowedWhilePending() public {
        uint256 pending = _submit(bob, 100);
        vm.prank(bob);
        registry.updateInsurance(pending, renewal);
        assertEq(registry.title(pending).insurance.insurer, "Munich Re");
    }

    function test_RevertWhen_UpdateInsuranceNotHolder() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, alice));
        vm.prank(eve);
        registry.updateInsurance(id, renewal);
    }

    function test_RevertWhen_UpdateInsuranceByEscrowWhilePledged() public {
        _pledge(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, loanManager, alice));
        vm.prank(loanManager);
        registry.updateInsurance(id, renewal);
    }

    function test_RevertWhen_UpdateInsuranceExpiredOrZero() public {
        renewal.expiry = uint40(block.timestamp);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InsuranceExpired.selector, block.timestamp, block.timestamp)
        );
        vm.prank(alice);
        registry.updateInsurance(id, renewal);

        renewal.expiry = uint40(block.timestamp + 1);
        renewal.coverage = 0;
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, 0, registry.MAX_USD_VALUE())
        );
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
    }

    function test_RevertWhen_UpdateInsuranceTextInvalid() public {
        renewal.insurer = "";
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidText.selector, IGPUTitleRegistry.TextField.Insurer, "")
        );
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
    }

    function test_RevertWhen_UpdateInsuranceBurned() public {
        vm.prank(alice);
        registry.withdraw(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Withdrawn);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
    }

    function test_VerifyInsurance_VerifiesRenewal() public {
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.InsuranceVerified(id, appraiser, renewal.expiry);
        vm.prank(appraiser);
        registry.verifyInsurance(id);

        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertTrue(t.insuranceVerified);
        assertEq(t.insuranceVerifiedUntil, renewal.expiry);
    }

    function test_VerifyInsurance_WhilePledgedAndLiquidating() public {
        _pledge(id);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.prank(appraiser);
        registry.verifyInsurance(id);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        renewal.policyId = "MR-77-2";
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.prank(appraiser);
        registry.verifyInsurance(id);
        assertTrue(registry.title(id).insuranceVerified);
    }

    function test_RevertWhen_VerifyInsuranceCallerNotAppraiser() public {
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        _expectUnauthorized(alice, registry.APPRAISER_ROLE());
        vm.prank(alice);
        registry.verifyInsurance(id);
    }

    function test_RevertWhen_VerifyInsuranceAlreadyVerified() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InsuranceAlreadyVerified.selector, id));
        vm.prank(appraiser);
        registry.verifyInsurance(id);
    }

    function test_RevertWhen_VerifyInsuranceExpired() public {
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.warp(renewal.expiry);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InsuranceExpired.selector, renewal.expiry, renewal.expiry)
        );
        vm.prank(appraiser);
        registry.verifyInsurance(id);
    }

    function test_RevertWhen_VerifyInsurancePending() public {
        uint256 pending = _submit(bob, 100);
        _expectInvalidStatus(pending, IGPUTitleRegistry.Status.Pending);
        vm.prank(appraiser);
        registry.verifyInsurance(pending);
    }
}
