#pragma once

#include "PostingDetail.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace jobexplorer {

class PostingDatabase;
class PostingStore;

// The open database and its in-memory store: the one place that knows what is loaded. Views
// observe it; opening another file replaces both only when the new file loaded completely, so
// a bad file never costs the user the data already on screen.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens, checks and loads fileName. On failure returns false, keeps what was open and
    // errorString() names the file and the problem.
    bool open(const QString &fileName);
    QString errorString() const { return m_error; }

    bool isOpen() const { return m_store != nullptr; }
    QString fileName() const;
    bool isReadOnly() const;
    // The loaded postings, or nullptr. Owned by the workspace; replaced on open().
    const PostingStore *store() const { return m_store.get(); }
    std::optional<PostingDetail> detail(std::int64_t postingId) const;

Q_SIGNALS:
    // A new database was loaded; store() has changed.
    void opened(const QString &fileName);

private:
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    QString m_error;
};

} // namespace jobexplorer
