// The end-to-end proof (make e2e): `kassa-cli serve --demo` on a fresh demo
// profile; this script is the test storefront (orders through the Epusdt
// route, signed callbacks received and verified), independently of Kassa
// the customers (ethers signs and sends every payment), and the finance
// staff: payouts to fresh addresses asked for through /v1/payouts (an API
// key) and `kassa-cli payout request` (the demo clerk), each approved with
// a password step-up by operators other than its maker (`kassa-cli payout
// approve`; the policy wants two approvers and an owner for a destination
// outside the address book), then sent by the payout senders in serve. At
// the end the books are reconciled against the chain — test USDT and the
// test ETH spent on gas — and a report is printed.
//
// usage: node e2e.js --cli build/app/kassa-cli [--orders 1000] [--payouts 10] [--keep DIR]
// Exit code 0 only when every order was paid, every callback verified,
// every payout completed and the reconciliation shows no unexplained
// difference. The demo's payout wallet lives in the key store: run it with
// tests/support/with-services.sh where there is no desktop keychain.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const http = require('http');
const crypto = require('crypto');
const { spawn } = require('child_process');
const { ethers } = require(path.join(__dirname, '..', 'node', 'node_modules', 'ethers'));

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const cli = arg('cli');
const orderCount = Number(arg('orders', '1000'));
const payoutCount = Number(arg('payouts', '10'));
const concurrency = Number(arg('concurrency', '16'));
const timeoutMs = Number(arg('timeout', '240')) * 1000;
if (!cli) {
  console.error('usage: node e2e.js --cli PATH/kassa-cli [--orders N]');
  process.exit(2);
}

const started = Date.now();
const runTag = started.toString(36); // order ids and payout references stay unique when --keep reuses a profile
const log = (...m) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...m);
const fail = (msg) => {
  console.error('E2E FAILED: ' + msg);
  cleanup();
  process.exit(1);
};

const profile = arg('keep') || fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-e2e-'));
fs.mkdirSync(profile, { recursive: true, mode: 0o700 });
// The demo profile keeps what it does not own: a long order window (1,000
// orders must not expire while they are created) and no per-client limit.
fs.writeFileSync(path.join(profile, 'kassa.conf'),
  '[payments]\nexpiry_minutes=30\n[api]\nrate_per_second=0\n[log]\nlevel=warning\n', { mode: 0o600 });

let server = null;
let callbackServer = null;
function cleanup() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (callbackServer) callbackServer.close();
  if (!arg('keep')) fs.rmSync(profile, { recursive: true, force: true });
}
process.on('SIGINT', () => fail('interrupted'));

// Epusdt's signing text: sorted key=value of non-empty values, & joined, + token, MD5.
function epusdtSign(obj, token) {
  const parts = Object.keys(obj)
    .filter((k) => k !== 'signature' && obj[k] !== null && obj[k] !== undefined && obj[k] !== '')
    .map((k) => `${k}=${typeof obj[k] === 'number' ? String(obj[k]) : obj[k]}`)
    .sort();
  return crypto.createHash('md5').update(parts.join('&') + token, 'utf8').digest('hex');
}

// One HTTP request with a JSON answer: { status, json }. `body`, when given,
// is sent as JSON; `headers` are added to the request.
function requestJson(method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const all = { ...headers };
    if (data) {
      all['content-type'] = 'application/json';
      all['content-length'] = data.length;
    }
    const req = http.request(url, { method, headers: all }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (e) {
          reject(new Error(`HTTP ${res.statusCode}: not JSON`));
        }
      });
    });
    req.on('error', reject);
    req.end(data || undefined);
  });
}

const postJson = (url, body) => requestJson('POST', url, body);
const postJsonAuth = (url, body, key) => requestJson('POST', url, body, { authorization: `Bearer ${key}` });

