// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title LeanERC20
/// @notice ERC-20 with 18 decimals and ERC-2612 permit whose hot paths (`transfer`, `transferFrom`, balance moves)
/// are written in assembly after Solady's ERC20 (github.com/vectorized/solady, MIT), with OpenZeppelin's
/// value-carrying errors (ERC-6093) on every revert, so the web app can explain a failure.
/// @dev Differences from Solady: transfers to the zero address or to the token contract revert
/// (`ERC20InvalidReceiver`), the errors carry
/// values, and Permit2 gets no built-in allowance. The total supply is left to the derived contract so it can pack
/// it with other state.
/// Permit uses OpenZeppelin's EIP712 (domain separator rebuilt if the chain id changes) and ECDSA (rejects
/// malleable high-s signatures and the zero signer).
abstract contract LeanERC20 is IERC20, IERC20Metadata, IERC20Permit, IERC20Errors, EIP712, Nonces {
    /// @dev `keccak256("Transfer(address,address,uint256)")`.
    uint256 private constant _TRANSFER_EVENT_SIGNATURE =
        0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;
    /// @dev `keccak256("Approval(address,address,uint256)")`.
    uint256 private constant _APPROVAL_EVENT_SIGNATURE =
        0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925;
    /// @dev Balance slot of `owner`: `keccak256(abi.encodePacked(owner, _BALANCE_SLOT_SEED))` laid out as in Solady.
    uint256 private constant _BALANCE_SLOT_SEED = 0x87a211a2;
    /// @dev Allowance slot of (`owner`, `spender`), laid out as in Solady.
    uint256 private constant _ALLOWANCE_SLOT_SEED = 0x7f5e9f20;
    /// @dev `keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")`.
    bytes32 private constant _PERMIT_TYPEHASH = 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9;

    /// @notice The permit's deadline has passed.
    error ERC2612ExpiredSignature(uint256 deadline);
    /// @notice The permit was signed by `signer`, not by `owner`.
    error ERC2612InvalidSigner(address signer, address owner);

    string private _name;
    string private _symbol;

    constructor(string memory name_, string memory symbol_) EIP712(name_, "1") {
        _name = name_;
        _symbol = symbol_;
    }

    /*//////////////////////////////////////////////////////////////
                                METADATA
    //////////////////////////////////////////////////////////////*/

    function name() public view virtual returns (string memory) {
        return _name;
    }

    function symbol() public view virtual returns (string memory) {
        return _symbol;
    }

    function decimals() public view virtual returns (uint8) {
        return 18;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERC-20
    //////////////////////////////////////////////////////////////*/

    function totalSupply() public view virtual returns (uint256);

    function balanceOf(address owner) public view virtual returns (uint256 result) {
        assembly ("memory-safe") {
            mstore(0x0c, _BALANCE_SLOT_SEED)
            mstore(0x00, owner)
            result := sload(keccak256(0x0c, 0x20))
        }
    }

    function allowance(address owner, address spender) public view virtual returns (uint256 result) {
        assembly ("memory-safe") {
            mstore(0x20, spender)
            mstore(0x0c, _ALLOWANCE_SLOT_SEED)
            mstore(0x00, owner)
            result := sload(keccak256(0x0c, 0x34))
        }
    }

    function approve(address spender, uint256 amount) public virtual returns (bool) {
        _approve(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) public virtual returns (bool) {
        // One assembly block, ending in `return`, because this is the hottest path: the receiver check, the balance
        // move and the event, with no internal jumps or shared epilogue. `to` is clean: the ABI decoder checked it.
        assembly ("memory-safe") {
            if or(iszero(to), eq(to, address())) {
                // ERC20InvalidReceiver(to)
                mstore(0x00, 0xec442f05)
                mstore(0x20, to)
                revert(0x1c, 0x24)
            }
            mstore(0x0c, _BALANCE_SLOT_SEED)
            mstore(0x00, caller())
            let fromBalanceSlot := keccak256(0x0c, 0x20)
            let fromBalance := sload(fromBalanceSlot)
            if gt(amount, fromBalance) {
                // ERC20InsufficientBalance(msg.sender, fromBalance, amount)
                mstore(0x00, 0xe450d38c)
                mstore(0x20, caller())
                mstore(0x40, fromBalance)
                mstore(0x60, amount)
                revert(0x1c, 0x64)
            }
            sstore(fromBalanceSlot, sub(fromBalance, amount))
            mstore(0x00, to)
            let toBalanceSlot := keccak256(0x0c, 0x20)
            // Cannot overflow: the sum of all balances is the total supply, which derived tokens bound.
            sstore(toBalanceSlot, add(sload(toBalanceSlot), amount))
            mstore(0x20, amount)
            log3(0x20, 0x20, _TRANSFER_EVENT_SIGNATURE, caller(), to)
            mstore(0x00, 1)
            return(0x00, 0x20)
        }
    }

    function transferFrom(address from, address to, uint256 amount) public virtual returns (bool) {
        // One assembly block, like `transfer`: the receiver check, `_spendAllowance` and `_transfer` inlined, in
        // their order and with their errors. `from` and `to` are clean: the ABI decoder checked them.
        assembly ("memory-safe") {
            if or(iszero(to), eq(to, address())) {
                // ERC20InvalidReceiver(to)
                mstore(0x00, 0xec442f05)
                mstore(0x20, to)
                revert(0x1c, 0x24)
            }
            // The allowance slot of (`from`, caller), laid out as in `_spendAllowance`.
            mstore(0x20, caller())
            mstore(0x0c, _ALLOWANCE_SLOT_SEED)
            mstore(0x00, from)
            let allowanceSlot := keccak256(0x0c, 0x34)
            let allowed := sload(allowanceSlot)
            // An infinite allowance is never decreased.
            if not(allowed) {
                if gt(amount, allowed) {
                    // ERC20InsufficientAllowance(msg.sender, allowed, amount)
                    mstore(0x00, 0xfb8f41b2)
                    mstore(0x20, caller())
                    mstore(0x40, allowed)
                    mstore(0x60, amount)
                    revert(0x1c, 0x64)
                }
                sstore(allowanceSlot, sub(allowed, amount))
            }
            mstore(0x0c, _BALANCE_SLOT_SEED)
            mstore(0x00, from)
            let fromBalanceSlot := keccak256(0x0c, 0x20)
            let fromBalance := sload(fromBalanceSlot)
            if gt(amount, fromBalance) {
                // ERC20InsufficientBalance(from, fromBalance, amount)
                mstore(0x00, 0xe450d38c)
                mstore(0x20, from)
                mstore(0x40, fromBalance)
                mstore(0x60, amount)
                revert(0x1c, 0x64)
            }
            sstore(fromBalanceSlot, sub(fromBalance, amount))
            mstore(0x00, to)
            let toBalanceSlot := keccak256(0x0c, 0x20)
            // Cannot overflow: the sum of all balances is the total supply, which derived tokens bound.
            sstore(toBalanceSlot, add(sload(toBalanceSlot), amount))
            mstore(0x20, amount)
            log3(0x20, 0x20, _TRANSFER_EVENT_SIGNATURE, from, to)
            mstore(0x00, 1)
            return(0x00, 0x20)
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ERC-2612
    //////////////////////////////////////////////////////////////*/

    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        public
        virtual
    {
        if (block.timestamp > deadline) revert ERC2612ExpiredSignature(deadline);
        bytes32 structHash = keccak256(abi.encode(_PERMIT_TYPEHASH, owner, spender, value, _useNonce(owner), deadline));
        address signer = ECDSA.recover(_hashTypedDataV4(structHash), v, r, s);
        if (signer != owner) revert ERC2612InvalidSigner(signer, owner);
        _approve(owner, spender, value);
    }

    function nonces(address owner) public view virtual override(IERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view virtual returns (bytes32) {
        return _domainSeparatorV4();
    }

    /*//////////////////////////////////////////////////////////////
                          INTERNAL BALANCE MOVES
    //////////////////////////////////////////////////////////////*/

    /// @dev Reverts for a receiver that would lose the tokens: the zero address and the token contract itself
    /// (`transfer` inlines the same check).
    function _checkReceiver(address to) internal view {
        if (to == address(0) || to == address(this)) revert ERC20InvalidReceiver(to);
    }

    /// @dev Moves `amount` from `from` to `to` and emits `Transfer`. No receiver check: callers do it.
    /// @return toBalance `to`'s balance after the transfer.
    function _transfer(address from, address to, uint256 amount) internal returns (uint256 toBalance) {
        uint256 fromBalance;
        bool insufficient;
        assembly ("memory-safe") {
            let from_ := shl(96, from)
            mstore(0x0c, or(from_, _BALANCE_SLOT_SEED))
            let fromBalanceSlot := keccak256(0x0c, 0x20)
            fromBalance := sload(fromBalanceSlot)
            insufficient := gt(amount, fromBalance)
            if iszero(insufficient) {
                sstore(fromBalanceSlot, sub(fromBalance, amount))
                mstore(0x00, to)
                let toBalanceSlot := keccak256(0x0c, 0x20)
                // Cannot overflow: the sum of all balances is the total supply, which derived tokens bound.
                toBalance := add(sload(toBalanceSlot), amount)
                sstore(toBalanceSlot, toBalance)
                mstore(0x20, amount)
                log3(0x20, 0x20, _TRANSFER_EVENT_SIGNATURE, shr(96, from_), shr(96, mload(0x0c)))
            }
        }
        if (insufficient) revert ERC20InsufficientBalance(from, fromBalance, amount);
    }

    /// @dev Adds `amount` to `to`'s balance and emits `Transfer(0, to, amount)`. The caller updates the supply.
    function _credit(address to, uint256 amount) internal {
        assembly ("memory-safe") {
            mstore(0x0c, _BALANCE_SLOT_SEED)
            mstore(0x00, to)
            let toBalanceSlot := keccak256(0x0c, 0x20)
            // Cannot overflow: the caller has just checked the new total supply.
            sstore(toBalanceSlot, add(sload(toBalanceSlot), amount))
            mstore(0x20, amount)
            log3(0x20, 0x20, _TRANSFER_EVENT_SIGNATURE, 0, shr(96, mload(0x0c)))
        }
    }

    /// @dev Takes `amount` from `from`'s balance and emits `Transfer(from, 0, amount)`. The caller updates the supply.
    function _debit(address from, uint256 amount) internal {
        uint256 fromBalance;
        bool insufficient;
        assembly ("memory-safe") {
            mstore(0x0c, _BALANCE_SLOT_SEED)
            mstore(0x00, from)
            let fromBalanceSlot := keccak256(0x0c, 0x20)
            fromBalance := sload(fromBalanceSlot)
            insufficient := gt(amount, fromBalance)
            if iszero(insufficient) {
                sstore(fromBalanceSlot, sub(fromBalance, amount))
                mstore(0x00, amount)
                log3(0x00, 0x20, _TRANSFER_EVENT_SIGNATURE, shr(96, shl(96, from)), 0)
            }
        }
        if (insufficient) revert ERC20InsufficientBalance(from, fromBalance, amount);
    }

    /// @dev Spends `amount` of `owner`'s allowance to `spender`; an infinite allowance is never decreased.
    function _spendAllowance(address owner, address spender, uint256 amount) internal {
        uint256 current;
        bool insufficient;
        assembly ("memory-safe") {
            mstore(0x20, spender)
            mstore(0x0c, _ALLOWANCE_SLOT_SEED)
            mstore(0x00, owner)
            let allowanceSlot := keccak256(0x0c, 0x34)
            current := sload(allowanceSlot)
            if not(current) {
                insufficient := gt(amount, current)
                if iszero(insufficient) { sstore(allowanceSlot, sub(current, amount)) }
            }
        }
        if (insufficient) revert ERC20InsufficientAllowance(spender, current, amount);
    }

    function _approve(address owner, address spender, uint256 amount) internal {
        if (spender == address(0)) revert ERC20InvalidSpender(spender);
        assembly ("memory-safe") {
            mstore(0x20, spender)
            mstore(0x0c, _ALLOWANCE_SLOT_SEED)
            mstore(0x00, owner)
            sstore(keccak256(0x0c, 0x34), amount)
            mstore(0x00, amount)
            log3(0x00, 0x20, _APPROVAL_EVENT_SIGNATURE, shr(96, shl(96, owner)), shr(96, shl(96, spender)))
        }
    }
}
