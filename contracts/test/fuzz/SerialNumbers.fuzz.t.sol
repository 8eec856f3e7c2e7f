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

    function validate(bytes32[] memory serials) external pure {
        SerialNumbers.validate(serials);
    }
}

/// @notice The serial-number commitment: order-independent, duplicates rejected; normalisation canonical (every
/// spelling of a serial gives the one form `validate` accepts) and idempotent.
contract SerialNumbers_Fuzz_Test is Test {
    SerialNumbersHarness internal harness;
    bytes internal constant ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /// @dev What `normalize` drops: the separators and ASCII whitespace.
    bytes internal constant DROPPED = "-./_ \t\n\x0b\x0c\r";
    /// @dev Typed characters: canonical ones, lower case, separators, whitespace and a few refused ones.
    bytes internal constant TYPED = "0123456789ABCXYZabcxyz-./_ \t#,\xa0";
    uint256 internal constant MAX_LIST = 24;

    function setUp() public {
        harness = new SerialNumbersHarness();
    }

    /// @dev A normalised serial derived from `seed`: 1-32 characters from the alphabet, the first not `0`.
    function _serial(uint256 seed) internal pure returns (bytes32) {
        uint256 len = 1 + seed % 32;
        bytes memory s = new bytes(len);
        for (uint256 i; i < len; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            s[i] = i == 0 ? ALPHABET[1 + seed % (ALPHABET.length - 1)] : ALPHABET[seed % ALPHABET.length];
        }
        return bytes32(s);
    }

    /// @dev The text of a packed serial.
    function _text(bytes32 serial) internal pure returns (string memory) {
        uint256 len = SerialNumbers.length(serial);
        bytes memory s = new bytes(len);
        for (uint256 i; i < len; ++i) {
            s[i] = serial[i];
        }
        return string(s);
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

    /// @dev Any spelling of a serial (leading zeros, lower case, separators and whitespace anywhere) normalises to it.
    function testFuzz_Normalize_IsCanonical(uint256 seed, uint256 zeros, uint256 spelling) public view {
        bytes32 serial = _serial(seed);
        uint256 len = SerialNumbers.length(serial);
        zeros = bound(zeros, 0, 3);
        bytes memory typed;
        for (uint256 i; i < zeros; ++i) {
            typed = bytes.concat(typed, "0", _dropped(spelling, i));
        }
        for (uint256 i; i < len; ++i) {
            uint256 r = uint256(keccak256(abi.encode(spelling, "char", i)));
            bytes1 c = serial[i];
            if (r % 2 == 0 && c >= "A" && c <= "Z") c = bytes1(uint8(c) + 32);
            typed = bytes.concat(typed, _dropped(spelling, 100 + i), c);
        }
        typed = bytes.concat(typed, _dropped(spelling, 1000));
        assertEq(harness.normalize(string(typed)), serial);
    }

    /// @dev Whatever normalises, normalises to a serial `validate` accepts, and normalising that again changes nothing.
    function testFuzz_Normalize_IdempotentAndValid(uint256 seed, uint256 length) public view {
        length = bound(length, 0, 40);
        bytes memory typed = new bytes(length);
        for (uint256 i; i < length; ++i) {
            typed[i] = TYPED[uint256(keccak256(abi.encode(seed, i))) % TYPED.length];
        }
        _checkIdempotentAndValid(string(typed));
    }

    /// @dev The same for any string at all.
    function testFuzz_Normalize_IdempotentAndValid_AnyText(string memory raw) public view {
        _checkIdempotentAndValid(raw);
    }

    function _checkIdempotentAndValid(string memory raw) internal view {
        try harness.normalize(raw) returns (bytes32 serial) {
            assertTrue(SerialNumbers.isNormalized(serial), "canonical");
            bytes32[] memory list = new bytes32[](1);
            list[0] = serial;
            harness.validate(list);
            assertEq(harness.normalize(_text(serial)), serial, "idempotent");
        } catch (bytes memory reason) {
            assertEq(reason, abi.encodeWithSelector(SerialNumbers.InvalidSerialText.selector, raw), "only refusals");
        }
    }

    function testFuzz_Normalize_RejectsOtherCharacters(uint256 seed, uint8 c, uint256 position) public {
        bytes32 serial = _serial(seed);
        uint256 len = SerialNumbers.length(serial);
        bool isLower = c >= 0x61 && c <= 0x7A;
        bool dropped = (SerialNumbers.DROPPED >> c) & 1 == 1;
        bool allowed = (SerialNumbers.ALLOWED >> c) & 1 == 1;
        if (isLower || dropped || allowed) return; // those normalise (or are dropped), tested above
        bytes memory typed = new bytes(len);
        for (uint256 i; i < len; ++i) {
            typed[i] = serial[i];
        }
        typed[bound(position, 0, len - 1)] = bytes1(c);
        vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerialText.selector, string(typed)));
        harness.normalize(string(typed));
    }

    /// @dev A leading zero, a separator or a lower-case letter anywhere makes a second spelling: not canonical.
    function testFuzz_IsNormalized_RejectsSecondSpellings(uint256 seed, uint256 position, uint256 which) public pure {
        bytes32 serial = _serial(seed % 1000 * 32 + seed % 31); // lengths 1 to 31: room for one more character
        uint256 len = SerialNumbers.length(serial);
        position = bound(position, 0, len - 1);
        bytes memory s = bytes(_text(serial));
        which = bound(which, 0, 2);
        if (which == 0) {
            s = bytes.concat("0", s);
        } else if (which == 1) {
            s = bytes.concat(_slice(s, 0, position), DROPPED[seed % 4], _slice(s, position, len));
        } else {
            // A letter at `position`, lower-cased.
            s[position] = bytes1(uint8(0x61 + seed % 26));
        }
        assertFalse(SerialNumbers.isNormalized(bytes32(s)));
    }

    /// @dev Zero to two characters `normalize` drops, chosen by `seed` and `salt`.
    function _dropped(uint256 seed, uint256 salt) internal pure returns (bytes memory out) {
        uint256 r = uint256(keccak256(abi.encode(seed, salt)));
        for (uint256 k; k < r % 3; ++k) {
            out = bytes.concat(out, DROPPED[(r >> (8 + 8 * k)) % DROPPED.length]);
        }
    }

    function _slice(bytes memory s, uint256 from, uint256 to) internal pure returns (bytes memory out) {
        out = new bytes(to - from);
        for (uint256 i; i < out.length; ++i) {
            out[i] = s[from + i];
        }
    }
}
