//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AID
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 *
 */
export const aidAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'minter_', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'burn',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minter',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'minter', internalType: 'address', type: 'address' },
    ],
    name: 'CallerNotMinter',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

/**
 *
 */
export const aidAddress = {
  31337: '0xCafac3dD18aC6c6e92c921884f9E4176737C052c',
} as const

/**
 *
 */
export const aidConfig = { address: aidAddress, abi: aidAbi } as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AIDMinter
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 *
 */
export const aidMinterAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'usdc_', internalType: 'contract IERC20', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'aid',
    outputs: [{ name: '', internalType: 'contract IAID', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'usdcAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'mint',
    outputs: [{ name: 'aidAmount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'usdcAmount', internalType: 'uint256', type: 'uint256' }],
    name: 'previewMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'aidAmount', internalType: 'uint256', type: 'uint256' }],
    name: 'previewRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'aidAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'redeem',
    outputs: [{ name: 'usdcAmount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'reserveUsdc',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'usdc',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'caller',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'receiver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'usdcIn',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'aidOut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Minted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'caller',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'receiver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'aidIn',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'usdcOut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Redeemed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'usdcAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AmountTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'available', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientReserve',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [
      { name: 'aidAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RedeemAmountTooSmall',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
      { name: 'received', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UsdcReceivedMismatch',
  },
  { type: 'error', inputs: [], name: 'ZeroAmount' },
] as const

/**
 *
 */
export const aidMinterAddress = {
  31337: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
} as const

/**
 *
 */
export const aidMinterConfig = {
  address: aidMinterAddress,
  abi: aidMinterAbi,
} as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// GPUTitleRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 *
 */
export const gpuTitleRegistryAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'admin', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'APPRAISER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CUSTODIAN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_DEPRECIATION_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_APPRAISAL_VALIDITY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DATA_CENTER_TIER',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPRECIATION_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GPUS_PER_TITLE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_INSURANCE_TERM',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SCAN',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_USD_VALUE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_DEPRECIATION_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
    ],
    name: 'addModel',
    outputs: [{ name: 'modelId', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'adminCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'value', internalType: 'uint96', type: 'uint96' },
      { name: 'validUntil', internalType: 'uint40', type: 'uint40' },
      { name: 'reportHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'appraise',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: 'result', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'cancelRedemption',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'confirmRedemption',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'currentValue',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'getApproved',
    outputs: [{ name: 'result', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'isApprovedForAll',
    outputs: [{ name: 'result', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lastTitleId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'loanManager',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'modelId', internalType: 'uint8', type: 'uint8' }],
    name: 'model',
    outputs: [
      {
        name: 'm',
        internalType: 'struct IGPUTitleRegistry.Model',
        type: 'tuple',
        components: [
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
          { name: 'allowed', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'modelCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'models',
    outputs: [
      {
        name: 'list',
        internalType: 'struct IGPUTitleRegistry.Model[]',
        type: 'tuple[]',
        components: [
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
          { name: 'allowed', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'ownerOf',
    outputs: [{ name: 'result', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromId', internalType: 'uint256', type: 'uint256' },
      { name: 'maxScan', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pendingTitles',
    outputs: [
      {
        name: '',
        internalType: 'struct IGPUTitleRegistry.Title[]',
        type: 'tuple[]',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'owner', internalType: 'address', type: 'address' },
          { name: 'pledgor', internalType: 'address', type: 'address' },
          {
            name: 'status',
            internalType: 'enum IGPUTitleRegistry.Status',
            type: 'uint8',
          },
          { name: 'modelId', internalType: 'uint8', type: 'uint8' },
          { name: 'modelName', internalType: 'string', type: 'string' },
          { name: 'gpuCount', internalType: 'uint16', type: 'uint16' },
          { name: 'dataCenterTier', internalType: 'uint8', type: 'uint8' },
          { name: 'purchaseDate', internalType: 'uint40', type: 'uint40' },
          {
            name: 'serialsCommitment',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'dataCenter', internalType: 'string', type: 'string' },
          { name: 'purchasePrice', internalType: 'uint96', type: 'uint96' },
          {
            name: 'insurance',
            internalType: 'struct IGPUTitleRegistry.Insurance',
            type: 'tuple',
            components: [
              { name: 'insurer', internalType: 'string', type: 'string' },
              { name: 'policyId', internalType: 'string', type: 'string' },
              { name: 'coverage', internalType: 'uint96', type: 'uint96' },
              { name: 'expiry', internalType: 'uint40', type: 'uint40' },
            ],
          },
          {
            name: 'insuranceVerifiedUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'insuranceVerified', internalType: 'bool', type: 'bool' },
          { name: 'appraisedValue', internalType: 'uint96', type: 'uint96' },
          { name: 'appraisedAt', internalType: 'uint40', type: 'uint40' },
          {
            name: 'appraisalValidUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
          { name: 'reportHash', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'rejectionReason',
            internalType: 'enum IGPUTitleRegistry.RejectionReason',
            type: 'uint8',
          },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: '', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'borrower', internalType: 'address', type: 'address' },
    ],
    name: 'pledge',
    outputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'reason',
        internalType: 'enum IGPUTitleRegistry.RejectionReason',
        type: 'uint8',
      },
    ],
    name: 'reject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'to', internalType: 'address', type: 'address' },
    ],
    name: 'release',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renderer',
    outputs: [
      { name: '', internalType: 'contract GPUTitleRenderer', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'requestRedemption',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'id', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'safeTransferFrom',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'safeTransferFrom',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'serial', internalType: 'bytes32', type: 'bytes32' }],
    name: 'serialTitle',
    outputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'serials', internalType: 'bytes32[]', type: 'bytes32[]' }],
    name: 'serialsCommitment',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'isApproved', internalType: 'bool', type: 'bool' },
    ],
    name: 'setApprovalForAll',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'loanManager_', internalType: 'address', type: 'address' },
    ],
    name: 'setLoanManager',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'modelId', internalType: 'uint8', type: 'uint8' },
      { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
      { name: 'allowed', internalType: 'bool', type: 'bool' },
    ],
    name: 'setModel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'recipient', internalType: 'address', type: 'address' },
    ],
    name: 'settleLiquidation',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'startLiquidation',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'statusOf',
    outputs: [
      {
        name: '',
        internalType: 'enum IGPUTitleRegistry.Status',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'input',
        internalType: 'struct IGPUTitleRegistry.TitleInput',
        type: 'tuple',
        components: [
          { name: 'modelId', internalType: 'uint8', type: 'uint8' },
          { name: 'gpuCount', internalType: 'uint16', type: 'uint16' },
          { name: 'serials', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'dataCenter', internalType: 'string', type: 'string' },
          { name: 'dataCenterTier', internalType: 'uint8', type: 'uint8' },
          { name: 'purchasePrice', internalType: 'uint96', type: 'uint96' },
          { name: 'purchaseDate', internalType: 'uint40', type: 'uint40' },
          {
            name: 'insurance',
            internalType: 'struct IGPUTitleRegistry.Insurance',
            type: 'tuple',
            components: [
              { name: 'insurer', internalType: 'string', type: 'string' },
              { name: 'policyId', internalType: 'string', type: 'string' },
              { name: 'coverage', internalType: 'uint96', type: 'uint96' },
              { name: 'expiry', internalType: 'uint40', type: 'uint40' },
            ],
          },
        ],
      },
    ],
    name: 'submit',
    outputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'title',
    outputs: [
      {
        name: '',
        internalType: 'struct IGPUTitleRegistry.Title',
        type: 'tuple',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'owner', internalType: 'address', type: 'address' },
          { name: 'pledgor', internalType: 'address', type: 'address' },
          {
            name: 'status',
            internalType: 'enum IGPUTitleRegistry.Status',
            type: 'uint8',
          },
          { name: 'modelId', internalType: 'uint8', type: 'uint8' },
          { name: 'modelName', internalType: 'string', type: 'string' },
          { name: 'gpuCount', internalType: 'uint16', type: 'uint16' },
          { name: 'dataCenterTier', internalType: 'uint8', type: 'uint8' },
          { name: 'purchaseDate', internalType: 'uint40', type: 'uint40' },
          {
            name: 'serialsCommitment',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'dataCenter', internalType: 'string', type: 'string' },
          { name: 'purchasePrice', internalType: 'uint96', type: 'uint96' },
          {
            name: 'insurance',
            internalType: 'struct IGPUTitleRegistry.Insurance',
            type: 'tuple',
            components: [
              { name: 'insurer', internalType: 'string', type: 'string' },
              { name: 'policyId', internalType: 'string', type: 'string' },
              { name: 'coverage', internalType: 'uint96', type: 'uint96' },
              { name: 'expiry', internalType: 'uint40', type: 'uint40' },
            ],
          },
          {
            name: 'insuranceVerifiedUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'insuranceVerified', internalType: 'bool', type: 'bool' },
          { name: 'appraisedValue', internalType: 'uint96', type: 'uint96' },
          { name: 'appraisedAt', internalType: 'uint40', type: 'uint40' },
          {
            name: 'appraisalValidUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
          { name: 'reportHash', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'rejectionReason',
            internalType: 'enum IGPUTitleRegistry.RejectionReason',
            type: 'uint8',
          },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'fromId', internalType: 'uint256', type: 'uint256' },
      { name: 'maxScan', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'titlesOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IGPUTitleRegistry.Title[]',
        type: 'tuple[]',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'owner', internalType: 'address', type: 'address' },
          { name: 'pledgor', internalType: 'address', type: 'address' },
          {
            name: 'status',
            internalType: 'enum IGPUTitleRegistry.Status',
            type: 'uint8',
          },
          { name: 'modelId', internalType: 'uint8', type: 'uint8' },
          { name: 'modelName', internalType: 'string', type: 'string' },
          { name: 'gpuCount', internalType: 'uint16', type: 'uint16' },
          { name: 'dataCenterTier', internalType: 'uint8', type: 'uint8' },
          { name: 'purchaseDate', internalType: 'uint40', type: 'uint40' },
          {
            name: 'serialsCommitment',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'dataCenter', internalType: 'string', type: 'string' },
          { name: 'purchasePrice', internalType: 'uint96', type: 'uint96' },
          {
            name: 'insurance',
            internalType: 'struct IGPUTitleRegistry.Insurance',
            type: 'tuple',
            components: [
              { name: 'insurer', internalType: 'string', type: 'string' },
              { name: 'policyId', internalType: 'string', type: 'string' },
              { name: 'coverage', internalType: 'uint96', type: 'uint96' },
              { name: 'expiry', internalType: 'uint40', type: 'uint40' },
            ],
          },
          {
            name: 'insuranceVerifiedUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'insuranceVerified', internalType: 'bool', type: 'bool' },
          { name: 'appraisedValue', internalType: 'uint96', type: 'uint96' },
          { name: 'appraisedAt', internalType: 'uint40', type: 'uint40' },
          {
            name: 'appraisalValidUntil',
            internalType: 'uint40',
            type: 'uint40',
          },
          { name: 'depreciationBps', internalType: 'uint16', type: 'uint16' },
          { name: 'reportHash', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'rejectionReason',
            internalType: 'enum IGPUTitleRegistry.RejectionReason',
            type: 'uint8',
          },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: '', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'tokenURI',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'id', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'insurance',
        internalType: 'struct IGPUTitleRegistry.Insurance',
        type: 'tuple',
        components: [
          { name: 'insurer', internalType: 'string', type: 'string' },
          { name: 'policyId', internalType: 'string', type: 'string' },
          { name: 'coverage', internalType: 'uint96', type: 'uint96' },
          { name: 'expiry', internalType: 'uint40', type: 'uint40' },
        ],
      },
    ],
    name: 'updateInsurance',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'verifyInsurance',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'withdraw',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'isApproved',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'ApprovalForAll',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'insurance',
        internalType: 'struct IGPUTitleRegistry.Insurance',
        type: 'tuple',
        components: [
          { name: 'insurer', internalType: 'string', type: 'string' },
          { name: 'policyId', internalType: 'string', type: 'string' },
          { name: 'coverage', internalType: 'uint96', type: 'uint96' },
          { name: 'expiry', internalType: 'uint40', type: 'uint40' },
        ],
        indexed: false,
      },
    ],
    name: 'InsuranceUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'appraiser',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'verifiedUntil',
        internalType: 'uint40',
        type: 'uint40',
        indexed: false,
      },
    ],
    name: 'InsuranceVerified',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'escrow',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'LiquidationSettled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'escrow',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'LiquidationStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previous',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'loanManager',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'LoanManagerSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'modelId', internalType: 'uint8', type: 'uint8', indexed: true },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
      {
        name: 'depreciationBps',
        internalType: 'uint16',
        type: 'uint16',
        indexed: false,
      },
    ],
    name: 'ModelAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'modelId', internalType: 'uint8', type: 'uint8', indexed: true },
      {
        name: 'depreciationBps',
        internalType: 'uint16',
        type: 'uint16',
        indexed: false,
      },
      { name: 'allowed', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'ModelUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RedemptionCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RedemptionRequested',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'appraiser',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'value', internalType: 'uint96', type: 'uint96', indexed: false },
      {
        name: 'validUntil',
        internalType: 'uint40',
        type: 'uint40',
        indexed: false,
      },
      {
        name: 'depreciationBps',
        internalType: 'uint16',
        type: 'uint16',
        indexed: false,
      },
      {
        name: 'reportHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'insuranceVerifiedUntil',
        internalType: 'uint40',
        type: 'uint40',
        indexed: false,
      },
    ],
    name: 'TitleAppraised',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'pledgor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'escrow',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TitlePledged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'custodian',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'TitleRedeemed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'appraiser',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reason',
        internalType: 'enum IGPUTitleRegistry.RejectionReason',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'TitleRejected',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'escrow',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
    ],
    name: 'TitleReleased',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'modelId', internalType: 'uint8', type: 'uint8', indexed: true },
      {
        name: 'serialsCommitment',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'input',
        internalType: 'struct IGPUTitleRegistry.TitleInput',
        type: 'tuple',
        components: [
          { name: 'modelId', internalType: 'uint8', type: 'uint8' },
          { name: 'gpuCount', internalType: 'uint16', type: 'uint16' },
          { name: 'serials', internalType: 'bytes32[]', type: 'bytes32[]' },
          { name: 'dataCenter', internalType: 'string', type: 'string' },
          { name: 'dataCenterTier', internalType: 'uint8', type: 'uint8' },
          { name: 'purchasePrice', internalType: 'uint96', type: 'uint96' },
          { name: 'purchaseDate', internalType: 'uint40', type: 'uint40' },
          {
            name: 'insurance',
            internalType: 'struct IGPUTitleRegistry.Insurance',
            type: 'tuple',
            components: [
              { name: 'insurer', internalType: 'string', type: 'string' },
              { name: 'policyId', internalType: 'string', type: 'string' },
              { name: 'coverage', internalType: 'uint96', type: 'uint96' },
              { name: 'expiry', internalType: 'uint40', type: 'uint40' },
            ],
          },
        ],
        indexed: false,
      },
    ],
    name: 'TitleSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'titleId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'TitleWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'AccountBalanceOverflow' },
  { type: 'error', inputs: [], name: 'BalanceQueryForZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'borrower', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'BorrowerNotOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'escrow', internalType: 'address', type: 'address' },
    ],
    name: 'CallerNotEscrow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'loanManager', internalType: 'address', type: 'address' },
    ],
    name: 'CallerNotLoanManager',
  },
  {
    type: 'error',
    inputs: [
      { name: 'rateBps', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DepreciationRateOutOfBounds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'serial', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'DuplicateSerial',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'EtherNotAccepted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'gpuCount', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GpuCountOutOfBounds',
  },
  {
    type: 'error',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'InsuranceAlreadyVerified',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'nowTimestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsuranceExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsuranceTermTooLong',
  },
  {
    type: 'error',
    inputs: [
      { name: 'validUntil', internalType: 'uint256', type: 'uint256' },
      { name: 'nowTimestamp', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAppraisalValidity',
  },
  {
    type: 'error',
    inputs: [
      { name: 'purchaseDate', internalType: 'uint256', type: 'uint256' },
      { name: 'nowTimestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidPurchaseDate',
  },
  {
    type: 'error',
    inputs: [{ name: 'recipient', internalType: 'address', type: 'address' }],
    name: 'InvalidRecipient',
  },
  { type: 'error', inputs: [], name: 'InvalidRejectionReason' },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'serial', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'InvalidSerial',
  },
  {
    type: 'error',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IGPUTitleRegistry.Status',
        type: 'uint8',
      },
    ],
    name: 'InvalidStatus',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'field',
        internalType: 'enum IGPUTitleRegistry.TextField',
        type: 'uint8',
      },
      { name: 'value', internalType: 'string', type: 'string' },
    ],
    name: 'InvalidText',
  },
  {
    type: 'error',
    inputs: [{ name: 'tier', internalType: 'uint8', type: 'uint8' }],
    name: 'InvalidTier',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'LastAdmin',
  },
  {
    type: 'error',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'loanManager', internalType: 'address', type: 'address' },
    ],
    name: 'LoanManagerNotApproved',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'modelId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ModelAlreadyListed',
  },
  {
    type: 'error',
    inputs: [{ name: 'modelId', internalType: 'uint8', type: 'uint8' }],
    name: 'ModelNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'NoCurrentValue',
  },
  { type: 'error', inputs: [], name: 'NotOwnerNorApproved' },
  {
    type: 'error',
    inputs: [
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'holder', internalType: 'address', type: 'address' },
    ],
    name: 'NotTitleHolder',
  },
  {
    type: 'error',
    inputs: [
      { name: 'serial', internalType: 'bytes32', type: 'bytes32' },
      { name: 'titleId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SerialAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'gpuCount', internalType: 'uint256', type: 'uint256' },
      { name: 'serialCount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SerialCountMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'bytes32', type: 'bytes32' },
      { name: 'serial', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SerialsNotSorted',
  },
  {
    type: 'error',
    inputs: [{ name: 'titleId', internalType: 'uint256', type: 'uint256' }],
    name: 'TitleNotFound',
  },
  { type: 'error', inputs: [], name: 'TokenAlreadyExists' },
  { type: 'error', inputs: [], name: 'TokenDoesNotExist' },
  {
    type: 'error',
    inputs: [{ name: 'maximum', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyModels',
  },
  { type: 'error', inputs: [], name: 'TransferFromIncorrectOwner' },
  { type: 'error', inputs: [], name: 'TransferToNonERC721ReceiverImplementer' },
  { type: 'error', inputs: [], name: 'TransferToZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UsdValueOutOfBounds',
  },
  { type: 'error', inputs: [], name: 'ZeroAddress' },
  { type: 'error', inputs: [], name: 'ZeroReportHash' },
  { type: 'error', inputs: [], name: 'ZeroScan' },
] as const

/**
 *
 */
export const gpuTitleRegistryAddress = {
  31337: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
} as const

/**
 *
 */
export const gpuTitleRegistryConfig = {
  address: gpuTitleRegistryAddress,
  abi: gpuTitleRegistryAbi,
} as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MockUSDC
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 *
 */
export const mockUsdcAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'FAUCET_LIMIT',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'faucet',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'FaucetLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

/**
 *
 */
export const mockUsdcAddress = {
  31337: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
} as const

/**
 *
 */
export const mockUsdcConfig = {
  address: mockUsdcAddress,
  abi: mockUsdcAbi,
} as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// USDC
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 *
 */
export const usdcAbi = [
  {
    type: 'event',
    inputs: [
      { name: 'owner', type: 'address', indexed: true },
      { name: 'spender', type: 'address', indexed: true },
      { name: 'value', type: 'uint256', indexed: false },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    inputs: [
      { name: 'from', type: 'address', indexed: true },
      { name: 'to', type: 'address', indexed: true },
      { name: 'value', type: 'uint256', indexed: false },
    ],
    name: 'Transfer',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'recipient', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'sender', type: 'address' },
      { name: 'recipient', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ type: 'bool' }],
    stateMutability: 'nonpayable',
  },
] as const

/**
 *
 */
export const usdcAddress = {
  31337: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
} as const

/**
 *
 */
export const usdcConfig = { address: usdcAddress, abi: usdcAbi } as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Deployments
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** Per chain: the block the protocol was deployed at and whether USDC is the local mock. */
export const deployments = {
  31337: { deployBlock: 0n, usdcIsMock: true },
} as const
