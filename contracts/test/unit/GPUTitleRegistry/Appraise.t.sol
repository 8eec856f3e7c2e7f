// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";

contract Appraise_Unit_Test is TitleBase_Test {
    uint256 internal id;
    uint40 internal validUntil;

    function setUp() public override {
        super.setUp();
        id = _submit(alice, 1);
        validUntil = uint40(block.timestamp + D.APPRAISAL_VALIDITY);
    }

    function _appraiseExpectingRevert(uint256 titleId, uint96 value, uint40 until, bytes32 hash, bytes memory err)
        internal
    {
        vm.expectRevert(err);
        vm.prank(appraiser);
        registry.appraise(titleId, value, until, hash);
    }

    function test_Appraise_RecordsAppraisalAndVerifiesInsurance() public {
        _appraise(id);
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(t.appraisedValue, D.APPRAISED_VALUE);
        assertEq(t.appraisedAt, block.timestamp);
        assertEq(t.appraisalValidUntil, validUntil);
        assertEq(t.depreciationBps, D.RATE_BPS);
        assertEq(t.reportHash, D.REPORT_HASH);
        assertTrue(t.insuranceVerified);
        assertEq(t.insuranceVerifiedUntil, t.insurance.expiry);
        assertEq(t.currentValue, D.APPRAISED_VALUE);
    }

    function test_Appraise_EmitsTitleAppraised() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleAppraised(
            id,
            appraiser,
            D.APPRAISED_VALUE,
            validUntil,
            D.RATE_BPS,
            D.REPORT_HASH,
            uint40(block.timestamp + D.INSURANCE_TERM)
        );
        _appraise(id);
    }

    function test_Appraise_SnapshotsModelRate() public {
        _appraise(id);
        vm.prank(admin);
        registry.setModel(D.H100, 5000, true);
        assertEq(registry.title(id).depreciationBps, D.RATE_BPS, "existing appraisal keeps its rate");

        vm.warp(block.timestamp + 1 days);
        _appraise(id);
        assertEq(registry.title(id).depreciationBps, 5000, "a new appraisal takes the new rate");
    }

    function test_Appraise_ReappraisesAppraisedTitle() public {
        _appraise(id);
        vm.warp(block.timestamp + 30 days);
        vm.prank(appraiser);
        registry.appraise(id, 1_500_000e18, uint40(block.timestamp + 90 days), keccak256("report #2"));
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(t.appraisedValue, 1_500_000e18);
        assertEq(t.appraisedAt, block.timestamp);
        assertEq(t.currentValue, 1_500_000e18);
    }

    function test_Appraise_ReappraisesPledgedTitleKeepingStatus() public {
        _appraise(id);
        _pledge(id);
        vm.warp(block.timestamp + 150 days);
        vm.prank(appraiser);
        registry.appraise(id, 1_800_000e18, uint40(block.timestamp + 180 days), keccak256("report #2"));
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Pledged));
        assertEq(registry.currentValue(id), 1_800_000e18);
    }

    function test_Appraise_AcceptsValidityBounds() public {
        vm.prank(appraiser);
        registry.appraise(id, 1, uint40(block.timestamp + 1), D.REPORT_HASH);
        uint96 maxValue = uint96(registry.MAX_USD_VALUE());
        uint40 maxValidity = uint40(block.timestamp + registry.MAX_APPRAISAL_VALIDITY());
        vm.prank(appraiser);
        registry.appraise(id, maxValue, maxValidity, D.REPORT_HASH);
        assertEq(registry.currentValue(id), maxValue);
    }

    function test_RevertWhen_AppraiseCallerNotAppraiser() public {
        address[4] memory callers = [eve, admin, custodian, loanManager];
        for (uint256 i; i < callers.length; ++i) {
            _expectUnauthorized(callers[i], registry.APPRAISER_ROLE());
            vm.prank(callers[i]);
            registry.appraise(id, D.APPRAISED_VALUE, validUntil, D.REPORT_HASH);
        }
    }

    function test_RevertWhen_AppraiseValueZeroOrTooLarge() public {
        uint256 max = registry.MAX_USD_VALUE();
        _appraiseExpectingRevert(
            id,
            0,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, 0, max)
        );
        _appraiseExpectingRevert(
            id,
            uint96(max + 1),
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, max + 1, max)
        );
    }

    function test_RevertWhen_AppraiseValidityOutOfBounds() public {
        uint256 max = registry.MAX_APPRAISAL_VALIDITY();
        uint40[3] memory bad = [uint40(block.timestamp), uint40(block.timestamp - 1), uint40(block.timestamp + max + 1)];
        for (uint256 i; i < bad.length; ++i) {
            _appraiseExpectingRevert(
                id,
                D.APPRAISED_VALUE,
                bad[i],
                D.REPORT_HASH,
                abi.encodeWithSelector(
                    IGPUTitleRegistry.InvalidAppraisalValidity.selector, bad[i], block.timestamp, max
                )
            );
        }
    }

    function test_RevertWhen_AppraiseReportHashZero() public {
        _appraiseExpectingRevert(
            id, D.APPRAISED_VALUE, validUntil, 0, abi.encodeWithSelector(IGPUTitleRegistry.ZeroReportHash.selector)
        );
    }

    function test_RevertWhen_AppraiseInsuranceExpired() public {
        uint256 expiry = block.timestamp + D.INSURANCE_TERM;
        vm.warp(expiry);
        _appraiseExpectingRevert(
            id,
            D.APPRAISED_VALUE,
            uint40(block.timestamp + 1 days),
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.InsuranceExpired.selector, expiry, expiry)
        );
    }

    function test_RevertWhen_AppraiseTitleNotFound() public {
        _appraiseExpectingRevert(
            99,
            D.APPRAISED_VALUE,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 99)
        );
    }

    function test_RevertWhen_AppraiseStatusRejectedLiquidatingOrBurned() public {
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.Other);
        _appraiseExpectingRevert(
            id,
            D.APPRAISED_VALUE,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, id, IGPUTitleRegistry.Status.Rejected)
        );

        uint256 liquidating = _pledged(bob, 100);
        vm.prank(loanManager);
        registry.startLiquidation(liquidating);
        _appraiseExpectingRevert(
            liquidating,
            D.APPRAISED_VALUE,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(
                IGPUTitleRegistry.InvalidStatus.selector, liquidating, IGPUTitleRegistry.Status.Liquidating
            )
        );

        vm.prank(alice);
        registry.withdraw(id);
        _appraiseExpectingRevert(
            id,
            D.APPRAISED_VALUE,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, id, IGPUTitleRegistry.Status.Withdrawn)
        );
    }

    function test_RevertWhen_AppraiseRedemptionRequested() public {
        _appraise(id);
        vm.prank(alice);
        registry.requestRedemption(id);
        _appraiseExpectingRevert(
            id,
            D.APPRAISED_VALUE,
            validUntil,
            D.REPORT_HASH,
            abi.encodeWithSelector(
                IGPUTitleRegistry.InvalidStatus.selector, id, IGPUTitleRegistry.Status.RedemptionRequested
            )
        );
    }
}
