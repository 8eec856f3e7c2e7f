// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";
import {ProtocolHandler} from "./handlers/ProtocolHandler.sol";

/// @notice The protocol's promises, checked after random sequences of mints, redemptions, rebalances, harvests,
/// deposits, exit requests, fills, claims, cancellations, share transfers, loans, repayments, income, losses,
/// pauses, cooldown changes and time passing, by several actors.
contract Protocol_Invariant_Test is Base_Test {
    ProtocolHandler internal handler;

    function setUp() public override {
        super.setUp();
        _connectLoanManager();
        address[] memory actors = new address[](5);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = carol;
        actors[3] = dave;
        actors[4] = eve;
        handler = new ProtocolHandler(minter, vault, loanManager, admin, guardian, borrower, actors);
        vm.label(address(handler), "ProtocolHandler");

        bytes4[] memory selectors = new bytes4[](22);
        selectors[0] = ProtocolHandler.mint.selector;
        selectors[1] = ProtocolHandler.redeem.selector;
        selectors[2] = ProtocolHandler.rebalance.selector;
        selectors[3] = ProtocolHandler.harvest.selector;
        selectors[4] = ProtocolHandler.donateUsdc.selector;
        selectors[5] = ProtocolHandler.deposit.selector;
        selectors[6] = ProtocolHandler.mintShares.selector;
        selectors[7] = ProtocolHandler.requestRedeem.selector;
        selectors[8] = ProtocolHandler.processRedemptions.selector;
        selectors[9] = ProtocolHandler.claim.selector;
        selectors[10] = ProtocolHandler.cancel.selector;
        selectors[11] = ProtocolHandler.transferShares.selector;
        selectors[12] = ProtocolHandler.openLoan.selector;
        selectors[13] = ProtocolHandler.repay.selector;
        selectors[14] = ProtocolHandler.payIncome.selector;
        selectors[15] = ProtocolHandler.recogniseLoss.selector;
        selectors[16] = ProtocolHandler.warp.selector;
        selectors[17] = ProtocolHandler.pauseMint.selector;
        selectors[18] = ProtocolHandler.pauseVault.selector;
        selectors[19] = ProtocolHandler.setCooldown.selector;
        selectors[20] = ProtocolHandler.deposit.selector; // weight: deposits and requests happen more often
        selectors[21] = ProtocolHandler.requestRedeem.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Backing: reserve value (USDC buffer + T-bill shares at their value) >= AID supply, always.
    function invariant_ReserveBacksSupply() public view {
        _assertBacked();
    }

    /// @dev AID is conserved except through mint, redeem and harvest.
    function invariant_AidSupplyChangesOnlyThroughMintRedeemHarvest() public view {
        assertEq(aid.totalSupply(), handler.ghostAidMinted() + handler.ghostAidHarvested() - handler.ghostAidBurned());
    }

    /// @dev Every AID is held by someone the protocol knows: actors, the borrower, the fee recipient, the silo, the
    /// claims pot, the loan manager.
    function invariant_SumOfAidBalancesEqualsSupply() public view {
        address[] memory actors = handler.actors();
        uint256 sum = aid.balanceOf(borrower) + aid.balanceOf(admin) + aid.balanceOf(vault.vaultState().silo)
            + aid.balanceOf(address(vault)) + aid.balanceOf(address(loanManager)) + aid.balanceOf(address(minter));
        for (uint256 i; i < actors.length; ++i) {
            sum += aid.balanceOf(actors[i]);
        }
        assertEq(sum, aid.totalSupply());
        assertEq(aid.balanceOf(address(minter)), 0, "the minter keeps no AID");
        assertEq(aid.balanceOf(address(loanManager)), 0, "the loan manager keeps no AID between transactions");
    }

    /// @dev sAID: total assets cover every share's claim, and are idle AID plus the book.
    function invariant_TotalAssetsCoverEveryShare() public view {
        uint256 totalAssets = vault.totalAssets();
        assertLe(vault.convertToAssets(vault.totalSupply()), totalAssets);
        assertEq(totalAssets, vault.vaultState().idleAssets + vault.vaultState().bookValue);
        assertLe(vault.vaultState().idleAssets, aid.balanceOf(vault.vaultState().silo));
        assertEq(vault.vaultState().bookValue, loanManager.bookValue(), "the cached book matches the loan manager");
    }

    function invariant_SumOfShareBalancesEqualsSupply() public view {
        address[] memory actors = handler.actors();
        uint256 sum = vault.balanceOf(address(vault)) + vault.balanceOf(0x000000000000000000000000000000000000dEaD);
        for (uint256 i; i < actors.length; ++i) {
            sum += vault.balanceOf(actors[i]);
        }
        assertEq(sum, vault.totalSupply());
    }

    /// @dev The escrow holds exactly the pending requests' shares; the claims pot covers every filled request.
    function invariant_EscrowAndClaimsPotMatchTheQueue() public view {
        (uint256 pendingShares, uint256 claimableAssets) = handler.pendingAndClaimable();
        assertEq(vault.balanceOf(address(vault)), pendingShares, "escrow");
        assertGe(aid.balanceOf(address(vault)), claimableAssets, "claims pot");
    }

    /// @dev The queue is FIFO and never fills a request before its cooldown.
    function invariant_QueueIsFifoAndRespectsCooldown() public view {
        assertEq(handler.ghostEarlyFills(), 0, "filled before its cooldown");
        assertEq(handler.ghostOutOfOrderFills(), 0, "filled out of order");
    }

    /// @dev The share price falls only when the loan manager recognises a loss.
    function invariant_SharePriceFallsOnlyOnALoss() public view {
        assertEq(handler.ghostPriceDrops(), 0);
    }

    function invariant_UtilisationWithinCapAfterDraws() public view {
        // Draws never exceed the cap; exits and losses may push utilisation above it afterwards, never below 0.
        assertLe(vault.vaultState().bookValue, vault.totalAssets());
    }

    function afterInvariant() external view {
        // Keeps the reference to Defaults used and documents the setting under test.
        assertEq(vault.vaultState().utilisationCapBps, Defaults.UTILISATION_CAP_BPS);
    }
}
