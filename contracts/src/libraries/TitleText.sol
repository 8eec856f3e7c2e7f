// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LibString} from "solady/utils/LibString.sol";

/// @title TitleText
/// @notice The free-text fields of a title (model name, data centre, insurer, policy id), stored as small strings in
/// one bytes32 each. A valid text is 1 to 32 bytes of printable ASCII less `"`, `\`, `<`, `>` and `&`, with no leading
/// or trailing space: it can be placed in JSON and SVG as is, with no escaping.
library TitleText {
    /// @notice The longest text, in bytes.
    uint256 internal constant MAX_LENGTH = 32;

    /// @dev Bit `c` is set when ASCII code `c` is allowed: 0x20-0x7E less `"` `&` `<` `>` `\`.
    uint128 internal constant ALLOWED = uint128(
        (((1 << 0x7F) - 1) ^ ((1 << 0x20) - 1)) & ~((1 << 0x22) | (1 << 0x26) | (1 << 0x3C) | (1 << 0x3E) | (1 << 0x5C))
    );

    /// @notice Whether `s` is a valid text.
    function isValid(string memory s) internal pure returns (bool) {
        bytes memory b = bytes(s);
        uint256 n = b.length;
        if (n == 0 || n > MAX_LENGTH) return false;
        if (b[0] == " " || b[n - 1] == " ") return false;
        return LibString.is7BitASCII(s, ALLOWED);
    }

    /// @notice Packs a text known to be valid into a bytes32, left-aligned and zero-padded.
    function pack(string memory s) internal pure returns (bytes32) {
        return LibString.toSmallString(s);
    }

    /// @notice The text packed in `packed`.
    function unpack(bytes32 packed) internal pure returns (string memory) {
        return LibString.fromSmallString(packed);
    }
}
