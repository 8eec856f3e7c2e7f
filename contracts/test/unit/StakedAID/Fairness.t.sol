// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

/// @notice Issue 12's findings 3, 6 and 7 against the vault (with the mock loan manager where a book is needed):
/// the first deposit whatever is donated, deposits at the exact book and the expected T-bill yield, and income that
/// never delays income already vesting. Each test names the attacker and the victim and asserts both.
contract StakedAID_Fairness_Test is Base_Test {
    /*//////////////////////////////////////////////////////////////
                      FINDING 3: FIRST DEPOSIT
    //////////////////////////////////////////////////////////////*/

    /// @dev The review's attack: 0.9 AID sent to the silo before the first deposit made a 900,000 AID deposit worth
    /// one share. At zero supply shares are minted 1:1, so the donation only adds to what the depositor owns.
    function test_FirstDeposit_DonationBeforeItCostsTheDepositorNothing() public {
        _mintAid(eve, 1e6);
        uint256 eveBefore = aid.balanceOf(eve);
        _donate(eve, 0.9e18);
        uint256 shares = _stake(alice, 900_000e18);
        assertEq(shares, 900_000e18 - Defaults.DEAD_SHARES, "1:1, less the dead shares");
        assertGe(vault.convertToAssets(shares), 900_000e18, "victim: worth at least the deposit");
        assertEq(vault.balanceOf(eve), 0, "attacker: no shares");
        assertEq(eveBefore - aid.balanceOf(eve), 0.9e18, "attacker: the donation is lost");
    }

    /// @dev A 1 AID donation used to make every first deposit under about a million AID revert.
    function test_FirstDeposit_OneAidDonationDoesNotBlockDeposits() public {
        _mintAid(eve, 1e6);
        _donate(eve, 1e18);
        uint256 shares = _stake(alice, 1000e18);
        assertEq(shares, 1000e18 - Defaults.DEAD_SHARES);
        assertGe(vault.convertToAssets(shares), 1000e18);
    }

    function testFuzz_FirstDeposit_DonationNeverCostsTheDepositorMoreThanDust(uint256 donation, uint256 deposit)
        public
    {
        donation = bound(donation, 0, 900_000e18);
        deposit = bound(deposit, 1e12, 900_000e18);
        if (donation != 0) {
            deal(address(aid), eve, donation);
            _donate(eve, donation);
        }
        deal(address(aid), alice, deposit);
        vm.prank(alice);
        uint256 shares = vault.deposit(deposit, alice);
        // The dead shares' part of the deposit (a millionth of a millionth of an AID per AID) is all it can lose.
        assertGe(vault.convertToAssets(shares) + Defaults.DEAD_SHARES + 1, deposit, "victim: at most dust");
        // A later depositor pays the price the donation set, and loses no more than one share's worth either.
        deal(address(aid), bob, deposit);
        vm.prank(bob);
        uint256 bobShares = vault.deposit(deposit, bob);
        assertGe(vault.convertToAssets(bobShares) + vault.convertToAssets(1) + 1, deposit, "later: at most dust");
    }

    /// @dev A deposit whose price moves (here a donation lands between the preview and the deposit) reverts rather
    /// than give fewer shares than the depositor accepted; nothing moves.
    function test_RevertWhen_DepositBelowMinShares() public {
        _stake(bob, 1000e18);
        uint256 expected = vault.previewDeposit(500e18);
        uint256 aliceAid = _priceMovesBeforeAliceActs(500e6);
        vm.expectPartialRevert(IStakedAID.SharesBelowMinimum.selector);
        vm.prank(alice);
        vault.deposit(500e18, alice, expected);
        assertEq(aid.balanceOf(alice), aliceAid, "victim: nothing taken");
        vm.prank(alice);
        assertGe(vault.deposit(500e18, alice, 0), 1);
    }

    function test_RevertWhen_MintAboveMaxAssets() public {
        _stake(bob, 1000e18);
        uint256 cost = vault.previewMint(100e18);
        uint256 aliceAid = _priceMovesBeforeAliceActs(20_000e6);
        vm.expectPartialRevert(IStakedAID.AssetsAboveMaximum.selector);
        vm.prank(alice);
        vault.mint(100e18, alice, cost);
        assertEq(aid.balanceOf(alice), aliceAid, "victim: nothing taken");
    }

    /// @dev Eve's donation of 100,000 AID lands after Alice's preview; Alice has minted `aliceUsdc` worth of AID.
    /// Returns Alice's AID balance.
    function _priceMovesBeforeAliceActs(uint256 aliceUsdc) internal returns (uint256) {
        _mintAid(eve, 100_000e6);
        _donate(eve, 100_000e18);
        _mintAid(alice, aliceUsdc);
        return aid.balanceOf(alice);
    }

    /*//////////////////////////////////////////////////////////////
                    FINDING 6: STALE BOOK AND HARVEST
    //////////////////////////////////////////////////////////////*/

    /// @dev The vault's cached book stops growing at its accrual end while loans with later deadlines still accrue.
    /// Eve deposits in that window, before anyone refreshes: she is priced at the exact book, so the refresh hands her
    /// none of the interest that accrued before she came, and Alice keeps all of it.
    function test_Deposit_PricedAtExactBookAfterAccrualEnd() public {
        _stake(alice, Defaults.MINT_AID);
        _connectLoanManager();
        _openLoan(Defaults.LOAN_AID); // accrues for 30 days in the vault's cache
        loanManager.setAccrual(Defaults.LOAN_RATE_PER_SECOND, block.timestamp + 90 days); // the book goes on
        _skip(60 days);
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 aliceFair = vault.convertToAssets(aliceShares);
        assertApproxEqAbs(
            aliceFair,
            Defaults.MINT_AID + Defaults.LOAN_RATE_PER_SECOND * 60 days,
            1e9,
            "alice owns 60 days of interest"
        );

        uint256 eveShares = _stake(eve, Defaults.MINT_AID);
        vault.refreshBook();
        assertLe(vault.convertToAssets(eveShares), Defaults.MINT_AID, "attacker: nothing from before she came");
        assertGe(vault.convertToAssets(aliceShares) + 1, aliceFair, "victim: keeps the interest");
    }

    /// @dev Eve deposits the second before a harvest. Deposits pay for the T-bill yield expected since the last
    /// harvest (its rate times the time since), so the harvest's yield, which accrued before she came, stays with
    /// Alice.
    function test_Deposit_PaysForYieldExpectedSinceLastHarvest() public {
        _stake(alice, Defaults.MINT_AID);
        _harvestAfter(0, 10e6); // the first harvest starts the clock
        _harvestAfter(1 days, 10e6); // sets the rate: 9 AID a day after the fee
        _skip(1 days - 1);
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 aliceBefore = vault.convertToAssets(aliceShares);
        assertApproxEqRel(vault.vaultState().expectedYield, 9e18, 1e14, "a day of yield expected");

        uint256 eveShares = _stake(eve, Defaults.MINT_AID);
        _harvestAfter(1, 10e6);
        _skip(Defaults.VESTING);
        assertLe(vault.convertToAssets(eveShares), Defaults.MINT_AID + 1e14, "attacker: a second's yield at most");
        assertGe(vault.convertToAssets(aliceShares), aliceBefore + 9e18 - 1e14, "victim: the day's yield is hers");
    }

    /*//////////////////////////////////////////////////////////////
                     FINDING 7: VESTING RESTART
    //////////////////////////////////////////////////////////////*/

    /// @dev The review's attack: hourly dust harvests (anyone may harvest) restarted the vesting of everything still
    /// vesting, keeping a third of a large income unvested. Now income already vesting keeps its pace: the loan
    /// manager's 100 AID is fully vested 8 hours after it came, and the dust vests within its own 8 hours.
    function test_Income_DustHarvestsNeverDelayEarlierIncome() public {
        _stake(alice, Defaults.MINT_AID);
        _connectLoanManager();
        _fundLoanManager(100e18);
        uint256 before = vault.totalAssets();
        loanManager.payIncome(100e18);
        uint256 start = block.timestamp;
        uint256 dust;
        for (uint256 i = 1; i < 8; ++i) {
            vm.warp(start + i * 1 hours);
            dust += _harvestNow(2e6); // eve donates 2 USDC and harvests
        }
        vm.warp(start + Defaults.VESTING);
        assertLe(vault.vaultState().unvestedIncome, dust, "the 100 AID is fully vested on time");
        assertGe(vault.totalAssets(), before + 100e18, "victim: alice's exit counts it all");
        vm.warp(start + 7 hours + Defaults.VESTING);
        assertEq(vault.vaultState().unvestedIncome, 0, "the dust vested within its own period");
    }

    function testFuzz_Income_NewIncomeNeverDelaysEarlierIncome(uint256 first, uint256 second, uint256 gap) public {
        first = bound(first, 1e12, 400_000e18);
        second = bound(second, 1, 400_000e18);
        gap = bound(gap, 0, Defaults.VESTING - 1);
        _stake(alice, Defaults.MINT_AID);
        _connectLoanManager();
        _fundLoanManager(first + second);
        uint256 start = block.timestamp;
        loanManager.payIncome(first);
        vm.warp(start + gap);
        uint256 before = vault.vaultState().unvestedIncome;
        loanManager.payIncome(second);
        assertEq(vault.vaultState().unvestedIncome, before + second, "nothing vests at once");
        vm.warp(start + Defaults.VESTING);
        assertLe(vault.vaultState().unvestedIncome, second, "the first income is fully vested on time");
        vm.warp(start + gap + Defaults.VESTING);
        assertEq(vault.vaultState().unvestedIncome, 0, "the second within its own period");
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev `from` sends `amount` AID straight to the silo.
    function _donate(address from, uint256 amount) internal {
        address silo = vault.vaultState().silo;
        vm.prank(from);
        aid.transfer(silo, amount);
    }

    /// @dev After `wait` seconds, eve sends `usdcAmount` of yield to the reserve and harvests; returns the AID that
    /// went to the vault.
    function _harvestAfter(uint256 wait, uint256 usdcAmount) internal returns (uint256) {
        _skip(wait);
        return _harvestNow(usdcAmount);
    }

    function _harvestNow(uint256 usdcAmount) internal returns (uint256 toSavings) {
        vm.prank(eve);
        usdc.transfer(address(minter), usdcAmount);
        vm.prank(eve);
        (toSavings,) = minter.harvest();
    }
}
