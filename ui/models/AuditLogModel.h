// AuditLogModel: audit log entries, newest first, paged from the engine as
// the view scrolls (canFetchMore/fetchMore) so a log of millions of entries
// opens at once. New entries appear at the top without a reset.
#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace kassa::engine {
class AuditService;
}

namespace kassa::ui {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        ActionCodeRole,
    };
    static constexpr int PageSize = 200;

    explicit AuditLogModel(engine::AuditService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Starts over with `filter` (its beforeSeq and limit are ignored).
    void setFilter(const audit::AuditFilter &filter);
    const audit::AuditFilter &filter() const { return m_filter; }
    //! Fetches entries newer than the newest one shown and puts them on top.
    void refreshNewest();
    const audit::AuditEntry &entry(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }

    //! "Alice (API key)" style actor text, translated.
    static QString actorText(const audit::Actor &actor);
    //! A one-line summary of the details JSON for the table cell.
    static QString detailsSummary(const QString &json);

Q_SIGNALS:
    //! A page arrived (or failed: `error` non-empty, translated).
    void loaded(const QString &error);

private:
    void request(qint64 beforeSeq);

    QPointer<engine::AuditService> m_service;
    audit::AuditFilter m_filter;
    QList<audit::AuditEntry> m_rows;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; //!< answers for an older filter are dropped
};

} // namespace kassa::ui
