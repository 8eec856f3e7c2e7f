// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/// @title HostileReceiver
/// @notice A contract account (borrower or bidder) whose ERC-721 receive hook tries to call back into the loan manager
/// with the armed calldata (PolyLend #23, papr #99). It counts every time the hook runs, so a test can also show that
/// titles move without any receiver callback. It forwards any call its owner asks for.
contract HostileReceiver is IERC721Receiver {
    address public target;
    bytes public data;
    uint256 public hookCalls;

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    /// @notice Calls `to` with `callData` as this contract (to approve, borrow, repay, bid...).
    function execute(address to, bytes calldata callData) external returns (bytes memory) {
        (bool ok, bytes memory returned) = to.call(callData);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
        return returned;
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        ++hookCalls;
        if (target != address(0)) {
            (bool ok,) = target.call(data);
            ok;
        }
        return IERC721Receiver.onERC721Received.selector;
    }
}
