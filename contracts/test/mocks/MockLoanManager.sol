// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAID} from "../../src/interfaces/IAID.sol";
import {ILoanManager} from "../../src/interfaces/ILoanManager.sol";
import {IStakedAID} from "../../src/interfaces/IStakedAID.sol";

/// @title MockLoanManager
/// @notice A test double of the lending side (the loans issue builds the real one). It keeps the book as one
/// aggregate, exactly the O(1) checkpoint `ILoanManager` asks for, and follows the protocol the interface sets:
/// record first, then call the vault. Tests drive it directly: open a loan, accrue, repay, recognise a loss.
contract MockLoanManager is ILoanManager {
    IStakedAID public immutable vault;
    IAID public immutable aid;

    /// @dev The book at `checkpointTime`, growing at `rate` per second until `accrualEnd`.
    uint256 public value;
    uint256 public rate;
    uint256 public checkpointTime;
    uint256 public accrualEnd;
    /// @inheritdoc ILoanManager
    uint256 public impairment;

    constructor(IStakedAID vault_) {
        vault = vault_;
        aid = IAID(vault_.asset());
        checkpointTime = block.timestamp;
        accrualEnd = block.timestamp;
    }

    /// @inheritdoc ILoanManager
    function bookValue() public view returns (uint256) {
        uint256 until = block.timestamp < accrualEnd ? block.timestamp : accrualEnd;
        return until > checkpointTime ? value + rate * (until - checkpointTime) : value;
    }

    /// @inheritdoc ILoanManager
    function bookCheckpoint() external view returns (uint256, uint256, uint256) {
        uint256 end = accrualEnd < block.timestamp ? block.timestamp : accrualEnd;
        uint256 currentRate = accrualEnd <= block.timestamp ? 0 : rate;
        return (bookValue(), currentRate, end);
    }

    /// @notice Opens a loan of `principal` to `borrower`, adding `ratePerSecond` of interest until `until`.
    function openLoan(uint256 principal, address borrower, uint256 ratePerSecond, uint256 until) external {
        _checkpoint();
        value += principal;
        rate += ratePerSecond;
        accrualEnd = until;
        vault.draw(principal, borrower);
    }

    /// @notice Pays `amount` of the book back to the vault (the AID must be held here first).
    function repay(uint256 amount, uint256 newRate) external {
        _checkpoint();
        value -= amount;
        rate = newRate;
        vault.repayAndAddIncome(amount, 0);
    }

    /// @notice Pays `amount` of the book back and `income` that was never in the book, in one vault call.
    function repayWithIncome(uint256 amount, uint256 income, uint256 newRate) external {
        _checkpoint();
        value -= amount;
        rate = newRate;
        vault.repayAndAddIncome(amount, income);
    }

    /// @notice Sends lumpy income (late fees, say) that was never in the book.
    function payIncome(uint256 amount) external {
        vault.addIncome(amount);
    }

    /// @notice Sets the expected shortfall the vault fills exits net of (as a liquidation would).
    function setImpairment(uint256 amount) external {
        impairment = amount;
    }

    /// @notice Recognises a loss of `amount`, stops accrual, and tells the vault.
    function recogniseLoss(uint256 amount) external {
        _checkpoint();
        value = amount > value ? 0 : value - amount;
        rate = 0;
        vault.refreshBook();
    }

    /// @notice Changes the rate or accrual end without telling the vault (to test stale caches).
    function setAccrual(uint256 ratePerSecond, uint256 until) external {
        _checkpoint();
        rate = ratePerSecond;
        accrualEnd = until;
    }

    /// @notice Returns arbitrary values from `bookCheckpoint` (to test the vault's bounds).
    function forceCheckpoint(uint256 value_, uint256 rate_, uint256 end_) external {
        value = value_;
        rate = rate_;
        checkpointTime = block.timestamp;
        accrualEnd = end_;
    }

    function _checkpoint() internal {
        value = bookValue();
        checkpointTime = block.timestamp;
    }
}
