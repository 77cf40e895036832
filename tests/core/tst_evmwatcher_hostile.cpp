// EvmWatcher against a hostile node: the first endpoint forwards to a real
// anvil but lies about one thing — malformed JSON, wrong types, huge
// numbers, missing fields, duplicate logs, logs or blocks other than the
// ones asked for, an amount word of the wrong size, no answer at all. Each
// lie is a logged fault of that endpoint, the next (honest) endpoint takes
// over, and the store ends up with exactly the real transfer.
#include "EvmRig.h"
#include "ScriptedHttpServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace kassa;
using namespace kassa::test;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

QStringList takeLog()
{
    QMutexLocker locker(&g_logMutex);
    QStringList out = g_log;
    g_log.clear();
    return out;
}

enum class Lie {
    NotJson,
    WrongType,
    HugeNumber,
    MissingField,
    DuplicateLogs,
    OtherBlockLogs,
    OtherBlockByNumber,
    LongAmount,
    Hangs,
};

QString methodOf(Lie lie)
{
    return lie == Lie::OtherBlockByNumber ? QStringLiteral("eth_getBlockByNumber") : QStringLiteral("eth_getLogs");
}

} // namespace

Q_DECLARE_METATYPE(Lie)

class TestEvmWatcherHostile : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;
    int m_round = 0; // a fresh payee per case: earlier cases' transfers are still unfinalized

    // Test-only: a nested event loop to ask anvil on the server's behalf.
    QByteArray forward(const QByteArray &body)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(m_anvil.httpUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    }

    static bool lieApplies(Lie lie, const QJsonObject &call)
    {
        if (call.value(QStringLiteral("method")).toString() != methodOf(lie))
            return false;
        if (lie == Lie::OtherBlockByNumber) {
            const QString tag = call.value(QStringLiteral("params")).toArray().first().toString();
            return tag != QLatin1String("latest") && tag != QLatin1String("finalized");
        }
        return true;
    }

    // Corrupts one answer object (result of a call the lie applies to).
    QJsonObject corrupt(Lie lie, QJsonObject answer, const QJsonObject &call)
    {
        QJsonValue result = answer.value(QStringLiteral("result"));
        if (lie == Lie::OtherBlockByNumber) {
            const QString tag = call.value(QStringLiteral("params")).toArray().first().toString();
            const quint64 n = tag.mid(2).toULongLong(nullptr, 16);
            const QString other = QStringLiteral("0x") + QString::number(n > 0 ? n - 1 : n + 1, 16);
            QJsonObject ask;
            ask.insert(QStringLiteral("jsonrpc"), QStringLiteral("2.0"));
            ask.insert(QStringLiteral("id"), 1);
            ask.insert(QStringLiteral("method"), QStringLiteral("eth_getBlockByNumber"));
            ask.insert(QStringLiteral("params"), QJsonArray {other, false});
            const QJsonObject wrong = QJsonDocument::fromJson(forward(QJsonDocument(ask).toJson())).object();
            answer.insert(QStringLiteral("result"), wrong.value(QStringLiteral("result")));
            return answer;
        }
        QJsonArray logs = result.toArray();
        if (logs.isEmpty())
            return answer; // nothing to lie about in this block
        QJsonObject log = logs.first().toObject();
        switch (lie) {
        case Lie::WrongType: log.insert(QStringLiteral("logIndex"), 0); break;
        case Lie::HugeNumber: log.insert(QStringLiteral("blockNumber"), QStringLiteral("0x1ffffffffffffffffff")); break;
        case Lie::MissingField: log.remove(QStringLiteral("transactionHash")); break;
        case Lie::OtherBlockLogs:
            log.insert(QStringLiteral("blockHash"),
                QStringLiteral("0x1111111111111111111111111111111111111111111111111111111111111111"));
            break;
        case Lie::LongAmount:
            log.insert(
                QStringLiteral("data"), QString(log.value(QStringLiteral("data")).toString() + QStringLiteral("00")));
            break;
        default: break;
        }
        logs.replace(0, log);
        if (lie == Lie::DuplicateLogs)
            logs.append(logs.first());
        answer.insert(QStringLiteral("result"), logs);
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(capture);
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void lyingEndpointsAreSkipped_data()
    {
        QTest::addColumn<Lie>("lie");
        QTest::newRow("malformed json") << Lie::NotJson;
        QTest::newRow("wrong type") << Lie::WrongType;
        QTest::newRow("huge number") << Lie::HugeNumber;
        QTest::newRow("missing field") << Lie::MissingField;
        QTest::newRow("duplicate logs") << Lie::DuplicateLogs;
        QTest::newRow("logs of another block") << Lie::OtherBlockLogs;
        QTest::newRow("another block for a number") << Lie::OtherBlockByNumber;
        QTest::newRow("amount of the wrong size") << Lie::LongAmount;
        QTest::newRow("never answers") << Lie::Hangs;
    }

    void lyingEndpointsAreSkipped()
    {
        QFETCH(Lie, lie);
        int lies = 0;
        ScriptedHttpServer hostile([&](const HttpExchange &exchange) {
            const QJsonDocument request = QJsonDocument::fromJson(exchange.body);
            const QJsonArray calls = request.isArray() ? request.array() : QJsonArray {request.object()};
            bool applies = false;
            for (const QJsonValue &call : calls)
                applies = applies || lieApplies(lie, call.toObject());
            if (!applies)
                return HttpAnswer {200, forward(exchange.body)};
            ++lies;
            if (lie == Lie::NotJson)
                return HttpAnswer {200, QByteArray("{\"jsonrpc\":\"2.0\",\"id\":")};
            if (lie == Lie::Hangs) {
                HttpAnswer hang;
                hang.hang = true;
                return hang;
            }
            const QJsonDocument real = QJsonDocument::fromJson(forward(exchange.body));
            if (request.isArray()) {
                QJsonArray answers = real.array();
                for (int i = 0; i < answers.size(); ++i) {
                    const QJsonObject answer = answers[i].toObject();
                    for (const QJsonValue &call : calls) {
                        if (call.toObject().value(QStringLiteral("id")) == answer.value(QStringLiteral("id"))
                            && lieApplies(lie, call.toObject()))
                            answers.replace(i, corrupt(lie, answer, call.toObject()));
                    }
                }
                return HttpAnswer {200, QJsonDocument(answers).toJson(QJsonDocument::Compact)};
            }
            return HttpAnswer {
                200, QJsonDocument(corrupt(lie, real.object(), request.object())).toJson(QJsonDocument::Compact)};
        });

        const QString to = payee(10 + ++m_round);
        EvmRig rig;
        rig.watch(to);
        chain::ChainSettings s = EvmRig::settings(m_anvil, m_token, 6, /*websocket=*/false);
        s.httpEndpoints = {hostile.url(), m_anvil.httpUrl()};
        chain::evm::EvmWatcher::Options options = EvmRig::fastOptions();
        options.rpcTimeoutMs = 1000;
        takeLog();
        rig.start(s, options);
        QVERIFY2(rig.waitProcessed(m_anvil.blockNumber().value(), 20000), qPrintable(rig.status.lastError));

        auto sent = m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), to, QStringLiteral("4242"));
        KASSA_VERIFY_OK(sent);
        KASSA_VERIFY_OK(m_anvil.mine(1)); // a block after it, so a gap is filled by number too
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(txOf(sent.value())).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.status.processedBlock >= blockOf(sent.value()) + 1, 20000);

        QVERIFY2(lies > 0, "the hostile endpoint was never asked what it lies about");
        const QList<store::TransferRecord> rows = rig.rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].value, QStringLiteral("4242"));
        QCOMPARE(rows[0].txHash, txOf(sent.value()));
        QCOMPARE(rows[0].blockHash, sent->value(QStringLiteral("blockHash")).toString());
        QCOMPARE(rows[0].blockNumber, blockOf(sent.value()));
        QCOMPARE(rows[0].logIndex, 0);
        QCOMPARE(rows[0].state, store::TransferState::Seen);
        const QStringList log = takeLog();
        const QString host = QStringLiteral("127.0.0.1:%1").arg(hostile.port());
        QVERIFY2(std::any_of(log.cbegin(), log.cend(),
                     [&](const QString &line) {
                         return line.contains(host)
                             && (line.contains(QLatin1String("bad answer"))
                                 || line.contains(QLatin1String("endpoint fault")));
                     }),
            qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(!rig.haltError.has_value());
    }
};

KASSA_TEST_MAIN(TestEvmWatcherHostile)
#include "tst_evmwatcher_hostile.moc"
