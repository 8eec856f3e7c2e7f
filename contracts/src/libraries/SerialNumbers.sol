// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SerialNumbers
/// @notice GPU serial numbers as the registry stores them, and the commitment to a batch's list.
///
/// A normalised serial is 1 to 32 characters of `0-9 A-Z - . / _`, packed left-aligned into a bytes32 and zero-padded
/// on the right (viem: `stringToHex(serial, { size: 32 })`). Normalising a typed serial trims ASCII whitespace at both
/// ends and upper-cases a-z; any other character is rejected, never dropped.
///
/// Because no allowed character is zero, comparing two packed serials as unsigned integers is exactly comparing the
/// strings byte by byte (lexicographic order, a prefix before its extensions). A list in strictly increasing order is
/// therefore sorted and free of duplicates, which costs one comparison per serial to check.
///
/// The commitment to a list is `keccak256(abi.encodePacked(sortedSerials))`: the hash of the sorted bytes32 words
/// (viem: `keccak256(concat(sorted))`).
library SerialNumbers {
    /// @notice The longest serial, in bytes.
    uint256 internal constant MAX_LENGTH = 32;

    /// @dev Bit `c` is set when ASCII code `c` is allowed: `-` `.` `/` (0x2D-0x2F), `0-9` (0x30-0x39), `A-Z`
    /// (0x41-0x5A) and `_` (0x5F).
    uint256 internal constant ALLOWED =
        (((1 << 0x3A) - 1) ^ ((1 << 0x2D) - 1)) | (((1 << 0x5B) - 1) ^ ((1 << 0x41) - 1)) | (1 << 0x5F);

    /// @notice The serial at `index` is not a normalised serial.
    error InvalidSerial(uint256 index, bytes32 serial);

    /// @notice The serial at `index` repeats the one before it.
    error DuplicateSerial(uint256 index, bytes32 serial);

    /// @notice The serial at `index` sorts before the one before it.
    error SerialsNotSorted(uint256 index, bytes32 previous, bytes32 serial);

    /// @notice A typed serial could not be normalised.
    error InvalidSerialText(string raw);

    /// @notice Whether `serial` is a normalised serial: 1 to 32 allowed characters, then only zero bytes.
    function isNormalized(bytes32 serial) internal pure returns (bool) {
        if (serial == 0) return false;
        uint256 word = uint256(serial);
        for (uint256 i; i < MAX_LENGTH; ++i) {
            // Byte i counted from the left.
            uint256 c = (word >> (248 - 8 * i)) & 0xff;
            if (c == 0) return (word << (8 * i)) == 0; // the rest must be padding
            if ((ALLOWED >> c) & 1 == 0) return false;
        }
        return true;
    }

    /// @notice The length in bytes of a normalised serial.
    function length(bytes32 serial) internal pure returns (uint256 n) {
        while (n < MAX_LENGTH && serial[n] != 0) ++n;
    }

    /// @notice Checks that `serials` are normalised and strictly increasing (so sorted and distinct).
    function validate(bytes32[] memory serials) internal pure {
        bytes32 previous;
        for (uint256 i; i < serials.length; ++i) {
            bytes32 serial = serials[i];
            if (!isNormalized(serial)) revert InvalidSerial(i, serial);
            if (i != 0 && serial <= previous) {
                if (serial == previous) revert DuplicateSerial(i, serial);
                revert SerialsNotSorted(i, previous, serial);
            }
            previous = serial;
        }
    }

    /// @notice The commitment to `serials`, which must be normalised and strictly increasing.
    function commitment(bytes32[] memory serials) internal pure returns (bytes32 result) {
        validate(serials);
        return hash(serials);
    }

    /// @notice keccak256 of the words of `serials`, unchecked.
    function hash(bytes32[] memory serials) internal pure returns (bytes32 result) {
        assembly ("memory-safe") {
            result := keccak256(add(serials, 0x20), shl(5, mload(serials)))
        }
    }

    /// @notice Sorts `serials` in place, ascending (insertion sort: lists are at most a few hundred long and this runs
    /// only in views).
    function sort(bytes32[] memory serials) internal pure {
        for (uint256 i = 1; i < serials.length; ++i) {
            bytes32 key = serials[i];
            uint256 j = i;
            while (j != 0 && serials[j - 1] > key) {
                serials[j] = serials[j - 1];
                --j;
            }
            serials[j] = key;
        }
    }

    /// @notice Normalises a typed serial (trim ASCII whitespace, upper-case a-z) and packs it.
    function normalize(string memory raw) internal pure returns (bytes32 packed) {
        bytes memory b = bytes(raw);
        uint256 start;
        uint256 end = b.length;
        while (start < end && _isSpace(uint8(b[start]))) ++start;
        while (end > start && _isSpace(uint8(b[end - 1]))) --end;
        if (end == start || end - start > MAX_LENGTH) revert InvalidSerialText(raw);
        uint256 word;
        for (uint256 i = start; i < end; ++i) {
            uint256 c = uint8(b[i]);
            if (c >= 0x61 && c <= 0x7A) c -= 0x20; // a-z to A-Z
            if (c >= 0x80 || (ALLOWED >> c) & 1 == 0) revert InvalidSerialText(raw);
            word |= c << (248 - 8 * (i - start));
        }
        return bytes32(word);
    }

    function _isSpace(uint256 c) private pure returns (bool) {
        return c == 0x20 || (c >= 0x09 && c <= 0x0D);
    }
}
