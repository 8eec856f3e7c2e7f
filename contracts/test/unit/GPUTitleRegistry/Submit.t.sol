// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {SerialNumbers} from "../../../src/libraries/SerialNumbers.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";

contract Submit_Unit_Test is TitleBase_Test {
    IGPUTitleRegistry.TitleInput internal input;

    function setUp() public override {
        super.setUp();
        input = _input(1);
    }

    function _submitExpectingRevert(bytes memory err) internal {
        vm.expectRevert(err);
        vm.prank(alice);
        registry.submit(input);
    }

    function test_Submit_MintsPendingTitleWithRecord() public {
        vm.prank(alice);
        uint256 id = registry.submit(input);

        assertEq(id, 1, "first id");
        assertEq(registry.lastTitleId(), 1);
        assertEq(registry.ownerOf(id), alice);
        assertEq(registry.balanceOf(alice), 1);
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Pending));
        assertEq(t.owner, alice);
        assertEq(t.pledgor, address(0));
        assertEq(t.modelId, D.H100);
        assertEq(t.modelName, "H100");
        assertEq(t.gpuCount, D.GPU_COUNT);
        assertEq(t.serialsCommitment, keccak256(abi.encodePacked(input.serials)));
        assertEq(t.dataCenter, D.DATA_CENTER);
        assertEq(t.dataCenterTier, D.TIER);
        assertEq(t.purchasePrice, D.PURCHASE_PRICE);
        assertEq(t.purchaseDate, block.timestamp - D.PURCHASE_AGE);
        assertEq(t.insurance.insurer, D.INSURER);
        assertEq(t.insurance.policyId, D.POLICY_ID);
        assertEq(t.insurance.coverage, D.COVERAGE);
        assertEq(t.insurance.expiry, block.timestamp + D.INSURANCE_TERM);
        assertFalse(t.insuranceVerified);
        assertEq(t.insuranceVerifiedUntil, 0);
        assertEq(t.appraisedValue, 0);
        assertEq(t.currentValue, 0);
        assertEq(uint8(t.rejectionReason), 0);
    }

    function test_Submit_RegistersEverySerial() public {
        vm.prank(alice);
        uint256 id = registry.submit(input);
        for (uint256 i; i < input.serials.length; ++i) {
            assertEq(registry.serialTitle(input.serials[i]), id);
        }
        assertEq(registry.serialTitle(_serial(999_999)), 0);
    }

    function test_Submit_EmitsTitleSubmittedWithSerials() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleSubmitted(1, alice, D.H100, keccak256(abi.encodePacked(input.serials)), input);
        vm.prank(alice);
        registry.submit(input);
    }

    function test_Submit_CommitmentMatchesView() public {
        vm.prank(alice);
        uint256 id = registry.submit(input);
        assertEq(registry.title(id).serialsCommitment, registry.serialsCommitment(input.serials));
    }

    function test_Submit_AcceptsMaximumGpuCount() public {
        uint16 max = uint16(registry.MAX_GPUS_PER_TITLE());
        input = _input(max, 1);
        vm.prank(alice);
        uint256 id = registry.submit(input);
        assertEq(registry.title(id).gpuCount, max);
    }

    function test_Submit_AcceptsSerialOfTitleThatWasBurned() public {
        uint256 first = _submit(alice, 1);
        vm.prank(alice);
        registry.withdraw(first);
        vm.prank(bob);
        uint256 second = registry.submit(input);
        assertEq(registry.serialTitle(input.serials[0]), second);
    }

    function test_Submit_AssignsIncreasingIds() public {
        assertEq(_submit(alice, 1), 1);
        assertEq(_submit(bob, 100), 2);
        assertEq(_submit(alice, 200), 3);
        assertEq(registry.balanceOf(alice), 2);
    }

    /*//////////////////////////////////////////////////////////////
                                REVERTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ModelUnknown() public {
        input.modelId = 6;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelNotAllowed.selector, 6));
        input.modelId = 0;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelNotAllowed.selector, 0));
    }

    function test_RevertWhen_ModelDisallowed() public {
        vm.prank(admin);
        registry.setModel(D.H100, D.RATE_BPS, false);
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelNotAllowed.selector, D.H100));
    }

    function test_RevertWhen_GpuCountZero() public {
        input.gpuCount = 0;
        input.serials = new bytes32[](0);
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.GpuCountOutOfBounds.selector, 0, 256));
    }

    function test_RevertWhen_GpuCountAboveMaximum() public {
        input = _input(257, 1);
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.GpuCountOutOfBounds.selector, 257, 256));
    }

    function test_RevertWhen_CountDoesNotMatchSerials() public {
        input.gpuCount = 9;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.SerialCountMismatch.selector, 9, 8));
        input.gpuCount = 7;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.SerialCountMismatch.selector, 7, 8));
    }

    function test_RevertWhen_SerialsDuplicated() public {
        input.serials[3] = input.serials[2];
        _submitExpectingRevert(abi.encodeWithSelector(SerialNumbers.DuplicateSerial.selector, 3, input.serials[2]));
    }

    function test_RevertWhen_SerialsNotSorted() public {
        (input.serials[3], input.serials[4]) = (input.serials[4], input.serials[3]);
        _submitExpectingRevert(
            abi.encodeWithSelector(SerialNumbers.SerialsNotSorted.selector, 4, input.serials[3], input.serials[4])
        );
    }

    /// @dev Only the canonical spelling is accepted: separators, lower case, leading zeros, spaces, padding gaps and
    /// the empty word each make a second spelling of a serial (the finding: three live titles for one GPU).
    function test_RevertWhen_SerialNotCanonical() public {
        input = _input(1, 1);
        bytes32[12] memory bad = [
            bytes32("1652-922004351"),
            bytes32("01652922004351"),
            bytes32("1652.922004351"),
            bytes32("1652/922004351"),
            bytes32("1652_922004351"),
            bytes32("sn000001"),
            bytes32("Sn000001"),
            bytes32(" SN1"),
            bytes32("SN 1"),
            bytes32("0"),
            bytes32(0),
            bytes32(abi.encodePacked("SN1", bytes1(0), "X"))
        ];
        for (uint256 i; i < bad.length; ++i) {
            input.serials[0] = bad[i];
            _submitExpectingRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerial.selector, 0, bad[i]));
        }
    }

    /// @dev Eve (attacker) cannot list a second spelling of the serial alice (victim) listed.
    function test_RevertWhen_SecondSpellingOfListedSerial() public {
        input = _input(1, 1);
        input.serials[0] = "1652922004351";
        vm.prank(alice);
        uint256 victims = registry.submit(input);

        input.serials[0] = "1652-922004351";
        vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerial.selector, 0, input.serials[0]));
        vm.prank(eve);
        registry.submit(input);
        input.serials[0] = "01652922004351";
        vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerial.selector, 0, input.serials[0]));
        vm.prank(eve);
        registry.submit(input);
        input.serials[0] = "1652922004351";
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.SerialAlreadyRegistered.selector, input.serials[0], victims)
        );
        vm.prank(eve);
        registry.submit(input);

        assertEq(registry.lastTitleId(), victims, "one title for the GPU");
        assertEq(registry.balanceOf(eve), 0);
    }

    function test_Submit_AcceptsCanonicalSerials() public {
        input = _input(3, 1);
        input.serials[0] = "1652922004351";
        input.serials[1] = "1652922004351000"; // zeros are fine anywhere but first
        input.serials[2] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        vm.prank(alice);
        uint256 id = registry.submit(input);
        assertEq(registry.serialTitle("1652922004351"), id);
        assertEq(registry.serialTitle("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"), id);
    }

    /// @dev Eve (attacker) lists alice's (victim's) serials; the appraiser rejects the listing: the serials are free
    /// at once, though eve still holds her rejected title, and alice lists her GPUs.
    function test_Submit_SerialsFreeAfterReject() public {
        uint256 squatted = _submit(eve, 1);
        assertEq(registry.serialTitle(_serial(1)), squatted, "eve's listing holds the serials");
        vm.prank(appraiser);
        registry.reject(squatted, IGPUTitleRegistry.RejectionReason.SerialsUnverified);
        assertEq(registry.serialTitle(_serial(1)), 0, "a rejected title holds no serial");
        assertEq(registry.ownerOf(squatted), eve, "eve keeps the rejected title");

        vm.prank(alice);
        uint256 victims = registry.submit(input);
        assertEq(registry.ownerOf(victims), alice);
        for (uint256 i; i < input.serials.length; ++i) {
            assertEq(registry.serialTitle(input.serials[i]), victims, "alice's title holds the serials");
        }
        assertEq(uint8(_status(squatted)), uint8(IGPUTitleRegistry.Status.Rejected), "eve's title stays rejected");

        // Eve's rejected title can only be withdrawn: burning it does not touch alice's serials.
        vm.prank(eve);
        registry.withdraw(squatted);
        assertEq(registry.serialTitle(_serial(1)), victims, "alice still holds them");
    }

    function test_RevertWhen_SerialInAnotherLiveTitle() public {
        _submit(bob, 5); // serials SN000005..SN000012 overlap SN000001..SN000008
        _submitExpectingRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.SerialAlreadyRegistered.selector, _serial(5), 1)
        );
    }

    function test_RevertWhen_TierInvalid() public {
        input.dataCenterTier = 0;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidTier.selector, 0));
        input.dataCenterTier = 5;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidTier.selector, 5));
    }

    function test_RevertWhen_PurchasePriceZeroOrTooLarge() public {
        uint256 max = registry.MAX_USD_VALUE();
        input.purchasePrice = 0;
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, 0, max));
        input.purchasePrice = uint96(max + 1);
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, max + 1, max));
    }

    function test_RevertWhen_PurchaseDateInFuture() public {
        input.purchaseDate = uint40(block.timestamp + 1);
        _submitExpectingRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidPurchaseDate.selector, block.timestamp + 1, block.timestamp)
        );
        input.purchaseDate = 0;
        _submitExpectingRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidPurchaseDate.selector, 0, block.timestamp)
        );
    }

    function test_RevertWhen_InsuranceExpired() public {
        input.insurance.expiry = uint40(block.timestamp);
        _submitExpectingRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InsuranceExpired.selector, block.timestamp, block.timestamp)
        );
    }

    function test_RevertWhen_InsuranceTermTooLong() public {
        uint256 max = block.timestamp + registry.MAX_INSURANCE_TERM();
        input.insurance.expiry = uint40(max + 1);
        _submitExpectingRevert(abi.encodeWithSelector(IGPUTitleRegistry.InsuranceTermTooLong.selector, max + 1, max));
    }

    function test_RevertWhen_CoverageZero() public {
        input.insurance.coverage = 0;
        _submitExpectingRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.UsdValueOutOfBounds.selector, 0, registry.MAX_USD_VALUE())
        );
    }

    function test_RevertWhen_TextInvalid() public {
        string[7] memory bad = [
            "",
            " Leading space",
            "Trailing space ",
            'Quote "',
            "Angle <b>",
            "AT&T",
            "This data centre name is far too long"
        ];
        for (uint256 i; i < bad.length; ++i) {
            input = _input(1);
            input.dataCenter = bad[i];
            _submitExpectingRevert(
                abi.encodeWithSelector(
                    IGPUTitleRegistry.InvalidText.selector, IGPUTitleRegistry.TextField.DataCenter, bad[i]
                )
            );
        }
        input = _input(1);
        input.insurance.insurer = "Back\\slash";
        _submitExpectingRevert(
            abi.encodeWithSelector(
                IGPUTitleRegistry.InvalidText.selector, IGPUTitleRegistry.TextField.Insurer, "Back\\slash"
            )
        );
        input = _input(1);
        input.insurance.policyId = "Tab\there";
        _submitExpectingRevert(
            abi.encodeWithSelector(
                IGPUTitleRegistry.InvalidText.selector, IGPUTitleRegistry.TextField.PolicyId, "Tab\there"
            )
        );
    }

    function test_Submit_AcceptsThirtyTwoByteText() public {
        input.dataCenter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        vm.prank(alice);
        uint256 id = registry.submit(input);
        assertEq(registry.title(id).dataCenter, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
    }
}
