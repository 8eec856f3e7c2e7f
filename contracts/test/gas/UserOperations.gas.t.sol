// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice Named gas snapshots (contracts/snapshots/UserOperations_Gas_Test.json) for every user operation, each
/// checked against its budget.
/// @dev Measured as ../shared/GAS-PEERS.md measured its anchors: isolated, so every call is its own transaction
/// with cold access lists; `snapshotGasLastCall` records the receipt gas (21,000 intrinsic gas and calldata
/// included, refunds deducted); each measured operation runs one block (12 s) after the previous one; USDC is a
/// plain 6-decimal ERC-20 (MockUSDC, OpenZeppelin 5.7).
/// The budgets are the cheapest peers' figures from GAS-PEERS.md (LitePSM for mint and redeem, Solady's ERC4626 for
/// stake and share transfers, Ethena's sUSDe for the exit request and claim). Operations without a peer get a
/// regression bound of about the measured figure plus 10%.
/// The savings vault is measured in its working state, not empty: an earlier staker, a connected loan manager with
/// a loan accruing interest, and harvested yield still vesting, so every deposit reads the loan book and the
/// vesting state as it would in production.
/// forge-config: default.isolate = true
contract UserOperations_Gas_Test is Base_Test {
    // Budgets: the cheapest measured peers (GAS-PEERS.md).
    uint256 internal constant MINT_NEW_USER_BUDGET = 77_403; // LitePSM sellGem, new user
    uint256 internal constant MINT_RETURNING_USER_BUDGET = 60_303; // LitePSM sellGem, returning user
    uint256 internal constant REDEEM_PARTIAL_BUDGET = 62_606; // LitePSM buyGem, partial
    uint256 internal constant STAKE_NEW_USER_BUDGET = 72_584; // Solady ERC4626 deposit, new user
    uint256 internal constant STAKE_RETURNING_USER_BUDGET = 55_484; // Solady ERC4626 deposit, returning user
    uint256 internal constant REQUEST_EXIT_BUDGET = 111_309; // sUSDe cooldownShares, first request
    uint256 internal constant CLAIM_BUDGET = 36_573; // sUSDe unstake after the cooldown
    uint256 internal constant SHARE_TRANSFER_NEW_BUDGET = 51_161; // Solady ERC4626 transfer, new recipient
    uint256 internal constant SHARE_TRANSFER_EXISTING_BUDGET = 34_061; // Solady ERC4626 transfer, existing recipient

    // Regression bounds for operations without a peer budget.
    uint256 internal constant MINT_FIRST_USER_MAX = 125_000;
    uint256 internal constant REDEEM_WHOLE_BALANCE_MAX = 62_606;
    uint256 internal constant REDEEM_FROM_T_BILLS_MAX = 110_000;
    uint256 internal constant AID_TRANSFER_NEW_MAX = 56_000;
    uint256 internal constant AID_TRANSFER_EXISTING_MAX = 38_000;
    uint256 internal constant AID_PERMIT_MAX = 82_000;
    uint256 internal constant STAKE_FIRST_USER_MAX = 150_000;
    uint256 internal constant CLAIM_OTHERS_OUTSTANDING_MAX = 42_000;
    uint256 internal constant PROCESS_ONE_MAX = 90_000;
    uint256 internal constant CANCEL_MAX = 45_000;
    uint256 internal constant REBALANCE_MAX = 150_000;
    uint256 internal constant HARVEST_MAX = 200_000;

    /*//////////////////////////////////////////////////////////////
                              AID MINTER
    //////////////////////////////////////////////////////////////*/

    function test_Gas_MintFirstUser() public {
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
        assertLe(vm.snapshotGasLastCall("mint_firstUser"), MINT_FIRST_USER_MAX);
    }

    function test_Gas_MintNewUser() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(bob);
        minter.mint(Defaults.MINT_USDC, bob);
        assertLe(vm.snapshotGasLastCall("mint_newUser"), MINT_NEW_USER_BUDGET);
    }

    function test_Gas_MintReturningUser() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
        assertLe(vm.snapshotGasLastCall("mint_returningUser"), MINT_RETURNING_USER_BUDGET);
    }

    function test_Gas_RedeemPartial() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, alice);
        assertLe(vm.snapshotGasLastCall("redeem_partial"), REDEEM_PARTIAL_BUDGET);
    }

    function test_Gas_RedeemWholeBalance() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _mintAid(bob, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
        assertLe(vm.snapshotGasLastCall("redeem_wholeBalance"), REDEEM_WHOLE_BALANCE_MAX);
    }

    function test_Gas_RedeemPullingFromTBills() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _mintAid(bob, Defaults.MINT_USDC);
        minter.rebalance();
        _nextBlock();
        // 80% of the reserve is in T-bills: a 1,000 AID redemption needs 600 USDC from them.
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
        assertLe(vm.snapshotGasLastCall("redeem_pullingFromTBills"), REDEEM_FROM_T_BILLS_MAX);
    }

    function test_Gas_Rebalance() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        minter.rebalance();
        assertLe(vm.snapshotGasLastCall("rebalance_toTBills"), REBALANCE_MAX);
    }

    function test_Gas_Harvest() public {
        _stake(alice, Defaults.STAKE_AID);
        minter.rebalance();
        _skip(30 days);
        minter.harvest();
        assertLe(vm.snapshotGasLastCall("harvest"), HARVEST_MAX);
    }

    function test_Gas_AidTransferNewRecipient() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        aid.transfer(eve, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("aid_transfer_newRecipient"), AID_TRANSFER_NEW_MAX);
    }

    function test_Gas_AidTransferExistingRecipient() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _mintAid(bob, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        aid.transfer(bob, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("aid_transfer_existingRecipient"), AID_TRANSFER_EXISTING_MAX);
    }

    function test_Gas_AidPermit() public {
        uint256 deadline = block.timestamp + Defaults.PERMIT_VALIDITY;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                alice,
                bob,
                Defaults.TRANSFER_AID,
                aid.nonces(alice),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(alicePk, keccak256(abi.encodePacked("\x19\x01", aid.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(bob);
        aid.permit(alice, bob, Defaults.TRANSFER_AID, deadline, v, r, s);
        assertLe(vm.snapshotGasLastCall("aid_permit"), AID_PERMIT_MAX);
    }

    /*//////////////////////////////////////////////////////////////
                              SAVINGS VAULT
    //////////////////////////////////////////////////////////////*/

    function test_Gas_StakeFirstUser() public {
        _mintAid(alice, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, alice);
        assertLe(vm.snapshotGasLastCall("stake_firstUser"), STAKE_FIRST_USER_MAX);
    }

    function test_Gas_StakeNewUser() public {
        _workingVault();
        _mintAid(bob, Defaults.MINT_USDC);
        _nextBlock();
        vm.prank(bob);
        vault.deposit(Defaults.STAKE_AID, bob);
        assertLe(vm.snapshotGasLastCall("stake_newUser"), STAKE_NEW_USER_BUDGET);
    }

    function test_Gas_StakeReturningUser() public {
        _workingVault();
        _nextBlock();
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, alice);
        assertLe(vm.snapshotGasLastCall("stake_returningUser"), STAKE_RETURNING_USER_BUDGET);
    }

    function test_Gas_RequestExitFirstInQueue() public {
        _workingVault();
        _nextBlock();
        vm.prank(alice);
        vault.requestRedeem(Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("requestRedeem_emptyQueue"), REQUEST_EXIT_BUDGET);
    }

    function test_Gas_RequestExitBehindOthers() public {
        _workingVault();
        _stake(bob, Defaults.STAKE_AID);
        _request(bob, Defaults.TRANSFER_AID);
        _nextBlock();
        vm.prank(alice);
        vault.requestRedeem(Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("requestRedeem_behindOthers"), REQUEST_EXIT_BUDGET);
    }

    function test_Gas_ProcessOneRequest() public {
        _workingVault();
        _request(alice, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        assertLe(vm.snapshotGasLastCall("processRedemptions_one"), PROCESS_ONE_MAX);
    }

    function test_Gas_ClaimLastOutstanding() public {
        _workingVault();
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        _nextBlock();
        assertEq(id, 1);
        uint256 shares = vault.maxRedeem(alice);
        vm.prank(alice);
        vault.redeem(shares, alice, alice);
        assertLe(vm.snapshotGasLastCall("claim_lastOutstanding"), CLAIM_BUDGET);
    }

    function test_Gas_ClaimWithOthersOutstanding() public {
        _workingVault();
        _stake(bob, Defaults.STAKE_AID);
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        _request(bob, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(2);
        _nextBlock();
        assertEq(id, 1);
        uint256 shares = vault.maxRedeem(alice);
        vm.prank(alice);
        vault.redeem(shares, alice, alice);
        assertLe(vm.snapshotGasLastCall("claim_othersOutstanding"), CLAIM_OTHERS_OUTSTANDING_MAX);
    }

    function test_Gas_CancelRequest() public {
        _workingVault();
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        _nextBlock();
        vm.prank(alice);
        vault.cancelRedeemRequest(id);
        assertLe(vm.snapshotGasLastCall("cancelRedeemRequest"), CANCEL_MAX);
    }

    function test_Gas_ShareTransferNewRecipient() public {
        _workingVault();
        _nextBlock();
        vm.prank(alice);
        vault.transfer(eve, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("sAID_transfer_newRecipient"), SHARE_TRANSFER_NEW_BUDGET);
    }

    function test_Gas_ShareTransferExistingRecipient() public {
        _workingVault();
        _stake(bob, Defaults.STAKE_AID);
        _nextBlock();
        vm.prank(alice);
        vault.transfer(bob, Defaults.TRANSFER_AID);
        assertLe(vm.snapshotGasLastCall("sAID_transfer_existingRecipient"), SHARE_TRANSFER_EXISTING_BUDGET);
    }

    /// @dev Alice has staked and still holds AID; a loan accrues interest; harvested yield is vesting.
    function _workingVault() internal {
        _mintAid(alice, Defaults.MINT_USDC * 2);
        vm.prank(alice);
        vault.deposit(Defaults.MINT_AID, alice);
        _connectLoanManager();
        _openLoan(Defaults.LOAN_AID);
        // A donation to the reserve is surplus: harvesting it starts a vesting period.
        vm.prank(carol);
        usdc.transfer(address(minter), 10e6);
        minter.harvest();
        _skip(1 hours);
    }
}
