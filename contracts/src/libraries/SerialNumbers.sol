// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SerialNumbers
/// @notice GPU serial numbers as the registry stores them, and the commitment to a batch's list.
///
/// A serial has one spelling, its canonical (normalised) form: 1 to 32 characters of `0-9 A-Z`, the first not `0`,
/// packed left-aligned into a bytes32 and zero-padded on the right (viem: `stringToHex(serial, { size: 32 })`). With
/// no separators, no lower case and no leading zeros there is no second way to write the same serial, so comparing
/// packed words compares GPUs: `1652922004351`, `1652-922004351` and `01652922004351` are one serial, and only the
/// first is accepted on chain.
///
/// Normalising a typed serial (`normalize`, the reference the web form reproduces) drops ASCII whitespace and the
/// separators `- . / _` wherever they are, upper-cases a-z and strips leading zeros; any other character is rejected,
/// never dropped, and so is a serial left empty (`000`) or longer than 32 characters.
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

    /// @dev Bit `c` is set when ASCII code `c` is allowed in a normalised serial: `0-9` (0x30-0x39) and `A-Z`
    /// (0x41-0x5A).
    uint256 internal constant ALLOWED =
        (((1 << 0x3A) - 1) ^ ((1 << 0x30) - 1)) | (((1 << 0x5B) - 1) ^ ((1 << 0x41) - 1));

    /// @dev Bit `c` is set when `normalize` drops ASCII code `c`: whitespace (tab to carriage return, 0x09-0x0D, and
    /// space, 0x20) and the separators `-` `.` `/` (0x2D-0x2F) and `_` (0x5F).
    uint256 internal constant DROPPED =
        (((1 << 0x0E) - 1) ^ ((1 << 0x09) - 1)) | (1 << 0x20) | (((1 << 0x30) - 1) ^ ((1 << 0x2D) - 1)) | (1 << 0x5F);

    /// @dev ASCII `0`, which a normalised serial never starts with.
    uint256 internal constant ZERO = 0x30;

    /// @dev `ALLOWED` less `0`: the characters a normalised serial may start with.
    uint256 internal constant ALLOWED_FIRST = ALLOWED ^ (1 << ZERO);

    /// @notice The serial at `index` is not in canonical form: 1 to 32 characters of `0-9 A-Z` not starting with `0`,
    /// then only zero bytes (a separator, a lower-case letter or a leading zero makes a second spelling of a serial).
    error InvalidSerial(uint256 index, bytes32 serial);

    /// @notice The serial at `index` repeats the one before it.
    error DuplicateSerial(uint256 index, bytes32 serial);

    /// @notice The serial at `index` sorts before the one before it.
    error SerialsNotSorted(uint256 index, bytes32 previous, bytes32 serial);

    /// @notice A typed serial could not be normalised.
    error InvalidSerialText(string raw);

    /// @notice Whether `serial` is a normalised serial: 1 to 32 characters of `0-9 A-Z`, the first not `0`, then only
    /// zero bytes.
    function isNormalized(bytes32 serial) internal pure returns (bool) {
        uint256 word = uint256(serial);
        // The first byte: this also refuses the empty serial, whose first byte is zero.
        if ((ALLOWED_FIRST >> (word >> 248)) & 1 == 0) return false;
        for (uint256 i = 1; i < MAX_LENGTH; ++i) {
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

    /// @notice Normalises a typed serial and packs it: drops ASCII whitespace and `- . / _` anywhere, upper-cases
    /// a-z, strips leading zeros. Reverts with `InvalidSerialText` on any other character, or when 0 or more than 32
    /// characters are left.
    function normalize(string memory raw) internal pure returns (bytes32 packed) {
        bytes memory b = bytes(raw);
        uint256 word;
        uint256 n; // characters kept
        for (uint256 i; i < b.length; ++i) {
            uint256 c = uint8(b[i]);
            if ((DROPPED >> c) & 1 != 0) continue;
            if (c >= 0x61 && c <= 0x7A) c -= 0x20; // a-z to A-Z
            if ((ALLOWED >> c) & 1 == 0) revert InvalidSerialText(raw);
            if (n == 0 && c == ZERO) continue; // a leading zero
            if (n == MAX_LENGTH) revert InvalidSerialText(raw);
            word |= c << (248 - 8 * n);
            ++n;
        }
        if (n == 0) revert InvalidSerialText(raw);
        return bytes32(word);
    }
}
