// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice The cost of staking, requesting an exit, processing the queue and claiming does not grow with the number
/// of stakers or queued requests: measured with 1 and with 500 others ahead, the same within 1%.
/// @dev Isolated like the other gas tests: each call is its own transaction, receipt gas, one block apart.
/// forge-config: default.isolate = true
contract Scaling_Gas_Test is Base_Test {
    uint256 internal constant FEW = 1;
    uint256 internal constant MANY = 500;
    uint256 internal constant TOLERANCE = 0.01e18; // 1%

    struct Costs {
        uint256 deposit;
        uint256 request;
        uint256 process;
        uint256 claim;
    }

    function test_Gas_SameWithOneOrFiveHundredStakersAndRequests() public {
        uint256 snapshot = vm.snapshotState();
        Costs memory few = _measure(FEW);
        vm.revertToState(snapshot);
        Costs memory many = _measure(MANY);

        assertApproxEqRel(many.deposit, few.deposit, TOLERANCE, "deposit");
        assertApproxEqRel(many.request, few.request, TOLERANCE, "requestRedeem");
        assertApproxEqRel(many.process, few.process, TOLERANCE, "processRedemptions(1)");
        assertApproxEqRel(many.claim, few.claim, TOLERANCE, "claim");
        vm.snapshotValue("scaling_deposit_1", few.deposit);
        vm.snapshotValue("scaling_deposit_500", many.deposit);
        vm.snapshotValue("scaling_requestRedeem_1", few.request);
        vm.snapshotValue("scaling_requestRedeem_500", many.request);
        vm.snapshotValue("scaling_processOne_1", few.process);
        vm.snapshotValue("scaling_processOne_500", many.process);
        vm.snapshotValue("scaling_claim_1", few.claim);
        vm.snapshotValue("scaling_claim_500", many.claim);
    }

    /// @dev `others` stakers each stake and queue a request; then bob stakes, queues behind them, the head is
    /// processed, everything is processed, and bob claims while the others' AID is still waiting to be claimed.
    function _measure(uint256 others) internal returns (Costs memory c) {
        _mintAid(alice, Defaults.MINT_USDC); // the first deposit is a one-off; start from a working vault
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, alice);
        for (uint256 i; i < others; ++i) {
            address staker = address(uint160(0x10000 + i));
            deal(address(aid), staker, Defaults.STAKE_AID);
            vm.startPrank(staker);
            vault.deposit(Defaults.STAKE_AID, staker);
            vault.requestRedeem(Defaults.TRANSFER_AID);
            vm.stopPrank();
        }
        _mintAid(bob, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(bob);
        vault.deposit(Defaults.STAKE_AID, bob);
        c.deposit = vm.lastCallGas().gasTotalUsed;

        _nextBlock();
        vm.prank(bob);
        uint256 id = vault.requestRedeem(Defaults.TRANSFER_AID);
        c.request = vm.lastCallGas().gasTotalUsed;

        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        c.process = vm.lastCallGas().gasTotalUsed;

        vault.processRedemptions(others);
        _nextBlock();
        uint256 claimShares = vault.maxRedeem(bob);
        assertGt(id, 0);
        vm.prank(bob);
        vault.redeem(claimShares, bob, bob);
        c.claim = vm.lastCallGas().gasTotalUsed;
    }
}
