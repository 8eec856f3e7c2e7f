// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice Rounding favours the vault; the first-depositor and reward-sandwich attacks do not pay; the share price
/// only falls on a recognised loss.
contract StakedAID_Fuzz_Test is Base_Test {
    uint256 internal constant MAX_ASSETS = 1e9 * 1e18; // a billion AID

    /// @dev `actor` exits with `shares` through the whole queue; returns the AID received.
    function _exit(address actor, uint256 shares) internal returns (uint256 assets) {
        uint256 id = _request(actor, shares);
        _skip(vault.vaultState().cooldown);
        vault.processRedemptions(type(uint256).max);
        assertEq(vault.pendingRedeemRequest(id, actor), 0);
        assets = _claim(actor, actor);
    }

    function _giveAid(address actor, uint256 amount) internal {
        deal(address(aid), actor, aid.balanceOf(actor) + amount);
    }

    /// @dev `actor` stakes `assets` AID dealt to it (beyond the faucet's limits).
    function _stakeDealt(address actor, uint256 assets) internal returns (uint256 shares) {
        _giveAid(actor, assets);
        vm.prank(actor);
        shares = vault.deposit(assets, actor);
    }

    /// @dev A price above 1: harvested yield, vested.
    function _growPrice(uint256 usdcAmount) internal {
        vm.prank(carol);
        usdc.transfer(address(minter), usdcAmount);
        if (minter.harvestable() != 0) minter.harvest();
        _skip(Defaults.VESTING);
    }

    function testFuzz_DepositThenExit_NeverReturnsMore(uint256 seed, uint256 assets, uint256 growth) public {
        _stakeDealt(alice, bound(seed, 2e6, MAX_ASSETS));
        _growPrice(bound(growth, 2e6, 1_000_000e6));
        assets = bound(assets, 1, 1e26);
        _giveAid(bob, assets);
        if (vault.previewDeposit(assets) == 0) return;
        vm.prank(bob);
        uint256 shares = vault.deposit(assets, bob);
        assertLe(vault.convertToAssets(shares), assets, "shares worth more than paid");
        assertLe(_exit(bob, shares), assets, "round trip returned more");
    }

    function testFuzz_MintThenExit_NeverReturnsMore(uint256 seed, uint256 shares, uint256 growth) public {
        _stakeDealt(alice, bound(seed, 2e6, MAX_ASSETS));
        _growPrice(bound(growth, 2e6, 1_000_000e6));
        shares = bound(shares, 1, 1e26);
        uint256 assets = vault.previewMint(shares);
        _giveAid(bob, assets);
        vm.prank(bob);
        assertEq(vault.mint(shares, bob), assets);
        assertGe(assets, vault.convertToAssets(shares), "paid less than the shares are worth");
        assertLe(_exit(bob, shares), assets);
    }

    function testFuzz_Previews_MatchActions(uint256 assets, uint256 growth) public {
        _stake(alice, 1000e18);
        _growPrice(bound(growth, 2e6, 1_000_000e6));
        assets = bound(assets, 1, MAX_ASSETS);
        _giveAid(bob, 2 * assets + 1e30);
        uint256 preview = vault.previewDeposit(assets);
        if (preview == 0) return;
        vm.prank(bob);
        assertEq(vault.deposit(assets, bob), preview);
        uint256 assetsForShares = vault.previewMint(preview);
        vm.prank(bob);
        assertEq(vault.mint(preview, bob), assetsForShares);
        assertLe(assetsForShares, assets + 1, "minting the same shares costs no more than the deposit, up to rounding");
    }

    /// @dev SECURITY.md 5.7: the attacker seeds 1 wei (or rather the minimum) to 1 USDC-equivalent, donates up to
    /// 1e12 AID to the silo, a victim deposits; the attacker never ends with more than it put in.
    function testFuzz_DonationAttack_AttackerNeverProfits(uint256 seed, uint256 donation, uint256 victimAssets) public {
        vm.prank(admin);
        vault.setCooldown(0);
        address attacker = makeAddr("attacker");
        seed = bound(seed, 1e6 + 1, 1e18);
        donation = bound(donation, 1, 1e12 * 1e18);
        victimAssets = bound(victimAssets, 1, 1e12 * 1e18);
        _giveAid(attacker, seed + donation);
        vm.startPrank(attacker);
        uint256 shares = vault.deposit(seed, attacker);
        aid.transfer(vault.vaultState().silo, donation);
        vm.stopPrank();

        _giveAid(bob, victimAssets);
        if (vault.previewDeposit(victimAssets) == 0) {
            vm.expectRevert(abi.encodeWithSelector(IStakedAID.ZeroShares.selector, victimAssets));
            vm.prank(bob);
            vault.deposit(victimAssets, bob);
        } else {
            vm.prank(bob);
            vault.deposit(victimAssets, bob);
        }
        assertLe(_exit(attacker, shares), seed + donation, "attacker profited");
    }

    /// @dev SECURITY.md 5.9: depositing just before a harvest and leaving `t` later earns at most the position's
    /// pro-rata share of the part of the reward vested by then.
    function testFuzz_RewardSandwich_EarnsOnlyVestedShare(uint256 deposit, uint256 reward, uint256 t) public {
        vm.prank(admin);
        vault.setCooldown(0);
        _stake(alice, 10_000e18);
        deposit = bound(deposit, 1e18, 1e26);
        reward = bound(reward, 2e6, 1_000_000e6);
        t = bound(t, 0, 2 * Defaults.VESTING);
        _giveAid(bob, deposit);
        vm.prank(bob);
        uint256 shares = vault.deposit(deposit, bob);
        uint256 totalBefore = vault.totalAssets();

        vm.prank(carol);
        usdc.transfer(address(minter), reward);
        (uint256 toSavings,) = minter.harvest();
        vm.warp(block.timestamp + t);
        uint256 vested = t >= Defaults.VESTING ? toSavings : toSavings * t / Defaults.VESTING;
        uint256 fairShare = vested * deposit / totalBefore + 1;

        _request(bob, shares);
        vault.processRedemptions(1);
        uint256 out = _claim(bob, bob);
        assertLe(out, deposit + fairShare, "earned more than its vested share");
    }

    /// @dev SECURITY.md 5.8: the price never falls across deposits, mints, exits, transfers, income and time.
    function testFuzz_SharePrice_NeverDecreasesWithoutALoss(uint256 seed) public {
        _stakeDealt(alice, 1000e18);
        _connectLoanManager();
        _openLoan(500e18);
        address[3] memory actors = [alice, bob, dave];
        uint256 price = vault.convertToAssets(1e18);
        for (uint256 i; i < 20; ++i) {
            uint256 word = uint256(keccak256(abi.encode(seed, i)));
            address actor = actors[word % 3];
            uint256 amount = bound(word >> 8, 1e6, 100e18);
            uint256 op = (word >> 4) % 7;
            if (op == 0) {
                _giveAid(actor, amount);
                if (vault.previewDeposit(amount) != 0) {
                    vm.prank(actor);
                    vault.deposit(amount, actor);
                }
            } else if (op == 1) {
                uint256 bal = vault.balanceOf(actor);
                if (bal != 0) _request(actor, bound(amount, 1, bal));
            } else if (op == 2) {
                vault.processRedemptions(3);
            } else if (op == 3) {
                _skip(bound(word >> 100, 1, 5 days));
            } else if (op == 4) {
                _growPrice(bound(word >> 100, 2e6, 100e6));
            } else if (op == 5) {
                uint256 bal = vault.balanceOf(actor);
                vm.prank(actor);
                vault.transfer(actors[(word >> 50) % 3], bound(amount, 0, bal));
            } else {
                uint256 mintShares = bound(amount, 1, 50e18);
                _giveAid(actor, vault.previewMint(mintShares));
                vm.prank(actor);
                vault.mint(mintShares, actor);
            }
            uint256 next = vault.convertToAssets(1e18);
            assertGe(next, price, "share price fell without a loss");
            price = next;
        }
    }
}
