// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SerialNumbers} from "../../src/libraries/SerialNumbers.sol";
import {Test} from "forge-std/Test.sol";

/// @dev Calls the library through an external function so reverts can be expected.
contract SerialNumbersHarness {
    function commitment(bytes32[] memory serials) external pure returns (bytes32) {
        return SerialNumbers.commitment(serials);
    }

    function sortedCommitment(bytes32[] memory serials) external pure returns (bytes32) {
        SerialNumbers.sort(serials);
        return SerialNumbers.commitment(serials);
    }

    function normalize(string memory raw) external pure returns (bytes32) {
        return SerialNumbers.normalize(raw);
    }
}

/// @notice The serial-number commitment: order-independent, duplicates rejected, and normalisation canonical.
contract SerialNumbers_Fuzz_Test is Test {
    SerialNumbersHarness internal harness;
    bytes internal constant ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./_";
    uint256 internal constant MAX_LIST = 24;

    function setUp() public {
        harness = new SerialNumbersHarness();
    }

    /// @dev A normalised serial derived from `seed`: 1-32 characters from the alphabet.
    function _serial(uint256 seed) internal pure returns (bytes32) {
        uint256 len = 1 + seed % 32;
        bytes memory s = new bytes(len);
        for (uint256 i; i < len; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            s[i] = ALPHABET[seed % ALPHABET.length];
        }
        return bytes32(s);
    }

    /// @dev `n` distinct normalised serials.
    function _distinct(uint256 seed, uint256 n) internal pure returns (bytes32[] memory list) {
        list = new bytes32[](n);
        uint256 filled;
        for (uint256 k; filled < n; ++k) {
            bytes32 candidate = _serial(uint256(keccak256(abi.encode(seed, k))));
            bool seen;
            for (uint256 j; j < filled; ++j) {
                if (list[j] == candidate) seen = true;
            }
            if (!seen) list[filled++] = candidate;
        }
    }

    /// @dev A Fisher-Yates shuffle of a copy of `list`.
    function _shuffle(bytes32[] memory list, uint256 seed) internal pure returns (bytes32[] memory out) {
        out = new bytes32[](list.length);
        for (uint256 i; i < list.length; ++i) {
            out[i] = list[i];
        }
        for (uint256 i = out.length; i > 1; --i) {
            seed = uint256(keccak256(abi.encode(seed)));
            uint256 j = seed % i;
            (out[i - 1], out[j]) = (out[j], out[i - 1]);
        }
    }

    function testFuzz_Commitment_OrderIndependent(uint256 seed, uint256 n, uint256 shuffleA, uint256 shuffleB)
        public
        view
    {
        n = bound(n, 1, MAX_LIST);
        bytes32[] memory list = _distinct(seed, n);
        bytes32 a = harness.sortedCommitment(_shuffle(list, shuffleA));
        bytes32 b = harness.sortedCommitment(_shuffle(list, shuffleB));
        assertEq(a, b);
        SerialNumbers.sort(list);
        assertEq(a, keccak256(abi.encodePacked(list)), "hash of the sorted words");
        assertEq(harness.commitment(list), a, "the sorted list commits directly");
    }

    function testFuzz_Commitment_RejectsDuplicates(uint256 seed, uint256 n, uint256 dupFrom, uint256 dupTo, uint256 s)
        public
    {
        n = bound(n, 2, MAX_LIST);
        bytes32[] memory list = _distinct(seed, n);
        dupFrom = bound(dupFrom, 0, n - 1);
        dupTo = bound(dupTo, 0, n - 1);
        if (dupTo == dupFrom) dupTo = (dupFrom + 1) % n;
        list[dupTo] = list[dupFrom];
        bytes32[] memory shuffled = _shuffle(list, s);
        vm.expectPartialRevert(SerialNumbers.DuplicateSerial.selector);
        harness.sortedCommitment(shuffled);
    }

    function testFuzz_Commitment_RejectsUnsortedInput(uint256 seed, uint256 n) public {
        n = bound(n, 2, MAX_LIST);
        bytes32[] memory list = _distinct(seed, n);
        SerialNumbers.sort(list);
        (list[0], list[n - 1]) = (list[n - 1], list[0]);
        vm.expectPartialRevert(SerialNumbers.SerialsNotSorted.selector);
        harness.commitment(list);
    }

    function testFuzz_Commitment_DistinctListsDiffer(uint256 seed, uint256 n, uint256 index) public view {
        n = bound(n, 1, MAX_LIST);
        bytes32[] memory list = _distinct(seed, n + 1);
        bytes32 extra = list[n];
        assembly {
            mstore(list, n)
        }
        bytes32 before = harness.sortedCommitment(list);
        list[bound(index, 0, n - 1)] = extra; // replace one serial by one not in the list
        assertNotEq(harness.sortedCommitment(list), before);
    }

    function testFuzz_IsNormalized_AcceptsGenerated(uint256 seed) public pure {
        assertTrue(SerialNumbers.isNormalized(_serial(seed)));
    }

    /// @dev A non-zero byte after the terminating zero makes the word non-canonical.
    function testFuzz_IsNormalized_RejectsGarbageAfterEnd(uint256 seed, uint256 junk, uint256 position) public pure {
        bytes32 serial = _serial(seed % 1000 * 32 + seed % 30); // lengths 1 to 30: room for a gap and a junk byte
        uint256 len = SerialNumbers.length(serial);
        position = bound(position, len + 1, 31);
        junk = bound(junk, 1, 255);
        bytes32 bad = serial | bytes32(junk << (8 * (31 - position)));
        assertFalse(SerialNumbers.isNormalized(bad));
    }

    function testFuzz_Normalize_IsCanonical(uint256 seed, uint8 leading, uint8 trailing, bool lower) public view {
        bytes32 serial = _serial(seed);
        uint256 len = SerialNumbers.length(serial);
        bytes memory typed = new bytes(len);
        for (uint256 i; i < len; ++i) {
            bytes1 c = serial[i];
            if (lower && c >= "A" && c <= "Z") c = bytes1(uint8(c) + 32);
            typed[i] = c;
        }
        string memory raw = string.concat(_spaces(leading % 4), string(typed), _spaces(trailing % 4));
        assertEq(harness.normalize(raw), serial);
    }

    function testFuzz_Normalize_RejectsOtherCharacters(uint256 seed, uint8 c, uint256 position) public {
        bytes32 serial = _serial(seed);
        uint256 len = SerialNumbers.length(serial);
        bool isSpace = c == 0x20 || (c >= 0x09 && c <= 0x0D);
        bool isLower = c >= 0x61 && c <= 0x7A;
        bool allowed = c < 0x80 && (SerialNumbers.ALLOWED >> c) & 1 == 1;
        if (isSpace || isLower || allowed) return; // those normalise (or are trimmed), tested above
        bytes memory typed = new bytes(len);
        for (uint256 i; i < len; ++i) {
            typed[i] = serial[i];
        }
        typed[bound(position, 0, len - 1)] = bytes1(c);
        vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerialText.selector, string(typed)));
        harness.normalize(string(typed));
    }

    function _spaces(uint256 n) internal pure returns (string memory s) {
        for (uint256 i; i < n; ++i) {
            s = string.concat(s, i % 2 == 0 ? " " : "\t");
        }
    }
}
