// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice A malicious 6-decimal reserve token: once armed, its next transfer calls `target` with `data`
/// (for example back into the minter's `mint` or `redeem`) and bubbles up any revert.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public data;
    bool public armed;

    constructor() ERC20("Reentrant USDC", "RUSDC") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Makes the next transfer (not mint or burn) call `target_` with `data_`.
    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from != address(0) && to != address(0)) {
            armed = false;
            (bool success, bytes memory returnData) = target.call(data);
            if (!success) {
                assembly ("memory-safe") {
                    revert(add(returnData, 0x20), mload(returnData))
                }
            }
        }
    }
}
