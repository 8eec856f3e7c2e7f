// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../utils/TitleBase.t.sol";
import {TitleHandler} from "./handlers/TitleHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice The registry's promises, checked after random sequences of submissions, appraisals, rejections, renewals,
/// pledges, releases, liquidations, redemptions, withdrawals, voids, transfers, theft attempts, loan-manager switches
/// and time passing (SECURITY.md section 5, items 14-16). Each invariant scans every title after every run, so the run
/// count is halved from the profile's default to keep the suite near 30 s on two cores.
/// forge-config: default.invariant.runs = 32
contract GPUTitleRegistry_Invariant_Test is TitleBase_Test {
    TitleHandler internal handler;
    address internal otherLoanManager;

    function setUp() public override {
        super.setUp();
        otherLoanManager = makeAddr("otherLoanManager");
        address[] memory actors = new address[](4);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = eve;
        actors[3] = buyer;
        handler = new TitleHandler(registry, admin, appraiser, custodian, [loanManager, otherLoanManager], actors);
        vm.label(address(handler), "TitleHandler");

        bytes4[] memory selectors = new bytes4[](18);
        selectors[0] = TitleHandler.submit.selector;
        selectors[1] = TitleHandler.submit.selector; // weighted: listings feed every other action
        selectors[2] = TitleHandler.appraise.selector;
        selectors[3] = TitleHandler.appraise.selector;
        selectors[4] = TitleHandler.reject.selector;
        selectors[5] = TitleHandler.renewInsurance.selector;
        selectors[6] = TitleHandler.pledge.selector;
        selectors[7] = TitleHandler.release.selector;
        selectors[8] = TitleHandler.startLiquidation.selector;
        selectors[9] = TitleHandler.settleLiquidation.selector;
        selectors[10] = TitleHandler.requestRedemption.selector;
        selectors[11] = TitleHandler.settleRedemption.selector;
        selectors[12] = TitleHandler.withdraw.selector;
        selectors[13] = TitleHandler.transfer.selector;
        selectors[14] = TitleHandler.stealPledged.selector;
        selectors[15] = TitleHandler.warp.selector;
        selectors[16] = TitleHandler.replaceLoanManager_refused.selector;
        selectors[17] = TitleHandler.voidTitle.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Prints how often each action ran, to check the handler reaches every state (run with -vv).
    function afterInvariant() public view {
        string[15] memory names = [
            "submit",
            "submit_liveSerialRefused",
            "appraise",
            "reject",
            "voidTitle",
            "voidTitle_lockedRefused",
            "pledge",
            "release",
            "startLiquidation",
            "settleLiquidation",
            "requestRedemption",
            "settleRedemption",
            "withdraw",
            "transfer_lockedRefused",
            "stealPledged_refused"
        ];
        for (uint256 i; i < names.length; ++i) {
            console.log(names[i], handler.calls(names[i]));
        }
    }

    /// @dev The registry's statuses follow the ghost state machine exactly.
    function invariant_StatusMatchesGhostModel() public view {
        assertEq(registry.lastTitleId(), handler.ghostLastId(), "ids");
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            assertEq(uint8(registry.statusOf(id)), uint8(handler.ghostStatus(id)), "status");
        }
    }

    /// @dev A pledged or liquidating title sits in the escrow that pledged it, with its pledgor recorded: it moved
    /// there only through `pledge`, and nothing but that escrow's hooks has moved it since.
    function invariant_PledgedTitleStaysInEscrow() public view {
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            IGPUTitleRegistry.Status s = registry.statusOf(id);
            if (s == IGPUTitleRegistry.Status.Pledged || s == IGPUTitleRegistry.Status.Liquidating) {
                assertEq(registry.ownerOf(id), handler.ghostEscrow(id), "escrow");
                assertTrue(
                    handler.ghostEscrow(id) == loanManager || handler.ghostEscrow(id) == otherLoanManager,
                    "escrow is a loan manager"
                );
                assertEq(registry.title(id).pledgor, handler.ghostPledgor(id), "pledgor");
            }
        }
    }

    /// @dev A burned title stays burned: no owner, a terminal status, no value, no serials held; ids never reused.
    function invariant_BurnedTitleNeverComesBack() public view {
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            IGPUTitleRegistry.Status s = handler.ghostStatus(id);
            if (
                s == IGPUTitleRegistry.Status.Redeemed || s == IGPUTitleRegistry.Status.Withdrawn
                    || s == IGPUTitleRegistry.Status.Voided
            ) {
                IGPUTitleRegistry.Title memory t = registry.title(id);
                assertEq(t.owner, address(0), "owner");
                assertEq(uint8(t.status), uint8(s), "terminal status");
                assertEq(t.currentValue, 0, "value");
                bytes32[] memory serials = handler.ghostSerials(id);
                for (uint256 i; i < serials.length; ++i) {
                    assertTrue(registry.serialTitle(serials[i]) != id, "serial still held by a burned title");
                }
            }
        }
    }

    /// @dev Every serial in the pool is in at most one live title that is not Rejected, and the registry names that
    /// title.
    function invariant_SerialInAtMostOneLiveTitle() public view {
        for (uint256 n; n < handler.SERIAL_POOL(); ++n) {
            bytes32 serial = handler.serialOf(n);
            uint256 holder;
            uint256 holders;
            for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
                IGPUTitleRegistry.Title memory t = registry.title(id);
                if (t.owner == address(0) || t.status == IGPUTitleRegistry.Status.Rejected) continue;
                bytes32[] memory serials = handler.ghostSerials(id);
                for (uint256 i; i < serials.length; ++i) {
                    if (serials[i] == serial) {
                        holder = id;
                        holders++;
                    }
                }
            }
            assertLe(holders, 1, "serial in two live titles");
            assertEq(registry.serialTitle(serial), holder, "registry's live title for the serial");
        }
    }

    /// @dev A title's serials are free again once it is rejected, withdrawn, redeemed or voided: none of them names
    /// it, each is free or held by a later title that holds its serials, and (the handler checks) listing them again
    /// succeeds.
    function invariant_SerialsFreeAfterRejectOrBurn() public view {
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            if (handler.holdsSerials(id)) continue;
            bytes32[] memory serials = handler.ghostSerials(id);
            for (uint256 i; i < serials.length; ++i) {
                uint256 holder = registry.serialTitle(serials[i]);
                assertTrue(holder != id, "a rejected or burned title holds a serial");
                if (holder != 0) {
                    assertGt(holder, id, "held by a later listing");
                    assertTrue(handler.holdsSerials(holder), "held by a title that holds its serials");
                }
            }
        }
    }

    /// @dev Each live title's commitment is the hash of the serials it was submitted with.
    function invariant_CommitmentMatchesSerials() public view {
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            assertEq(
                registry.title(id).serialsCommitment,
                keccak256(abi.encodePacked(handler.ghostSerials(id))),
                "commitment"
            );
        }
    }

    /// @dev Σ balances over every possible holder equals the live titles.
    function invariant_BalancesCountLiveTitles() public view {
        address[] memory actors = handler.actors();
        uint256 sum = registry.balanceOf(loanManager) + registry.balanceOf(otherLoanManager);
        for (uint256 i; i < actors.length; ++i) {
            sum += registry.balanceOf(actors[i]);
        }
        assertEq(sum, handler.ghostLive());
    }

    /// @dev The current value is never above the appraisal and is zero outside Appraised, Pledged and Liquidating.
    function invariant_CurrentValueBounded() public view {
        for (uint256 id = 1; id <= handler.ghostLastId(); ++id) {
            IGPUTitleRegistry.Title memory t = registry.title(id);
            assertLe(t.currentValue, t.appraisedValue, "above appraisal");
            if (
                t.status != IGPUTitleRegistry.Status.Appraised && t.status != IGPUTitleRegistry.Status.Pledged
                    && t.status != IGPUTitleRegistry.Status.Liquidating
            ) assertEq(t.currentValue, 0, "value outside a valued status");
        }
    }
}
