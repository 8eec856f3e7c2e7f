// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice Named gas snapshots (contracts/snapshots/UserOperations_Gas_Test.json) for every user operation.
/// @dev Runs isolated: every call is its own transaction with cold access lists, and `snapshotGasLastCall` records
/// the receipt gas (21,000 intrinsic gas and calldata included, refunds deducted). That is how ../shared/GAS-PEERS.md
/// measured its anchors (LitePSM, Ethena, ...), so the figures compare directly. Each bound is about the measured
/// figure plus 10%, so a regression fails here before the committed snapshot drifts far.
/// Cases as in GAS-PEERS.md: "first user" is the first mint on a fresh minter, "new user" a first mint after others
/// have minted, "returning user" a holder minting again. Actors approved the minter for an unlimited amount in
/// `Base_Test`, except in the `exactApproval` case.
/// forge-config: default.isolate = true
contract UserOperations_Gas_Test is Base_Test {
    // Measured (isolated, receipt gas) in brackets; the LitePSM and USDe anchors from GAS-PEERS.md after them.
    uint256 internal constant MINT_FIRST_USER_MAX = 123_000; // [111,711] LitePSM 94,503
    uint256 internal constant MINT_NEW_USER_MAX = 85_500; // [77,511] LitePSM 77,403
    uint256 internal constant MINT_RETURNING_USER_MAX = 66_500; // [60,411] LitePSM 60,303
    uint256 internal constant MINT_EXACT_APPROVAL_MAX = 65_000; // [58,812]
    uint256 internal constant REDEEM_PARTIAL_MAX = 62_500; // [56,746] LitePSM 62,606
    uint256 internal constant REDEEM_WHOLE_BALANCE_MAX = 57_500; // [51,946] LitePSM 57,806
    uint256 internal constant TRANSFER_NEW_RECIPIENT_MAX = 57_000; // [51,483] USDe 51,405
    uint256 internal constant TRANSFER_EXISTING_RECIPIENT_MAX = 38_000; // [34,383] USDe 34,305
    uint256 internal constant PERMIT_MAX = 82_500; // [74,624]

    function test_Gas_MintFirstUser() public {
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
        assertLe(vm.snapshotGasLastCall("mint_firstUser"), MINT_FIRST_USER_MAX);
    }

    function test_Gas_MintNewUser() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(bob);
        minter.mint(Defaults.MINT_USDC, bob);
        assertLe(vm.snapshotGasLastCall("mint_newUser"), MINT_NEW_USER_MAX);
    }

    function test_Gas_MintReturningUser() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
        assertLe(vm.snapshotGasLastCall("mint_returningUser"), MINT_RETURNING_USER_MAX);
    }

    function test_Gas_MintReturningUserExactApproval() public {
        _mintAid(alice, Defaults.MINT_USDC);
        // The mint spends an exact approval to zero: the refund for clearing the slot outweighs the write.
        vm.prank(alice);
        usdc.approve(address(minter), Defaults.MINT_USDC);
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
        assertLe(vm.snapshotGasLastCall("mint_returningUser_exactApproval"), MINT_EXACT_APPROVAL_MAX);
    }

    function test_Gas_RedeemPartial() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, alice);
        assertLe(vm.snapshotGasLastCall("redeem_partial"), REDEEM_PARTIAL_MAX);
    }

    function test_Gas_RedeemWholeBalance() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _mintAid(bob, Defaults.MINT_USDC);
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
        assertLe(vm.snapshotGasLastCall("redeem_wholeBalance"), REDEEM_WHOLE_BALANCE_MAX);
    }

    function test_Gas_TransferNewRecipient() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        aid.transfer(eve, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("aid_transfer_newRecipient"), TRANSFER_NEW_RECIPIENT_MAX);
    }

    function test_Gas_TransferExistingRecipient() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _mintAid(bob, Defaults.MINT_USDC);
        vm.prank(alice);
        aid.transfer(bob, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("aid_transfer_existingRecipient"), TRANSFER_EXISTING_RECIPIENT_MAX);
    }

    function test_Gas_Permit() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                alice,
                bob,
                Defaults.TRANSFER_AID,
                aid.nonces(alice),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(alicePk, keccak256(abi.encodePacked("\x19\x01", aid.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(bob);
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        assertLe(vm.snapshotGasLastCall("aid_permit"), PERMIT_MAX);
    }
}
