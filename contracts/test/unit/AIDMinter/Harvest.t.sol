// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract AIDMinter_Harvest_Unit_Test is Base_Test {
    function setUp() public override {
        super.setUp();
        _stake(alice, Defaults.STAKE_AID);
        minter.rebalance();
    }

    function test_Harvest_MintsTBillYieldToSavingsLessFee() public {
        _skip(365 days);
        uint256 surplus = minter.harvestable();
        assertGt(surplus, 0);
        uint256 fee = surplus * Defaults.HARVEST_FEE_BPS / Defaults.BPS;
        uint256 supplyBefore = aid.totalSupply();
        vm.expectEmit(address(minter));
        emit IAIDMinter.Harvested(eve, surplus - fee, fee, admin);
        vm.prank(eve);
        (uint256 toSavings, uint256 protocolFee) = minter.harvest();
        assertEq(toSavings + protocolFee, surplus);
        assertEq(protocolFee, fee);
        assertEq(aid.balanceOf(admin), fee, "fee recipient");
        assertEq(aid.totalSupply(), supplyBefore + surplus);
        assertEq(aid.balanceOf(address(minter)), 0, "minter keeps no AID");
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.unvestedIncome, toSavings, "vesting");
        assertEq(s.vestingEnd, block.timestamp + Defaults.VESTING);
        // The margin stays: reserve = supply + 1 AID.
        assertEq(minter.reserveUsdc() * Defaults.USDC_TO_AID, aid.totalSupply() + Defaults.HARVEST_MARGIN_AID);
    }

    function test_Harvest_YieldReachesStakersOnlyAsItVests() public {
        _skip(365 days);
        uint256 assetsBefore = vault.totalAssets();
        (uint256 toSavings,) = minter.harvest();
        assertEq(vault.totalAssets(), assetsBefore, "nothing counted at once");
        _skip(Defaults.VESTING / 2);
        assertApproxEqAbs(vault.totalAssets(), assetsBefore + toSavings / 2, 1);
        _skip(Defaults.VESTING);
        assertEq(vault.totalAssets(), assetsBefore + toSavings);
    }

    function test_Harvest_ZeroFeeSendsAllToSavings() public {
        vm.prank(admin);
        minter.setHarvestFee(0, admin);
        _skip(30 days);
        (uint256 toSavings, uint256 protocolFee) = minter.harvest();
        assertEq(protocolFee, 0);
        assertGt(toSavings, 0);
        assertEq(aid.balanceOf(admin), 0);
    }

    function test_Harvest_DonationBecomesSurplus() public {
        vm.prank(bob);
        usdc.transfer(address(minter), 11e6);
        (uint256 toSavings, uint256 protocolFee) = minter.harvest();
        assertEq(toSavings + protocolFee, 10e18);
        _assertBacked();
    }

    function test_RevertWhen_HarvestNothing() public {
        uint256 reserveAid = minter.reserveUsdc() * Defaults.USDC_TO_AID;
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.NothingToHarvest.selector, reserveAid, aid.totalSupply()));
        minter.harvest();
    }

    function test_RevertWhen_HarvestWithNoStakers() public {
        // A fresh system whose vault has no shares yet.
        (minter, vault) = _deploySystem(minter.usdc(), minter.tBillVault());
        aid = minter.aid();
        _fundAndApprove(bob);
        _mintAid(bob, Defaults.MINT_USDC);
        vm.prank(bob);
        usdc.transfer(address(minter), 10e6);
        vm.expectRevert(IAIDMinter.NoStakers.selector);
        minter.harvest();
    }

    function test_RevertWhen_HarvestWithOnlyDeadShares() public {
        vm.prank(admin);
        vault.setCooldown(0);
        uint256 id = _request(alice, vault.balanceOf(alice));
        vault.processRedemptions(1);
        assertEq(vault.pendingRedeemRequest(id, alice), 0);
        _claim(alice, alice);
        assertEq(vault.totalSupply(), Defaults.DEAD_SHARES);
        vm.prank(bob);
        usdc.transfer(address(minter), 10e6);
        vm.expectRevert(IAIDMinter.NoStakers.selector);
        minter.harvest();
    }
}