// kassa-cli on the profile serve runs in (these commands do not take the
// profile's lock); `input` is what a person would type: one line each.
let cliCalls = 0;
function runCli(cliArgs, input) {
  ++cliCalls;
  return new Promise((resolve) => {
    const p = spawn(cli, ['--profile', profile, '--language', 'en', ...cliArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input || '');
  });
}

// Runs `task` over `items`, `width` at a time.
async function eachLimited(items, width, task) {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (i < items.length) await task(items[i++]);
  }));
}

function waitFor(predicate, ms, what) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      const v = predicate();
      if (v) return resolve(v);
      if (Date.now() - t0 > ms) return reject(new Error('timed out waiting for ' + what));
      setTimeout(tick, 100);
    };
    tick();
  });
}

async function main() {
  // 1. The storefront's callback endpoint.
  const callbacks = new Map(); // trade_id -> [bodies]
  let callbackCount = 0;
  callbackServer = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (!callbacks.has(body.trade_id)) callbacks.set(body.trade_id, []);
        callbacks.get(body.trade_id).push(body);
        ++callbackCount;
      } catch (e) {
        /* counted as a failure below: the order gets no callback */
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise((r) => callbackServer.listen(0, '127.0.0.1', r));
  const notifyUrl = `http://127.0.0.1:${callbackServer.address().port}/notify`;

  // 2. Kassa, headless, on the demo network.
  log(`starting ${cli} serve --demo in ${profile}`);
  server = spawn(cli, ['--profile', profile, 'serve', '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let serverOut = '';
  server.stdout.on('data', (d) => (serverOut += d));
  server.stderr.on('data', (d) => (serverOut += d));
  server.on('exit', (code) => {
    if (code !== 0 && code !== null) fail(`kassa-cli exited with ${code}:\n${serverOut}`);
  });
  await waitFor(() => serverOut.includes('Serving.') || serverOut.includes('Serving'), 90000, 'kassa-cli serve --demo');
  const demo = JSON.parse(fs.readFileSync(path.join(profile, 'demo.json'), 'utf8'));
  const apiToken = fs.readFileSync(demo.epusdt_token_file, 'utf8').trim();
  const provider = new ethers.JsonRpcProvider(demo.rpc, demo.chain_id, { staticNetwork: true, batchMaxCount: 1 });
  const token = new ethers.Contract(demo.token, ['function balanceOf(address) view returns (uint256)',
    'function transfer(address,uint256) returns (bool)'], provider);
  log(`demo network ${demo.rpc}, test USDT ${demo.token}, storefront ${demo.api}`);

  // The customers: keys derived here from the public dev mnemonic by ethers, not by Kassa.
  const customers = demo.customers.map((address, i) => {
    const w = ethers.HDNodeWallet.fromPhrase(demo.mnemonic, '', `m/44'/60'/0'/0/${i + 1}`);
    if (w.address !== address) fail(`customer ${i + 1}: ethers derives ${w.address}, demo.json says ${address}`);
    return { wallet: w, nonce: 0 };
  });
  for (const c of customers) c.nonce = await provider.getTransactionCount(c.wallet.address, 'pending');
  const receive = demo.receive_addresses;
  const balancesBefore = {};
  for (const a of [...receive, demo.payout_address, ...demo.customers]) balancesBefore[a.toLowerCase()] = await token.balanceOf(a);
  // Test ETH, for the gas: only the customers and the payout wallet spend it here.
  const ethBefore = {};
  for (const a of [demo.payout_address, ...demo.customers]) ethBefore[a.toLowerCase()] = await provider.getBalance(a);

  // 3. Payouts to fresh addresses, with the policy as for real money: asked
  // for, approved and sent while the orders of step 4 come in.
  const payoutRun = (async () => {
    const payoutsStarted = Date.now();
    if (!demo.payouts || !demo.operators_file) fail(`serve --demo runs without payouts:\n${serverOut}`);
    if ((fs.statSync(demo.operators_file).mode & 0o077) !== 0) fail(`${demo.operators_file} is readable by others`);
    const operators = JSON.parse(fs.readFileSync(demo.operators_file, 'utf8')).operators;
    const password = (login) => {
      const o = operators.find((x) => x.login === login);
      if (!o) fail(`no demo operator ${login} in ${demo.operators_file}`);
      return o.password;
    };
    const CLERK = 'demo-clerk';
    const APPROVERS = ['demo-approver', 'demo-approver2', 'demo-owner']; // two approvers and an owner

    // The REST half asks with an API key that may only ask for payouts.
    const made = await runCli(['apikey', 'create', 'e2e-payouts', '--scope', 'payouts:request']);
    const apiKey = made.stdout.trim().split('\n').pop().trim();
    if (made.code !== 0 || !apiKey.startsWith('kassa_')) fail(`apikey create: ${made.stdout}${made.stderr}`);

    const payouts = Array.from({ length: payoutCount }, (_, i) => {
      const wallet = ethers.Wallet.createRandom();
      // 12.50 … 77.75 USDT: below the demo's first tier (1,000 CNY at 7.2 CNY).
      const amount = (12.5 + i * 7.25).toFixed(2);
      return { i, destination: wallet.address, amount, units: ethers.parseUnits(amount, 6),
        reference: `E2E-PAYOUT-${runTag}-${i}`, via: i % 2 === 0 ? 'api' : 'cli' };
    });
    for (const p of payouts.filter((x) => x.via === 'api')) {
      const r = await postJsonAuth(`${demo.api}/v1/payouts`, { chain: 'local', asset: 'USDT', amount: p.amount,
        destination: p.destination, reason: `e2e refund ${p.i}`, reference: p.reference }, apiKey);
      if (r.status !== 201 || r.json.status !== 'awaiting_approval') fail(`POST /v1/payouts: ${r.status} ${JSON.stringify(r.json)}`);
      p.id = r.json.id;
    }
    await eachLimited(payouts.filter((x) => x.via === 'cli'), 2, async (p) => {
      const r = await runCli(['payout', 'request', '--operator', CLERK, '--chain', 'local', '--amount', p.amount,
        '--to', p.destination, '--reason', `e2e supplier payment ${p.i}`, '--reference', p.reference], password(CLERK) + '\n');
      if (r.code !== 0) fail(`payout request by ${CLERK}: ${r.stdout}${r.stderr}`);
    });
    const listed = async () => {
      const r = await runCli(['payout', 'list', '--json']);
      if (r.code !== 0) fail(`payout list: ${r.stdout}${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    for (const k of await listed()) {
      const p = payouts.find((x) => x.reference === k.reference);
      if (p && !p.id) p.id = k.id;
    }
    if (payouts.some((p) => !p.id)) fail('a requested payout is missing from kassa-cli payout list');
    log(`${payouts.length} payouts requested (${payouts.filter((p) => p.via === 'api').length} through /v1/payouts)`);

    // Maker ≠ checker: the clerk cannot approve what it asked for.
    const own = payouts.find((p) => p.via === 'cli');
    if (own) {
      const refused = await runCli(['payout', 'approve', own.id, '--operator', CLERK], password(CLERK) + '\n');
      if (refused.code === 0) fail(`${CLERK} approved its own request ${own.id}`);
    }

    // Each approval after the approver saw the request and typed the password
    // again; payout by payout, so the senders can start on the first ones
    // while the later ones are being approved.
    let approvals = 0;
    await eachLimited(payouts, 2, async (p) => {
      for (const login of APPROVERS) {
        const r = await runCli(['payout', 'approve', p.id, '--operator', login], password(login) + '\n');
        if (r.code !== 0) fail(`payout approve ${p.id} by ${login}: ${r.stdout}${r.stderr}`);
        ++approvals;
        // Two approvers are not enough for an address outside the address book.
        const last = login === APPROVERS[APPROVERS.length - 1];
        if (last !== r.stdout.includes('it will be signed and sent'))
          fail(`payout ${p.id} after the approval by ${login}: ${r.stdout}`);
      }
    });
    const approvedAt = Date.now();
    log(`${approvals} approvals by ${APPROVERS.join(', ')} in ${((approvedAt - payoutsStarted) / 1000).toFixed(1)} s`);

    // The senders in serve find them (within [payouts] interval_seconds) and
    // follow each transaction to its confirmations.
    const finished = (p) => p.status === 'completed' || p.status === 'failed';
    const deadline = Date.now() + 120000;
    while (!payouts.every(finished)) {
      if (Date.now() > deadline) fail(`the payouts did not finish: ${payouts.map((p) => `${p.id} ${p.status}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 1000));
      for (const k of await listed()) {
        const p = payouts.find((x) => x.id === k.id);
        if (p) Object.assign(p, { status: k.status, tx: k.tx_hash, kassaAmount: k.amount, why: k.failure_reason });
      }
    }
    const failed = payouts.filter((p) => p.status !== 'completed');
    if (failed.length) fail(`payouts failed: ${failed.map((p) => `${p.id}: ${p.why}`).join('; ')}`);
    log(`${payouts.length} payouts completed ${((Date.now() - approvedAt) / 1000).toFixed(1)} s after the last approval`);

    // Every payout on the chain, checked without Kassa: one successful
    // transfer of the amount from the payout wallet to its fresh address.
    const transferTopic = ethers.id('Transfer(address,address,uint256)');
    let payoutGas = 0n;
    for (const p of payouts) {
      if (ethers.parseUnits(p.kassaAmount, 6) !== p.units) fail(`${p.id}: Kassa pays ${p.kassaAmount}, asked ${p.amount}`);
      const rc = await provider.getTransactionReceipt(p.tx);
      if (!rc || rc.status !== 1) fail(`payout ${p.id}: ${p.tx} is not a successful transaction`);
      if (rc.from.toLowerCase() !== demo.payout_address.toLowerCase()) fail(`payout ${p.id} sent from ${rc.from}`);
      const logs = rc.logs.filter((l) => l.address.toLowerCase() === demo.token.toLowerCase() && l.topics[0] === transferTopic);
      const to = logs.length === 1 ? ethers.getAddress('0x' + logs[0].topics[2].slice(26)) : '';
      if (to !== p.destination || BigInt(logs[0].data) !== p.units) fail(`payout ${p.id}: ${p.tx} does not pay ${p.amount} to ${p.destination}`);
      const balance = await token.balanceOf(p.destination);
      if (balance !== p.units) fail(`payout ${p.id}: ${p.destination} holds ${ethers.formatUnits(balance, 6)}`);
      p.block = rc.blockNumber;
      p.gas = rc.fee;
      payoutGas += rc.fee;
    }
    return { payouts, approvals, payoutGas, payoutsStarted, CLERK, APPROVERS };
  })();

  // 4. Orders through the Epusdt route, each paid as soon as it exists.
  const orders = [];
  const transfer = new ethers.Interface(['function transfer(address,uint256) returns (bool)']);
  let next = 0;
  let createErrors = 0;
  async function worker() {
    while (next < orderCount) {
      const n = next++;
      // Prices from 10.00 to 509.99 CNY.
      const amount = Number((10 + ((n * 7919) % 50000) / 100).toFixed(2));
      const req = { order_id: `E2E-${runTag}-${n}`, amount, notify_url: notifyUrl, redirect_url: 'http://127.0.0.1/thanks' };
      req.signature = epusdtSign(req, apiToken);
      const r = await postJson(`${demo.api}/api/v1/order/create-transaction`, req);
      if (r.status !== 200 || r.json.status_code !== 200) {
        ++createErrors;
        console.error(`order ${n}: ${JSON.stringify(r.json)}`);
        continue;
      }
      const d = r.json.data;
      const units = ethers.parseUnits(String(d.actual_amount), 6);
      const c = customers[n % customers.length];
      const tx = {
        type: 2, chainId: demo.chain_id, nonce: c.nonce++, to: demo.token, value: 0n, gasLimit: 100000n,
        maxFeePerGas: ethers.parseUnits('100', 'gwei'), maxPriorityFeePerGas: ethers.parseUnits('1', 'gwei'),
        data: transfer.encodeFunctionData('transfer', [d.token, units]),
      };
      const raw = await c.wallet.signTransaction(tx);
      const hash = await provider.send('eth_sendRawTransaction', [raw]);
      orders.push({ n, orderId: req.order_id, tradeId: d.trade_id, amount, actual: d.actual_amount, units,
        address: d.token, hash, from: c.wallet.address });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const createdAt = Date.now();
  log(`${orders.length} orders created and paid (${createErrors} refused) in ${((createdAt - started) / 1000).toFixed(1)} s`);
  if (createErrors) fail(`${createErrors} orders were refused`);

  // 5. Every callback: signature, status 2, our transaction, our amounts.
  await waitFor(() => orders.every((o) => callbacks.has(o.tradeId)), timeoutMs, 'all callbacks').catch((e) =>
    fail(`${e.message}: ${orders.filter((o) => !callbacks.has(o.tradeId)).length} orders without a callback`));
  log(`${callbackCount} callbacks received in ${((Date.now() - createdAt) / 1000).toFixed(1)} s after the last payment`);
  const problems = [];
  for (const o of orders) {
    const got = callbacks.get(o.tradeId);
    const cb = got[0];
    const keys = Object.keys(cb).join(',');
    if (keys !== 'trade_id,order_id,amount,actual_amount,token,block_transaction_id,signature,status')
      problems.push(`${o.tradeId}: keys ${keys}`);
    if (cb.signature !== epusdtSign(cb, apiToken)) problems.push(`${o.tradeId}: bad signature`);
    if (cb.status !== 2) problems.push(`${o.tradeId}: status ${cb.status}`);
    if (cb.order_id !== o.orderId) problems.push(`${o.tradeId}: order_id ${cb.order_id}`);
    if (cb.amount !== o.amount) problems.push(`${o.tradeId}: amount ${cb.amount} != ${o.amount}`);
    if (cb.actual_amount !== o.actual) problems.push(`${o.tradeId}: actual_amount ${cb.actual_amount} != ${o.actual}`);
    if (String(cb.token).toLowerCase() !== o.address.toLowerCase()) problems.push(`${o.tradeId}: token ${cb.token}`);
    const h = (x) => String(x).toLowerCase().replace(/^0x/, '');
    if (h(cb.block_transaction_id) !== h(o.hash)) problems.push(`${o.tradeId}: tx ${cb.block_transaction_id} != ${o.hash}`);
    if (got.length > 1 && !got.every((g) => JSON.stringify(g) === JSON.stringify(cb)))
      problems.push(`${o.tradeId}: differing repeated callbacks`);
  }
  if (problems.length) fail(`${problems.length} callback problems:\n  ${problems.slice(0, 20).join('\n  ')}`);

  // Every payment really is on the chain, from the customer to the order's address.
  let paymentGas = 0n;
  for (const o of orders) {
    const rc = await provider.getTransactionReceipt(o.hash);
    if (!rc || rc.status !== 1) fail(`payment ${o.hash} of ${o.tradeId} is not a successful transaction`);
    paymentGas += rc.fee;
  }

  const { payouts, approvals, payoutGas, payoutsStarted, CLERK, APPROVERS } = await payoutRun;

  // 6. The books against the chain. USDT: what the customers paid, less
  // what was paid out, is on our receive addresses and the payout wallet
  // (the test USDT takes no fee). Gas is test ETH, outside the USDT books:
  // each sender's ETH went down by exactly the fees of its transactions.
  const sum = (xs) => xs.reduce((a, b) => a + b, 0n);
  const paidUnits = sum(orders.map((o) => o.units));
  let receiveDelta = 0n;
  for (const a of receive) receiveDelta += (await token.balanceOf(a)) - balancesBefore[a.toLowerCase()];
  const payoutDelta = (await token.balanceOf(demo.payout_address)) - balancesBefore[demo.payout_address.toLowerCase()];
  let customersDelta = 0n;
  for (const a of demo.customers) customersDelta += balancesBefore[a.toLowerCase()] - (await token.balanceOf(a));
  const payoutUnits = sum(payouts.map((p) => p.units));
  let destinationsDelta = 0n;
  for (const p of payouts) destinationsDelta += await token.balanceOf(p.destination); // fresh: 0 before
  const tokenFees = 0n; // the test USDT keeps no fee
  const expected = paidUnits - payoutUnits - tokenFees;
  const difference = receiveDelta + payoutDelta - expected;
  const payoutEth = ethBefore[demo.payout_address.toLowerCase()] - (await provider.getBalance(demo.payout_address));
  let customersEth = 0n;
  for (const a of demo.customers) customersEth += ethBefore[a.toLowerCase()] - (await provider.getBalance(a));
  const ethDifference = payoutEth - payoutGas + (customersEth - paymentGas);
  const fmt = (u) => ethers.formatUnits(u, 6).padStart(18);
  const eth = (w) => ethers.formatEther(w).padStart(24);
  const short = (a) => `${a.slice(0, 8)}…${a.slice(-6)}`;
  console.log('\n=== Kassa e2e reconciliation (DEMO network, play money) ===');
  console.log(`orders created / paid callbacks verified   ${String(orders.length).padStart(18)} / ${callbacks.size}`);
  console.log(`payouts requested / completed              ${String(payouts.length).padStart(18)} / ${payouts.filter((p) => p.status === 'completed').length}`
    + `   (${payouts.filter((p) => p.via === 'api').length} by an API key through /v1/payouts, the rest by ${CLERK} through kassa-cli)`);
  console.log(`approvals, each after a password step-up   ${String(approvals).padStart(18)}   (${APPROVERS.join(', ')}; the requester's own refused)`);
  console.log('');
  console.log('  payout                                amount USDT  to               tx               block  gas (test ETH)');
  for (const p of payouts) {
    console.log(`  ${p.id.padEnd(36)}  ${p.kassaAmount.padStart(11)}  ${short(p.destination)}  ${short(p.tx)}  ${String(p.block).padStart(5)}  ${ethers.formatEther(p.gas)}`);
  }
  console.log('');
  console.log('USDT');
  console.log(`sum of paid orders                         ${fmt(paidUnits)}`);
  console.log(`payouts sent                               ${fmt(payoutUnits)}`);
  console.log(`token fees                                 ${fmt(tokenFees)}`);
  console.log(`expected on our addresses                  ${fmt(expected)}`);
  console.log(`on chain: receive addresses (delta)        ${fmt(receiveDelta)}`);
  console.log(`on chain: payout wallet (delta)            ${fmt(payoutDelta)}`);
  console.log(`on chain: customers paid out (delta)       ${fmt(customersDelta)}`);
  console.log(`on chain: payout destinations received     ${fmt(destinationsDelta)}`);
  console.log(`unexplained difference                     ${fmt(difference)}`);
  console.log('gas (test ETH, not part of the USDT books)');
  console.log(`payout wallet: spent / fees of payouts   ${eth(payoutEth)} / ${ethers.formatEther(payoutGas)}`);
  console.log(`customers: spent / fees of payments      ${eth(customersEth)} / ${ethers.formatEther(paymentGas)}`);
  console.log(`unexplained difference                   ${eth(ethDifference)}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s for ${orders.length} orders and ${payouts.length} payouts`
    + ` (payouts ${((Date.now() - payoutsStarted) / 1000).toFixed(1)} s, ${cliCalls} kassa-cli calls)`);
  if (difference !== 0n || customersDelta !== paidUnits || destinationsDelta !== payoutUnits || ethDifference !== 0n
    || payoutEth !== payoutGas)
    fail('the books do not reconcile');
  console.log('E2E PASSED');
  cleanup();
  await new Promise((r) => server.once('exit', r));
  process.exit(0);
}

main().catch((e) => fail(e.stack || String(e)));
