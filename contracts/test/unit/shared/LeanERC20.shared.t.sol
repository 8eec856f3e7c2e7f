// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LeanERC20} from "../../../src/tokens/LeanERC20.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice ERC-20 and ERC-2612 behaviour every LeanERC20 token (AID, sAID) must have. Concrete tests say which token
/// and how to give an account some of it.
abstract contract LeanERC20_Shared_Test is Base_Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    /// @dev secp256k1 group order; s above half of it is the malleable twin of a valid signature.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    LeanERC20 internal token;
    uint256 internal constant BALANCE = 1000e18;

    function _token() internal view virtual returns (LeanERC20);

    /// @dev Gives `account` exactly `BALANCE` more tokens through the protocol's own paths.
    function _give(address account) internal virtual;

    function setUp() public virtual override {
        super.setUp();
        token = _token();
        _give(alice);
    }

    /*//////////////////////////////////////////////////////////////
                               TRANSFERS
    //////////////////////////////////////////////////////////////*/

    function test_Transfer_MovesBalance() public {
        uint256 supply = token.totalSupply();
        uint256 aliceBefore = token.balanceOf(alice);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, Defaults.TRANSFER_AID);
        vm.prank(alice);
        assertTrue(token.transfer(bob, Defaults.TRANSFER_AID));
        assertEq(token.balanceOf(alice), aliceBefore - Defaults.TRANSFER_AID);
        assertEq(token.balanceOf(bob), Defaults.TRANSFER_AID);
        assertEq(token.totalSupply(), supply);
    }

    function test_Transfer_ZeroAmount() public {
        vm.prank(alice);
        assertTrue(token.transfer(bob, 0));
        assertEq(token.balanceOf(bob), 0);
    }

    function test_Transfer_ToSelf() public {
        uint256 before = token.balanceOf(alice);
        vm.prank(alice);
        token.transfer(alice, Defaults.TRANSFER_AID);
        assertEq(token.balanceOf(alice), before);
    }

    function test_RevertWhen_TransferExceedsBalance() public {
        uint256 balance = token.balanceOf(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, balance, balance + 1)
        );
        vm.prank(alice);
        token.transfer(bob, balance + 1);
    }

    function test_RevertWhen_TransferToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        token.transfer(address(0), Defaults.TRANSFER_AID);
    }

    function test_RevertWhen_TransferToTokenItself() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(token)));
        vm.prank(alice);
        token.transfer(address(token), Defaults.TRANSFER_AID);
    }

    function test_TransferFrom_SpendsAllowance() public {
        vm.prank(alice);
        token.approve(bob, Defaults.TRANSFER_AID);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, eve, Defaults.TRANSFER_AID);
        vm.prank(bob);
        assertTrue(token.transferFrom(alice, eve, Defaults.TRANSFER_AID));
        assertEq(token.balanceOf(eve), Defaults.TRANSFER_AID);
        assertEq(token.allowance(alice, bob), 0);
    }

    function test_TransferFrom_InfiniteAllowanceIsNotDecreased() public {
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.prank(bob);
        token.transferFrom(alice, eve, Defaults.TRANSFER_AID);
        assertEq(token.allowance(alice, bob), type(uint256).max);
    }

    function test_RevertWhen_TransferFromExceedsAllowance() public {
        vm.prank(alice);
        token.approve(bob, Defaults.TRANSFER_AID - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, bob, Defaults.TRANSFER_AID - 1, Defaults.TRANSFER_AID
            )
        );
        vm.prank(bob);
        token.transferFrom(alice, bob, Defaults.TRANSFER_AID);
    }

    function test_RevertWhen_TransferFromExceedsBalance() public {
        uint256 balance = token.balanceOf(alice);
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, balance, balance + 1)
        );
        vm.prank(bob);
        token.transferFrom(alice, bob, balance + 1);
    }

    function test_RevertWhen_TransferFromToZeroAddress() public {
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(bob);
        token.transferFrom(alice, address(0), 1);
    }

    function test_RevertWhen_TransferFromToTokenItself() public {
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(token)));
        vm.prank(bob);
        token.transferFrom(alice, address(token), 1);
    }

    function test_Approve_SetsAllowanceAndEmits() public {
        vm.expectEmit(address(token));
        emit IERC20.Approval(alice, bob, 7);
        vm.prank(alice);
        assertTrue(token.approve(bob, 7));
        assertEq(token.allowance(alice, bob), 7);
    }

    function test_RevertWhen_ApproveZeroSpender() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSpender.selector, address(0)));
        vm.prank(alice);
        token.approve(address(0), 7);
    }

    function testFuzz_Transfer_ConservesSupply(uint256 amount, uint256 recipientSeed) public {
        amount = bound(amount, 0, token.balanceOf(alice));
        address recipient = [bob, carol, dave, eve][recipientSeed % 4];
        uint256 supply = token.totalSupply();
        uint256 sum = token.balanceOf(alice) + token.balanceOf(recipient);
        vm.prank(alice);
        token.transfer(recipient, amount);
        assertEq(token.totalSupply(), supply);
        assertEq(token.balanceOf(alice) + token.balanceOf(recipient), sum);
    }

    /*//////////////////////////////////////////////////////////////
                                 PERMIT
    //////////////////////////////////////////////////////////////*/

    function test_Permit_SetsAllowanceFromSignature() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        vm.expectEmit(address(token));
        emit IERC20.Approval(alice, bob, Defaults.TRANSFER_AID);
        // Anyone may submit the signature: here eve relays it.
        vm.prank(eve);
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), Defaults.TRANSFER_AID);
        assertEq(token.nonces(alice), 1);
    }

    function test_Permit_AcceptsSignatureAtDeadline() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        vm.warp(deadline);
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), Defaults.TRANSFER_AID);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        // The nonce has moved to 1, so the same signature now recovers to some unrelated address.
        address recovered = ecrecover(_permitDigest(alice, bob, Defaults.TRANSFER_AID, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(LeanERC20.ERC2612InvalidSigner.selector, recovered, alice));
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(LeanERC20.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnotherKey() public {
        (address mallory, uint256 malloryPk) = makeAddrAndKey("mallory");
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(malloryPk, alice, eve, BALANCE, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(LeanERC20.ERC2612InvalidSigner.selector, mallory, alice));
        token.permit(alice, eve, BALANCE, deadline, v, r, s);
    }

    function test_RevertWhen_PermitHighS() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        // The malleable twin (r, n - s, flipped v) recovers the same signer; it must still be refused.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureS.selector, highS));
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, flippedV, r, highS);
    }

    function test_RevertWhen_PermitOwnerZeroAddress() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        // No signature can be made for owner 0: whatever a garbage signature recovers to, it is not address(0).
        vm.expectPartialRevert(LeanERC20.ERC2612InvalidSigner.selector);
        token.permit(address(0), bob, Defaults.TRANSFER_AID, deadline, 27, bytes32(uint256(1)), bytes32(uint256(2)));
    }

    function test_RevertWhen_PermitForAnotherChain() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        bytes32 domainBefore = token.DOMAIN_SEPARATOR();
        // After a fork the chain id changes: the domain separator is rebuilt and old signatures no longer match.
        vm.chainId(block.chainid + 1);
        assertNotEq(token.DOMAIN_SEPARATOR(), domainBefore, "domain rebuilt");
        vm.expectRevert();
        token.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function _signPermit(
        uint256 privateKey,
        address owner,
        address spender,
        uint256 value,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        return vm.sign(privateKey, _permitDigest(owner, spender, value, nonce, deadline));
    }
}
