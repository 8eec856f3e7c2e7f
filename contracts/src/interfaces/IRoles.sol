// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Protocol roles: admin and guardian
/// @notice Every protocol contract has one admin (a timelock in real deployments) and one guardian.
/// - The admin sets parameters, each within hard bounds written as constants, and names the guardian. Admin
///   transfer is two-step (propose, then accept by the new admin), so it can never go to a wrong or zero address,
///   and there is no renounce: the contract can never be left without an admin.
/// - The guardian (and the admin) can pause and unpause the entry points listed by each contract: minting AID,
///   staking deposits and new borrowing. Nothing can pause AID redemption, the exit queue or claims.
/// - Neither role can move, freeze or take users' tokens.
interface IRoles {
    /// @notice The caller lacks the role the function needs.
    /// @param caller The account that called.
    error Unauthorized(address caller);

    /// @notice An address parameter was the zero address.
    error ZeroAddress();

    /// @notice The admin proposed `pendingAdmin` as its successor.
    event AdminTransferStarted(address indexed admin, address indexed pendingAdmin);

    /// @notice `newAdmin` accepted and is now the admin.
    event AdminTransferred(address indexed previousAdmin, address indexed newAdmin);

    /// @notice The admin named `newGuardian` as guardian.
    event GuardianSet(address indexed previousGuardian, address indexed newGuardian);

    /// @notice The account that sets parameters.
    function admin() external view returns (address);

    /// @notice The admin's proposed successor, or address(0) when none is pending.
    function pendingAdmin() external view returns (address);

    /// @notice The account that may pause and unpause.
    function guardian() external view returns (address);

    /// @notice Admin only: proposes `newAdmin`, who must call `acceptAdmin`. Proposing again replaces the proposal.
    function transferAdmin(address newAdmin) external;

    /// @notice The pending admin takes over.
    function acceptAdmin() external;

    /// @notice Admin only: names the guardian.
    function setGuardian(address newGuardian) external;
}
