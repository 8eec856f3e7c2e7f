// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AID} from "../../../src/AID.sol";
import {IAID} from "../../../src/interfaces/IAID.sol";
import {LeanERC20} from "../../../src/tokens/LeanERC20.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {LeanERC20_Shared_Test} from "../shared/LeanERC20.shared.t.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract AID_Unit_Test is LeanERC20_Shared_Test {
    function _token() internal view override returns (LeanERC20) {
        return LeanERC20(address(aid));
    }

    function _give(address account) internal override {
        _mintAid(account, BALANCE / Defaults.USDC_TO_AID);
    }

    /*//////////////////////////////////////////////////////////////
                                METADATA
    //////////////////////////////////////////////////////////////*/

    function test_Metadata() public view {
        assertEq(AID(address(aid)).name(), "AID Dollar");
        assertEq(AID(address(aid)).symbol(), "AID");
        assertEq(AID(address(aid)).decimals(), 18);
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            AID(address(aid)).eip712Domain();
        assertEq(name, "AID Dollar");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(aid));
    }

    function test_Constructor_FixesMinterAndSavings() public view {
        assertEq(aid.minter(), address(minter));
        assertEq(aid.savings(), address(vault));
    }

    /*//////////////////////////////////////////////////////////////
                               MINT, BURN
    //////////////////////////////////////////////////////////////*/

    function test_Mint_CreatesSupplyAndReturnsIt() public {
        uint256 supplyBefore = aid.totalSupply();
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(address(0), bob, Defaults.MINT_AID);
        vm.prank(address(minter));
        uint256 newSupply = aid.mint(bob, Defaults.MINT_AID);
        assertEq(newSupply, supplyBefore + Defaults.MINT_AID);
        assertEq(aid.totalSupply(), newSupply);
        assertEq(aid.balanceOf(bob), Defaults.MINT_AID);
    }

    function test_Burn_DestroysSupplyWithoutAllowance() public {
        uint256 supplyBefore = aid.totalSupply();
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(alice, address(0), Defaults.REDEEM_AID);
        vm.prank(address(minter));
        aid.burn(alice, Defaults.REDEEM_AID);
        assertEq(aid.balanceOf(alice), BALANCE - Defaults.REDEEM_AID);
        assertEq(aid.totalSupply(), supplyBefore - Defaults.REDEEM_AID);
    }

    function test_RevertWhen_MintOverflowsSupply() public {
        vm.expectRevert();
        vm.prank(address(minter));
        aid.mint(bob, type(uint256).max);
    }

    function test_RevertWhen_BurnExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, BALANCE, BALANCE + 1)
        );
        vm.prank(address(minter));
        aid.burn(alice, BALANCE + 1);
    }

    function testFuzz_RevertWhen_CallerNotMinter(address caller, address to, uint256 amount) public {
        if (caller == address(minter)) caller = eve;
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, caller, address(minter)));
        vm.prank(caller);
        aid.mint(to, amount);

        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, caller, address(minter)));
        vm.prank(caller);
        aid.burn(to, amount);
    }

    /*//////////////////////////////////////////////////////////////
                              SAVINGS PULL
    //////////////////////////////////////////////////////////////*/

    function test_SavingsPull_MovesWithoutAllowanceAndReturnsNewBalance() public {
        assertEq(aid.allowance(alice, address(vault)), 0);
        vm.expectEmit(address(aid));
        emit IERC20.Transfer(alice, bob, Defaults.TRANSFER_AID);
        vm.prank(address(vault));
        uint256 toBalance = aid.savingsPull(alice, bob, Defaults.TRANSFER_AID);
        assertEq(toBalance, Defaults.TRANSFER_AID);
        assertEq(aid.balanceOf(alice), BALANCE - Defaults.TRANSFER_AID);
    }

    function testFuzz_RevertWhen_SavingsPullCallerNotSavings(address caller) public {
        if (caller == address(vault)) caller = eve;
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotSavings.selector, caller, address(vault)));
        vm.prank(caller);
        aid.savingsPull(alice, caller, 1);
    }

    function test_RevertWhen_SavingsPullExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, BALANCE, BALANCE + 1)
        );
        vm.prank(address(vault));
        aid.savingsPull(alice, bob, BALANCE + 1);
    }
}
