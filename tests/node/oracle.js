// Independent implementations for Kassa's differential tests: ethers (EVM)
// and tronweb (Tron), driven over stdin/stdout, one JSON request per line,
// one JSON answer per line ({"ok":true,"result":…} or {"ok":false,"error":…}).
// Offline: nothing here touches the network.
'use strict';
const readline = require('readline');
const { ethers } = require('ethers');
const tw = require('tronweb');
const TronWeb = tw.TronWeb;
const tronUtils = tw.utils;
const tron = new TronWeb({ fullHost: 'http://127.0.0.1:1' });

const strip0x = (h) => (h.startsWith('0x') ? h.slice(2) : h);
const hex0x = (h) => '0x' + strip0x(h);

function hdNode(mnemonic, passphrase, path) {
  return ethers.HDNodeWallet.fromPhrase(mnemonic, passphrase || '', path);
}

const ops = {
  // JavaScript's Number → String of a JSON number literal, for the Epusdt
  // wire-number tests (JS writes exponents and drops the sign of -0 where Go
  // does not; the test accounts for both).
  numberText: ({ literal }) => {
    const n = JSON.parse(literal);
    return { text: String(n), negativeZero: Object.is(n, -0) };
  },
  keccak256: ({ hex }) => ethers.keccak256(hex0x(hex)),
  checksum: ({ address }) => ethers.getAddress(address),
  signDigest: ({ key, digest }) => {
    const sig = new ethers.SigningKey(hex0x(key)).sign(hex0x(digest));
    return { r: sig.r, s: sig.s, yParity: sig.yParity };
  },
  ethAddressFromKey: ({ key }) => new ethers.Wallet(hex0x(key)).address,
  tronAddressFromKey: ({ key }) => tronUtils.address.fromPrivateKey(strip0x(key)),
  mnemonicFromEntropy: ({ hex }) => ethers.Mnemonic.entropyToPhrase(hex0x(hex)),
  bip39Seed: ({ mnemonic, passphrase }) => ethers.Mnemonic.fromPhrase(mnemonic, passphrase || '').computeSeed(),
  hdDerive: ({ mnemonic, passphrase, path }) => {
    const node = hdNode(mnemonic, passphrase, path);
    return {
      privateKey: node.privateKey,
      ethAddress: node.address,
      tronAddress: tronUtils.address.fromPrivateKey(strip0x(node.privateKey)),
      xpub: node.neuter().extendedKey,
    };
  },
  // One random wallet for the HD differential test, computed once per case:
  // the phrase of `entropy`, its seed, the account xpubs and the receive
  // keys and addresses of both chains (ethers for BIP-39/32, tronweb for
  // Tron addresses; optionally tronweb's own derivation from the phrase).
  hdWallet: ({ entropy, passphrase, account, index, withTronWeb }) => {
    const phrase = ethers.Mnemonic.entropyToPhrase(hex0x(entropy));
    const seed = ethers.Mnemonic.fromPhrase(phrase, passphrase || '').computeSeed();
    const purpose = ethers.HDNodeWallet.fromSeed(seed).derivePath("m/44'");
    const side = (coin) => {
      const accountNode = purpose.derivePath(`${coin}'/${account}'`);
      const node = accountNode.derivePath(`0/${index}`);
      return { accountXpub: accountNode.neuter().extendedKey, privateKey: node.privateKey, address: node.address };
    };
    const eth = side(60);
    const tron = side(195);
    const out = { phrase, seed, eth, tron, tronAddress: tronUtils.address.fromPrivateKey(strip0x(tron.privateKey)) };
    if (withTronWeb) { // tronweb's own path from the phrase (slow: every step again)
      const w = TronWeb.fromMnemonic(phrase, `m/44'/195'/${account}'/0/${index}`, passphrase || '');
      out.tronWebAddress = w.address;
      out.tronWebKey = w.privateKey;
    }
    return out;
  },
  xpubDerive: ({ xpub, path }) => {
    const node = ethers.HDNodeWallet.fromExtendedKey(xpub).derivePath(path);
    return { ethAddress: node.address, publicKey: node.publicKey };
  },
  ethSign: ({ tx, key }) => {
    const t = ethers.Transaction.from({
      type: tx.type,
      chainId: BigInt(tx.chainId),
      nonce: Number(tx.nonce),
      to: tx.to,
      value: BigInt(tx.value),
      data: tx.data || '0x',
      gasLimit: BigInt(tx.gasLimit),
      ...(tx.type === 2
        ? { maxPriorityFeePerGas: BigInt(tx.maxPriorityFeePerGas), maxFeePerGas: BigInt(tx.maxFeePerGas) }
        : { gasPrice: BigInt(tx.gasPrice) }),
    });
    t.signature = new ethers.SigningKey(hex0x(key)).sign(t.unsignedHash);
    return { raw: t.serialized, hash: t.hash, unsignedHash: t.unsignedHash };
  },
  ethDecode: ({ raw }) => {
    const t = ethers.Transaction.from(raw);
    return {
      type: t.type, chainId: t.chainId.toString(), nonce: t.nonce, to: t.to, value: t.value.toString(),
      data: t.data, gasLimit: t.gasLimit.toString(), from: t.from, hash: t.hash,
      maxFeePerGas: t.maxFeePerGas === null ? null : t.maxFeePerGas.toString(),
      maxPriorityFeePerGas: t.maxPriorityFeePerGas === null ? null : t.maxPriorityFeePerGas.toString(),
      gasPrice: t.gasPrice === null ? null : t.gasPrice.toString(),
    };
  },
  erc20Transfer: ({ to, amount }) =>
    new ethers.Interface(['function transfer(address to, uint256 value)']).encodeFunctionData('transfer', [to, BigInt(amount)]),
  tronTrc20: async ({ key, contract, to, amount, feeLimit, refBlockBytes, refBlockHash, expiration, timestamp }) => {
    const owner = tronUtils.address.fromPrivateKey(strip0x(key));
    const built = await tron.transactionBuilder.triggerSmartContract(
      contract, 'transfer(address,uint256)',
      { feeLimit: Number(feeLimit), txLocal: true,
        blockHeader: { ref_block_bytes: refBlockBytes, ref_block_hash: refBlockHash,
                       expiration: Number(expiration), timestamp: Number(timestamp) } },
      [{ type: 'address', value: to }, { type: 'uint256', value: amount }], owner);
    const signed = await tron.trx.sign(built.transaction, strip0x(key));
    return { txID: signed.txID, rawDataHex: signed.raw_data_hex, signature: signed.signature[0] };
  },
  tronTransfer: async ({ key, to, amount, refBlockBytes, refBlockHash, expiration, timestamp }) => {
    const owner = tronUtils.address.fromPrivateKey(strip0x(key));
    const tx = await tron.transactionBuilder.sendTrx(to, Number(amount), owner,
      { blockHeader: { ref_block_bytes: refBlockBytes, ref_block_hash: refBlockHash,
                       expiration: Number(expiration), timestamp: Number(timestamp) } });
    const signed = await tron.trx.sign(tx, strip0x(key));
    return { txID: signed.txID, rawDataHex: signed.raw_data_hex, signature: signed.signature[0] };
  },
  // Reads a signed Transaction (the bytes /wallet/broadcasthex takes) with
  // tronweb's own protobuf classes, decodes raw_data to tronweb's JSON,
  // re-checks JSON against bytes (txCheck) and recovers the signer.
  tronVerify: ({ hex, type }) => {
    const pb = globalThis.TronWebProto.Transaction.deserializeBinary(Uint8Array.from(Buffer.from(strip0x(hex), 'hex')));
    const rawDataHex = Buffer.from(pb.getRawData().serializeBinary()).toString('hex');
    const signature = pb.getSignatureList_asU8().map((s) => Buffer.from(s).toString('hex'));
    const rawData = tronUtils.deserializeTx.deserializeTransaction(type, rawDataHex);
    const txID = ethers.sha256('0x' + rawDataHex).slice(2);
    const tx = { txID, raw_data: rawData, raw_data_hex: rawDataHex, signature, visible: false };
    return { txID, rawDataHex, rawData, signature, jsonMatchesBytes: tronUtils.transaction.txCheck(tx),
             signer: tron.trx.ecRecover(tx) };
  },
};

const rl = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    let answer;
    try {
      const request = JSON.parse(line);
      const op = ops[request.op];
      if (!op) throw new Error('unknown op ' + request.op);
      answer = { ok: true, result: await op(request) };
    } catch (e) {
      answer = { ok: false, error: String(e && e.message ? e.message : e) };
    }
    process.stdout.write(JSON.stringify(answer, (k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
  });
});
