// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StakedAID} from "../../../src/StakedAID.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

/// @notice The constructor, totalAssets and the ERC-4626 views, including the disabled synchronous exits.
contract StakedAID_Views_Unit_Test is Base_Test {
    function test_Constructor_Defaults() public view {
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(vault.asset(), address(aid));
        assertEq(s.minter, address(minter));
        assertEq(s.cooldown, Defaults.COOLDOWN);
        assertEq(s.utilisationCapBps, Defaults.UTILISATION_CAP_BPS);
        assertEq(s.nextRequestId, 1);
        assertEq(s.queueHead, 1);
        assertEq(s.loanManager, address(0));
        assertFalse(s.depositPaused);
        assertFalse(s.borrowPaused);
        assertEq(s.totalAssets, 0);
        assertEq(vault.admin(), admin);
        assertEq(vault.guardian(), guardian);
    }

    function test_RevertWhen_ConstructorAidNamesAnotherVault() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.AidSavingsMismatch.selector, _nextAddress(), address(vault)));
        new StakedAID(aid, admin, guardian);
    }

    function test_TotalAssets_IdleMinusUnvestedPlusBook() public {
        _stake(alice, Defaults.MINT_AID);
        _connectLoanManager();
        _openLoan(Defaults.LOAN_AID);
        assertEq(vault.totalAssets(), Defaults.MINT_AID, "a draw moves idle into the book");
        _skip(1 days);
        uint256 interest = Defaults.LOAN_RATE_PER_SECOND * (1 days);
        assertEq(vault.totalAssets(), Defaults.MINT_AID + interest, "interest accrues per second");
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.idleAssets, Defaults.MINT_AID - Defaults.LOAN_AID);
        assertEq(s.bookValue, Defaults.LOAN_AID + interest);
        assertEq(s.utilisationBps, s.bookValue * Defaults.BPS / s.totalAssets);
    }

    function test_TotalAssets_DirectDonationToSiloCountsAtOnce() public {
        _stake(alice, Defaults.MINT_AID);
        address silo = vault.vaultState().silo;
        _mintAid(bob, 10e6);
        vm.prank(bob);
        aid.transfer(silo, 10e18);
        assertEq(vault.totalAssets(), Defaults.MINT_AID + 10e18);
    }

    function test_TotalAssets_DonationToVaultIsNotCounted() public {
        _stake(alice, Defaults.MINT_AID);
        _mintAid(bob, 10e6);
        vm.prank(bob);
        aid.transfer(address(vault), 10e18);
        assertEq(vault.totalAssets(), Defaults.MINT_AID, "the vault's own AID is the claims pot");
    }

    function test_ConvertRoundTrip_NeverGainsAssets() public {
        _stake(alice, Defaults.MINT_AID);
        vm.prank(carol);
        usdc.transfer(address(minter), 7e6);
        minter.harvest();
        _skip(Defaults.VESTING);
        uint256 shares = vault.convertToShares(123_456_789);
        assertLe(vault.convertToAssets(shares), 123_456_789);
    }

    /// @dev ERC-7540: the previews revert; `withdraw`/`redeem` only claim what was filled, never shares still held.
    function test_SynchronousExits_Disabled() public {
        _stake(alice, Defaults.MINT_AID);
        assertEq(vault.maxWithdraw(alice), 0);
        assertEq(vault.maxRedeem(alice), 0);
        vm.expectRevert(IStakedAID.SynchronousExitDisabled.selector);
        vault.previewWithdraw(1);
        vm.expectRevert(IStakedAID.SynchronousExitDisabled.selector);
        vault.previewRedeem(1);
        uint256 shares = vault.balanceOf(alice);
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExceedsClaimable.selector, 1, 0));
        vault.withdraw(1, alice, alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExceedsClaimable.selector, 1, 0));
        vault.redeem(1, alice, alice);
        vm.stopPrank();
        assertEq(vault.balanceOf(alice), shares);
    }

    function _nextAddress() internal view returns (address) {
        return vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
    }
}
