// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ReentrantRegistry
/// @notice A hostile stand-in for the GPU title registry: each loan-manager hook (pledge, release, startLiquidation,
/// settleLiquidation) first calls back into the loan manager with the armed calldata, records whether that call
/// reverted and with what, then carries on as a registry would. It lets a test prove that every entry point is
/// closed to re-entry from the calls the loan manager makes.
contract ReentrantRegistry {
    address public loans;
    bytes public data;
    bool public armed;
    uint256 public attempts;
    bool public lastSucceeded;
    bytes public lastRevert;
    uint256 public value = 2_000_000e18;
    mapping(uint256 titleId => address) public pledgors;

    function setLoans(address loans_) external {
        loans = loans_;
    }

    /// @notice The next hook calls the loan manager with `data_`.
    function arm(bytes calldata data_) external {
        data = data_;
        armed = true;
    }

    /// @dev Records the borrower as the title's pledgor (in epoch 0, as a registry does for a title's first pledgor).
    function pledge(uint256 titleId, address borrower) external returns (uint256, uint256, address) {
        pledgors[titleId] = borrower;
        _reenter();
        return (value, 0, address(0));
    }

    function pledgorOf(uint256 titleId) external view returns (address, uint256) {
        return (pledgors[titleId], 0);
    }

    function release(uint256) external {
        _reenter();
    }

    function startLiquidation(uint256) external {
        _reenter();
    }

    function settleLiquidation(uint256, address) external {
        _reenter();
    }

    function currentValue(uint256) external view returns (uint256) {
        return value;
    }

    function _reenter() internal {
        if (!armed) return;
        armed = false;
        ++attempts;
        (bool ok, bytes memory returned) = loans.call(data);
        lastSucceeded = ok;
        lastRevert = returned;
    }
}
