// SPDX-License-Identifier: MIT
// The token of Kassa's demo network: an ERC-20 shaped like USDT (6 decimals,
// transfer, the standard Transfer event) that exists only on the local anvil
// chain `kassa --demo` starts. It has no value. Its creator mints at will.
//
// Compiled ahead of time into DemoUsdt.bin (the creation bytecode, hex) with
// solc 0.8.37 from npm, optimizer on, 200 runs, EVM paris:
//   node tests/node/compile-demo-token.js
// tst_demonetwork compiles this file again and compares.
pragma solidity ^0.8.20;

contract DemoUsdt {
    string public constant name = "Demo USDT (test network, no value)";
    string public constant symbol = "USDT";
    uint8 public constant decimals = 6;
    uint256 public totalSupply;
    address public immutable owner;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor() {
        owner = msg.sender;
    }

    function mint(address to, uint256 value) external {
        require(msg.sender == owner, "only owner");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        require(allowance[from][msg.sender] >= value, "allowance");
        allowance[from][msg.sender] -= value;
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) internal {
        require(balanceOf[from] >= value, "balance");
        balanceOf[from] -= value;
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
