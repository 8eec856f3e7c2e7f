// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRoles} from "./interfaces/IRoles.sol";

/// @title Roles
/// @notice Admin (two-step transfer, no renounce) and guardian, shared by the protocol's contracts.
abstract contract Roles is IRoles {
    /// @inheritdoc IRoles
    address public admin;
    /// @inheritdoc IRoles
    address public pendingAdmin;
    /// @inheritdoc IRoles
    address public guardian;

    constructor(address admin_, address guardian_) {
        if (admin_ == address(0) || guardian_ == address(0)) revert ZeroAddress();
        admin = admin_;
        guardian = guardian_;
        emit AdminTransferred(address(0), admin_);
        emit GuardianSet(address(0), guardian_);
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        _;
    }

    modifier onlyGuardianOrAdmin() {
        if (msg.sender != guardian && msg.sender != admin) revert Unauthorized(msg.sender);
        _;
    }

    /// @inheritdoc IRoles
    function transferAdmin(address newAdmin) external onlyAdmin {
        if (newAdmin == address(0)) revert ZeroAddress();
        pendingAdmin = newAdmin;
        emit AdminTransferStarted(msg.sender, newAdmin);
    }

    /// @inheritdoc IRoles
    function acceptAdmin() external {
        if (msg.sender != pendingAdmin) revert Unauthorized(msg.sender);
        emit AdminTransferred(admin, msg.sender);
        admin = msg.sender;
        pendingAdmin = address(0);
    }

    /// @inheritdoc IRoles
    function setGuardian(address newGuardian) external onlyAdmin {
        if (newGuardian == address(0)) revert ZeroAddress();
        emit GuardianSet(guardian, newGuardian);
        guardian = newGuardian;
    }
}
