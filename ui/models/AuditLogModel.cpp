#include "models/AuditLogModel.h"

#include "audit/AuditActions.h"
#include "engine/AuditService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kassa::ui {

AuditLogModel::AuditLogModel(engine::AuditService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actorText(const audit::Actor &actor)
{
    switch (actor.kind) {
    case audit::Actor::Kind::Operator: return actor.name;
    //: An action done by a storefront or script through an API key; %1 is the key's name.
    case audit::Actor::Kind::ApiKey: return tr("%1 (API key)").arg(actor.name);
    //: An action Kassa did by itself (a timer, a watcher).
    case audit::Actor::Kind::System: return tr("Kassa (automatic)");
    }
    return actor.name;
}

QString AuditLogModel::detailsSummary(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isString())
            value = v.toString();
        else if (v.isObject())
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            value = v.toVariant().toString(); // numbers, true/false, null
        parts << it.key() + QLatin1Char('=') + value.simplified();
    }
    QString text = parts.join(QStringLiteral(", "));
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("…");
    return text;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const audit::AuditEntry &e = m_rows.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == ActionCodeRole)
        return e.action;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), QLocale::ShortFormat);
        case ActorColumn: return actorText(e.actor);
        case ActionColumn: return audit::AuditActions::label(e.action);
        case SubjectColumn: {
            const QString kind = audit::AuditActions::subjectLabel(e.subjectKind);
            return e.subjectId.isEmpty() ? kind : kind + QLatin1Char(' ') + e.subjectId;
        }
        case DetailsColumn: return detailsSummary(e.details);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs);
        case ActionColumn: return e.action;
        case DetailsColumn: return e.details;
        default: break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    //: Column header: who did the action.
    case ActorColumn: return tr("By");
    case ActionColumn: return tr("Action");
    //: Column header: what the action was about (a payout, an order, a wallet).
    case SubjectColumn: return tr("Concerning");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_service;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_rows.isEmpty() ? 0 : m_rows.last().seq);
}

void AuditLogModel::setFilter(const audit::AuditFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_filter.beforeSeq = 0;
    m_filter.limit = PageSize;
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    request(0);
}

void AuditLogModel::request(qint64 beforeSeq)
{
    // One page in flight at a time: a view (or the model tester) may ask for
    // more while the first answer is still on its way.
    if (!m_service || m_loading)
        return;
    m_loading = true;
    audit::AuditFilter page = m_filter;
    page.beforeSeq = beforeSeq;
    page.limit = PageSize;
    const quint64 generation = m_generation;
    m_service->query(page, this, [this, generation](Result<QList<audit::AuditEntry>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_loading = false;
            Q_EMIT loaded(result.error().displayText());
            return;
        }
        // Still "loading" while rows go in: a view reacting to the insert must
        // not ask for the page being inserted a second time.
        const QList<audit::AuditEntry> &entries = result.value();
        if (entries.size() < PageSize)
            m_atEnd = true;
        if (!entries.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size() - 1));
            m_rows.append(entries);
            endInsertRows();
        }
        m_loading = false;
        Q_EMIT loaded(QString());
    });
}

void AuditLogModel::refreshNewest()
{
    if (!m_service || m_loading)
        return;
    if (m_rows.isEmpty()) {
        if (m_atEnd) {
            m_atEnd = false;
            request(0);
        }
        return;
    }
    // Newest first: ask for the newest page and keep what is above our top row.
    const qint64 top = m_rows.first().seq;
    audit::AuditFilter page = m_filter;
    page.beforeSeq = 0;
    page.limit = PageSize;
    const quint64 generation = m_generation;
    m_loading = true;
    m_service->query(page, this, [this, generation, top](Result<QList<audit::AuditEntry>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_loading = false;
            return;
        }
        QList<audit::AuditEntry> fresh;
        for (const audit::AuditEntry &e : result.value()) {
            if (e.seq > top)
                fresh << e;
        }
        if (fresh.size() == PageSize) {
            // More arrived than one page: start over rather than leave a gap.
            m_loading = false;
            setFilter(m_filter);
            return;
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size() - 1));
            for (qsizetype i = fresh.size() - 1; i >= 0; --i)
                m_rows.prepend(fresh.at(i));
            endInsertRows();
        }
        m_loading = false;
    });
}

} // namespace kassa::ui
