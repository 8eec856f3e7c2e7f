// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "./interfaces/IGPUTitleRegistry.sol";
import {TitleMetadata} from "./libraries/TitleMetadata.sol";

/// @title GPUTitleRenderer
/// @notice Renders a GPU title's `tokenURI` (JSON and SVG certificate) for the registry. A separate contract only to
/// keep the registry under the 24 KiB code-size limit; the registry deploys it in its constructor, and it holds no
/// state.
contract GPUTitleRenderer {
    /// @notice The `data:application/json;base64,...` metadata of `t` as of `nowTimestamp`.
    function tokenURI(IGPUTitleRegistry.Title memory t, uint256 nowTimestamp) external pure returns (string memory) {
        return TitleMetadata.tokenURI(t, nowTimestamp);
    }
}
