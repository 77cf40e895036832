// Compiles TestTokens.sol with solc (npm, offline) into one JSON file:
// { "TestToken": { "abi": [...], "bytecode": "0x..." }, ... }
// usage: node compile.js SOURCE.sol OUT.json
const fs = require('fs');
const path = require('path');
const solc = require(path.join(__dirname, '..', '..', 'node', 'node_modules', 'solc'));

const [source, out] = process.argv.slice(2);
const input = {
  language: 'Solidity',
  sources: { [path.basename(source)]: { content: fs.readFileSync(source, 'utf8') } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'paris',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const result = {};
for (const [name, contract] of Object.entries(output.contracts[path.basename(source)])) {
  result[name] = { abi: contract.abi, bytecode: '0x' + contract.evm.bytecode.object };
}
fs.writeFileSync(out, JSON.stringify(result, null, 1));
console.log(`compiled ${Object.keys(result).join(', ')} -> ${out}`);
