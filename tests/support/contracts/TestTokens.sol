// SPDX-License-Identifier: MIT
// Tokens for Kassa's tests against anvil: a plain ERC-20 shaped like USDT
// (transfer, Transfer event, decimals, a blacklist as Tether has), one that
// keeps a fee on every transfer, and one whose transfers always revert.
pragma solidity ^0.8.20;

contract TestToken {
    string public name;
    string public symbol;
    uint8 public decimals;
    uint256 public totalSupply;
    address public owner;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    mapping(address => bool) public isBlackListed;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor(uint8 decimals_) {
        name = "Tether USD";
        symbol = "USDT";
        decimals = decimals_;
        owner = msg.sender;
    }

    function mint(address to, uint256 value) external {
        require(msg.sender == owner, "only owner");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function addBlackList(address who) external {
        require(msg.sender == owner, "only owner");
        isBlackListed[who] = true;
    }

    function getBlackListStatus(address who) external view returns (bool) {
        return isBlackListed[who];
    }

    function transfer(address to, uint256 value) external virtual returns (bool) {
        _move(msg.sender, to, value, 0);
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
        _move(from, to, value, 0);
        return true;
    }

    function _move(address from, address to, uint256 value, uint256 fee) internal {
        require(!isBlackListed[from], "blacklisted");
        require(balanceOf[from] >= value, "balance");
        balanceOf[from] -= value;
        balanceOf[to] += value - fee;
        emit Transfer(from, to, value - fee);
        if (fee > 0) {
            balanceOf[owner] += fee;
            emit Transfer(from, owner, fee);
        }
    }
}

// Keeps 1% of every transfer: the recipient gets less than was sent.
contract FeeToken is TestToken {
    constructor(uint8 decimals_) TestToken(decimals_) {}

    function transfer(address to, uint256 value) external override returns (bool) {
        _move(msg.sender, to, value, value / 100);
        return true;
    }
}

// Every transfer reverts: a payout with it must end failed, not retried.
contract RevertingToken is TestToken {
    constructor(uint8 decimals_) TestToken(decimals_) {}

    function transfer(address, uint256) external pure override returns (bool) {
        revert("transfers are disabled");
    }
}
