// TronReplayNode: a Tron full node and TronGrid on 127.0.0.1 for tests — no
// Tron node can run here. It answers /wallet/getnowblock, /wallet/getblockbynum,
// /wallet/gettransactioninfobyblocknum, /walletsolidity/getnowblock,
// /walletsolidity/gettransactioninfobyid and TronGrid's
// /v1/accounts/{address}/transactions/trc20 in the shapes java-tron and
// TronGrid answer with (tests/data/tron/ holds recorded examples of each,
// which tst_trondecode decodes), from a chain the test drives: it adds
// transfers, produces blocks, solidifies them, replaces blocks (a fork, a
// transfer that vanishes), and installs faults — 429/503 storms, truncated
// JSON, wrong types, another block than the one asked for.
//
// For payouts it also answers /wallet/getaccount, /wallet/getaccountresource,
// /wallet/getchainparameters, /wallet/triggerconstantcontract for
// balanceOf, isBlackListed, getBlackListStatus and transfer (with
// energy_used), and /wallet/broadcasthex: the signed bytes are decoded with
// TronTransaction::decodeSigned (a bad signature is SIGERROR, as java-tron
// says), a second copy is DUP_TRANSACTION_ERROR, an expired one
// TRANSACTION_EXPIRATION_ERROR, and an accepted TRC-20 transfer lands in
// the next block under its real txID.
#pragma once

#include "ScriptedHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kassa::test {

class TronReplayNode
{
public:
    struct Transfer {
        QString token; //!< base58 contract
        QString from; //!< base58
        QString to; //!< base58
        QString value; //!< decimal, any size up to uint256
        QString receipt = QStringLiteral("SUCCESS"); //!< or REVERT, OUT_OF_ENERGY
        //! What the full node shows before solidification when it differs
        //! (a node that says SUCCESS for what ends up REVERT).
        QString unsolidifiedReceipt;
        //! Logs of other events in front of the Transfer (its log index moves).
        int extraLogsBefore = 0;
    };
    //! A fault: given a request, an answer to send instead, or nothing to
    //! answer normally.
    using Fault = std::function<std::optional<HttpAnswer>(const HttpExchange &)>;

    //! A chain whose genesis is block `firstBlock` - 1 (real Tron numbers
    //! are large; tests start near 60,000,000).
    explicit TronReplayNode(quint64 firstBlock = 60000000);

    QUrl url() const { return m_server.url(QStringLiteral("/")); }
    ScriptedHttpServer &server() { return m_server; }

    static Transfer transfer(const QString &token, const QString &from, const QString &to, const QString &value,
        const QString &receipt = QStringLiteral("SUCCESS"))
    {
        Transfer t;
        t.token = token;
        t.from = from;
        t.to = to;
        t.value = value;
        t.receipt = receipt;
        return t;
    }

    //! Queues a transfer for the next block; returns its transaction id (hex).
    QString addTransfer(const Transfer &transfer);
    //! Produces `count` blocks (the first one carries the queued transfers).
    void produce(int count = 1);
    //! Solidifies every block up to `number` (never above the head).
    void solidify(quint64 number);
    //! Keeps the solidified head `lag` blocks behind the head from now on
    //! (produce() moves it), like mainnet's ~19.
    void setSolidifyLag(int lag) { m_lag = lag; }
    //! Replaces the blocks from `number` up with new ones (other ids), the
    //! transactions of which are kept except `dropTxIds` (they vanish).
    void fork(quint64 number, const QStringList &dropTxIds = {});

    quint64 head() const { return m_blocks.isEmpty() ? m_first - 1 : m_blocks.last().number; }
    quint64 solidified() const { return m_solidified; }
    qint64 headTimestampMs() const;
    QString blockId(quint64 number) const;

    //! What decimals() answers for any contract (triggerconstantcontract).
    void setDecimals(int decimals) { m_decimals = decimals; }
    void setFault(Fault fault) { m_fault = std::move(fault); }
    //! What balanceOf(`address`) of `token` answers (both base58; 0 when
    //! not set). The answer is a uint256 word, as a TRC-20 contract gives it.
    void setBalance(const QString &token, const QString &address, const QString &value);

    // ---- payouts
    void setTrxBalance(const QString &address, qint64 sun) { m_trx[address] = sun; }
    void setTokenBalance(const QString &address, const QString &units) { m_tokens[address] = units; }
    void setBlacklisted(const QString &address, bool listed);
    //! /wallet/getaccountresource's answer for every account.
    void setResources(const QJsonObject &resources) { m_resources = resources; }
    //! The receipt result broadcast transfers get ("SUCCESS", "REVERT", "OUT_OF_ENERGY").
    void setBroadcastReceipt(const QString &receipt) { m_broadcastReceipt = receipt; }
    //! What a simulated transfer() answers: its energy, or a revert.
    void setTransferSimulation(qint64 energyUsed, bool reverts = false)
    {
        m_transferEnergy = energyUsed;
        m_transferReverts = reverts;
    }
    //! How many times each txID (hex) was accepted by broadcasthex, and how
    //! often broadcasthex was called with it at all.
    int acceptedCount(const QString &txId) const { return m_accepted.value(txId); }
    int broadcastCount(const QString &txId) const { return m_broadcasts.value(txId); }
    //! The signed transactions accepted so far (hex of the Transaction bytes).
    QStringList acceptedTransactions() const { return m_acceptedHex; }
    //! The honest answer to `exchange` (for faults built from it).
    HttpAnswer respond(const HttpExchange &exchange);
    //! Which TRON-PRO-API-KEY headers were seen (empty entries for none).
    QStringList apiKeysSeen() const;
    //! Requests per path.
    int requestsTo(const QString &path) const;

private:
    struct Info {
        QString txId;
        QJsonObject json; //!< without blockNumber / blockTimeStamp
        Transfer transfer;
    };
    struct Block {
        quint64 number = 0;
        QByteArray id;
        QByteArray parent;
        qint64 timestampMs = 0;
        QList<Info> infos;
    };

    HttpAnswer answer(const HttpExchange &exchange);
    QJsonObject blockJson(const Block &block) const;
    QJsonObject infoJson(const Block &block, const Info &info, bool solidified) const;
    const Block *block(quint64 number) const;
    QByteArray makeId(quint64 number);

    ScriptedHttpServer m_server;
    quint64 m_first;
    QList<Block> m_blocks;
    QList<Info> m_queued;
    quint64 m_solidified = 0;
    int m_lag = -1;
    quint64 m_salt = 0;
    quint64 m_txCounter = 0;
    Fault m_fault;
    int m_decimals = 6;
    QHash<QString, QString> m_balances; //!< token + '/' + account (both base58) → decimal
    QHash<QString, qint64> m_trx;
    QHash<QString, QString> m_tokens;
    QStringList m_blacklist;
    QJsonObject m_resources {{QStringLiteral("freeNetLimit"), 600}, {QStringLiteral("freeNetUsed"), 0}};
    QString m_broadcastReceipt = QStringLiteral("SUCCESS");
    qint64 m_transferEnergy = 29631;
    bool m_transferReverts = false;
    QHash<QString, int> m_accepted;
    QHash<QString, int> m_broadcasts;
    QStringList m_acceptedHex;

    HttpAnswer constantCall(const QJsonObject &body);
    HttpAnswer broadcastHex(const QJsonObject &body);
};

} // namespace kassa::test
