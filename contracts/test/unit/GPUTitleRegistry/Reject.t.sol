// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";

contract Reject_Unit_Test is TitleBase_Test {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _submit(alice, 1);
    }

    function test_Reject_MarksRejectedWithReason() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleRejected(id, appraiser, IGPUTitleRegistry.RejectionReason.CustodyUnverified);
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.CustodyUnverified);

        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Rejected));
        assertEq(uint8(t.rejectionReason), uint8(IGPUTitleRegistry.RejectionReason.CustodyUnverified));
        assertEq(t.currentValue, 0);
        assertEq(registry.ownerOf(id), alice, "the owner keeps it and may withdraw it");
    }

    function test_RevertWhen_RejectCallerNotAppraiser() public {
        _expectUnauthorized(eve, registry.APPRAISER_ROLE());
        vm.prank(eve);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.Other);
    }

    function test_RevertWhen_RejectReasonNone() public {
        vm.expectRevert(IGPUTitleRegistry.InvalidRejectionReason.selector);
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.None);
    }

    function test_RevertWhen_RejectReasonOutOfRange() public {
        vm.prank(appraiser);
        (bool ok,) = address(registry).call(abi.encodeWithSelector(registry.reject.selector, id, uint256(7)));
        assertFalse(ok, "an undefined reason code is refused by the ABI decoder");
    }

    function test_RevertWhen_RejectNotPending() public {
        _appraise(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.Other);
    }

    function test_RevertWhen_RejectTitleNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 0));
        vm.prank(appraiser);
        registry.reject(0, IGPUTitleRegistry.RejectionReason.Other);
    }
}
