// Compiles resources/demo/DemoUsdt.sol with solc from npm (offline) and
// prints its creation bytecode as hex (no 0x, one line). With --write it
// writes resources/demo/DemoUsdt.bin instead; tst_demonetwork compares the
// two so the committed bytecode always matches its source.
const fs = require('fs');
const path = require('path');
const solc = require(path.join(__dirname, 'node_modules', 'solc'));

const root = path.join(__dirname, '..', '..');
const source = path.join(root, 'resources', 'demo', 'DemoUsdt.sol');
const input = {
  language: 'Solidity',
  sources: { 'DemoUsdt.sol': { content: fs.readFileSync(source, 'utf8') } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'paris',
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const hex = output.contracts['DemoUsdt.sol'].DemoUsdt.evm.bytecode.object;
if (process.argv.includes('--write')) {
  fs.writeFileSync(path.join(root, 'resources', 'demo', 'DemoUsdt.bin'), hex + '\n');
} else {
  process.stdout.write(hex + '\n');
}
