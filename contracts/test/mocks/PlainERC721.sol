// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {ERC721} from "solady/tokens/ERC721.sol";

/// @notice An unremarkable ERC-721 (Solady, the base the registry uses) with an open sequential mint: the baseline
/// the title registry's gas figures are compared with.
contract PlainERC721 is ERC721 {
    uint256 public lastId;

    function mint() external returns (uint256 id) {
        id = ++lastId;
        _mint(msg.sender, id);
    }

    function name() public pure override returns (string memory) {
        return "Plain";
    }

    function symbol() public pure override returns (string memory) {
        return "PLAIN";
    }

    function tokenURI(uint256) public pure override returns (string memory) {
        return "";
    }
}

/// @notice The plain ERC-721 with a mint that takes a title's listing (kept apart so the baseline's own figures do not
/// move).
contract PlainListingERC721 is PlainERC721 {
    event Listed(uint256 indexed id, address indexed owner, IGPUTitleRegistry.TitleInput input);

    /// @notice The least any `submit` that mints at submission can cost: the same mint, taking a title's listing as
    /// calldata and emitting it (the registry's spec has the serials in the event), storing none of it and checking
    /// nothing.
    function mintListing(IGPUTitleRegistry.TitleInput calldata input) external returns (uint256 id) {
        id = ++lastId;
        _mint(msg.sender, id);
        emit Listed(id, msg.sender, input);
    }
}
