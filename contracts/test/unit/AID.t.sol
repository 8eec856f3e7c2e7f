// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AID} from "../../src/AID.sol";
import {IAID} from "../../src/interfaces/IAID.sol";
import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

contract AID_Unit_Test is Base_Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function setUp() public override {
        super.setUp();
        _mintAid(alice, Defaults.MINT_USDC);
    }

    /*//////////////////////////////////////////////////////////////
                                METADATA
    //////////////////////////////////////////////////////////////*/

    function test_Name_ReturnsAidDollar() public view {
        assertEq(AID(address(aid)).name(), "AID Dollar");
    }

    function test_Symbol_ReturnsAid() public view {
        assertEq(AID(address(aid)).symbol(), "AID");
    }

    function test_Decimals_Returns18() public view {
        assertEq(AID(address(aid)).decimals(), 18);
    }

    function test_Eip712Domain_NamesAidDollarVersion1() public view {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            AID(address(aid)).eip712Domain();
        assertEq(name, "AID Dollar");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(aid));
    }

    /*//////////////////////////////////////////////////////////////
                                 MINTER
    //////////////////////////////////////////////////////////////*/

    function test_Minter_ReturnsDeployingMinter() public view {
        assertEq(aid.minter(), address(minter));
    }

    function test_Minter_IsImmutable() public view {
        // An immutable lives in the runtime code, not in storage: the minter's address must appear in the code
        // and in none of the token's first storage slots (OZ ERC20/EIP712 state lives there).
        assertTrue(_codeContains(address(aid).code, abi.encodePacked(address(minter))), "minter not in code");
        for (uint256 slot; slot < 16; ++slot) {
            bytes32 value = vm.load(address(aid), bytes32(slot));
            assertNotEq(address(uint160(uint256(value))), address(minter), "minter found in storage");
        }
    }

    /*//////////////////////////////////////////////////////////////
                               MINT, BURN
    //////////////////////////////////////////////////////////////*/

    function test_Mint_CreatesSupplyForReceiver() public {
        uint256 supplyBefore = aid.totalSupply();
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(address(0), bob, Defaults.MINT_AID);
        vm.prank(address(minter));
        aid.mint(bob, Defaults.MINT_AID);
        assertEq(aid.balanceOf(bob), Defaults.MINT_AID);
        assertEq(aid.totalSupply(), supplyBefore + Defaults.MINT_AID);
    }

    function test_Burn_DestroysSupplyWithoutAllowance() public {
        uint256 supplyBefore = aid.totalSupply();
        assertEq(aid.allowance(alice, address(minter)), 0);
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(alice, address(0), Defaults.REDEEM_AID);
        vm.prank(address(minter));
        aid.burn(alice, Defaults.REDEEM_AID);
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - Defaults.REDEEM_AID);
        assertEq(aid.totalSupply(), supplyBefore - Defaults.REDEEM_AID);
    }

    function test_RevertWhen_MintCallerNotMinter() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, eve, address(minter)));
        vm.prank(eve);
        aid.mint(eve, Defaults.MINT_AID);
    }

    function test_RevertWhen_BurnCallerNotMinter() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, eve, address(minter)));
        vm.prank(eve);
        aid.burn(alice, Defaults.REDEEM_AID);
    }

    function testFuzz_RevertWhen_CallerNotMinter(address caller, address to, uint256 amount) public {
        // Every caller but the minter must be refused; remap the one address that is allowed.
        if (caller == address(minter)) caller = eve;
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, caller, address(minter)));
        vm.prank(caller);
        aid.mint(to, amount);

        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, caller, address(minter)));
        vm.prank(caller);
        aid.burn(to, amount);
    }

    function test_RevertWhen_BurnExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientBalance.selector, alice, Defaults.MINT_AID, Defaults.MINT_AID + 1
            )
        );
        vm.prank(address(minter));
        aid.burn(alice, Defaults.MINT_AID + 1);
    }

    /*//////////////////////////////////////////////////////////////
                               TRANSFERS
    //////////////////////////////////////////////////////////////*/

    function test_Transfer_MovesBalance() public {
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(alice, bob, Defaults.TRANSFER_AID);
        vm.prank(alice);
        assertTrue(aid.transfer(bob, Defaults.TRANSFER_AID));
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - Defaults.TRANSFER_AID);
        assertEq(aid.balanceOf(bob), Defaults.TRANSFER_AID);
        assertEq(aid.totalSupply(), Defaults.MINT_AID);
    }

    function test_TransferFrom_SpendsAllowance() public {
        vm.prank(alice);
        aid.approve(bob, Defaults.TRANSFER_AID);
        vm.prank(bob);
        assertTrue(aid.transferFrom(alice, eve, Defaults.TRANSFER_AID));
        assertEq(aid.balanceOf(eve), Defaults.TRANSFER_AID);
        assertEq(aid.allowance(alice, bob), 0);
    }

    function test_RevertWhen_TransferExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientBalance.selector, alice, Defaults.MINT_AID, Defaults.MINT_AID + 1
            )
        );
        vm.prank(alice);
        aid.transfer(bob, Defaults.MINT_AID + 1);
    }

    function test_RevertWhen_TransferToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        aid.transfer(address(0), Defaults.TRANSFER_AID);
    }

    function test_RevertWhen_TransferFromExceedsAllowance() public {
        vm.prank(alice);
        aid.approve(bob, Defaults.TRANSFER_AID - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, bob, Defaults.TRANSFER_AID - 1, Defaults.TRANSFER_AID
            )
        );
        vm.prank(bob);
        aid.transferFrom(alice, bob, Defaults.TRANSFER_AID);
    }

    /*//////////////////////////////////////////////////////////////
                                 PERMIT
    //////////////////////////////////////////////////////////////*/

    function test_Permit_SetsAllowanceFromSignature() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);

        vm.expectEmit(address(aid));
        emit IERC20.Approval(alice, bob, Defaults.TRANSFER_AID);
        // Anyone may submit the signature: here eve relays it.
        vm.prank(eve);
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);

        assertEq(aid.allowance(alice, bob), Defaults.TRANSFER_AID);
        assertEq(aid.nonces(alice), 1);

        vm.prank(bob);
        aid.transferFrom(alice, bob, Defaults.TRANSFER_AID);
        assertEq(aid.balanceOf(bob), Defaults.TRANSFER_AID);
    }

    function test_Permit_AcceptsSignatureAtDeadline() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        vm.warp(deadline);
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        assertEq(aid.allowance(alice, bob), Defaults.TRANSFER_AID);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);

        // The nonce has moved to 1, so the same signature now recovers to some unrelated address.
        address recovered = ecrecover(_permitDigest(alice, bob, Defaults.TRANSFER_AID, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, alice));
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnotherKey() public {
        (address mallory, uint256 malloryPk) = makeAddrAndKey("mallory");
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(malloryPk, alice, eve, Defaults.MINT_AID, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, mallory, alice));
        aid.permit(alice, eve, Defaults.MINT_AID, deadline, v, r, s);
    }

    function test_RevertWhen_PermitValueAltered() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(alicePk, alice, bob, Defaults.TRANSFER_AID, 0, deadline);
        address recovered = ecrecover(_permitDigest(alice, bob, Defaults.MINT_AID, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, alice));
        aid.permit(alice, bob, Defaults.MINT_AID, deadline, v, r, s);
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
        return keccak256(abi.encodePacked("\x19\x01", aid.DOMAIN_SEPARATOR(), structHash));
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

    function _codeContains(bytes memory code, bytes memory needle) internal pure returns (bool) {
        if (needle.length > code.length) return false;
        for (uint256 i; i <= code.length - needle.length; ++i) {
            bool found = true;
            for (uint256 j; j < needle.length; ++j) {
                if (code[i + j] != needle[j]) {
                    found = false;
                    break;
                }
            }
            if (found) return true;
        }
        return false;
    }
}
