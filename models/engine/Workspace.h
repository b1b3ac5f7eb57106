#pragma once

#include "Dataset.h"
#include "Filter.h"
#include "FilterExpression.h"
#include "FilterResult.h"
#include "PostingDetail.h"
#include "SkillGap.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace jobexplorer {

class FilterEngine;
class IntegrityCheck;
class PostingDatabase;
class PostingStore;

// The open database, its in-memory store, the current filter and its result: the one object
// that knows what is loaded and what matches. Views observe it and send it changes; nothing
// else filters. Opening another file replaces everything only when the new file loaded
// completely, so a bad file never costs the user the data already on screen.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 deferredCheckBytes = 64 * 1024 * 1024;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens, checks and loads fileName. On failure returns false, keeps what was open and
    // errorString() names the file and the problem. Files over deferredCheckBytes are shown
    // at once and checked for damage in the background (integrityProblem()).
    bool open(const QString &fileName);
    QString errorString() const { return m_error; }

    bool isOpen() const { return m_store != nullptr; }
    QString fileName() const;
    bool isReadOnly() const;
    // The loaded postings, or nullptr. Owned by the workspace; replaced on open().
    const PostingStore *store() const { return m_store.get(); }
    std::optional<PostingDetail> detail(std::int64_t postingId) const;
    // The matching postings with every field, the taxonomy and the published figures, for a
    // JSON export that reads back as the same data.
    Dataset matchingDataset() const;
    // The same in two parts, for exports of any size: the dataset without its postings, and
    // the matching postings (as they are now) handed to a visitor one at a time, in the
    // table's order, read from the database a batch at a time while the workspace lives.
    Dataset matchingDatasetHeader() const;
    std::function<void(const PostingVisitor &)> matchingPostings() const;
    // The open database's published reference figures (salary bands, skill frequencies,
    // figures), read once when it is opened.
    const Dataset &reference() const { return m_reference; }
    // Names facet values and evaluates filters; nullptr while nothing is open.
    const FilterEngine *engine() const { return m_engine.get(); }

    const Filter &filter() const { return m_filter; }
    const FilterResult &result() const { return m_result; }
    // Applies filter (when it differs from the current one) and emits filterChanged().
    void setFilter(const Filter &filter);
    void clearFilter() { setFilter({}); }
    // The current filter's text form (FilterExpression).
    QString filterExpression() const;
    // Parses and applies text; on failure returns false, keeps the filter and fills *error.
    bool setFilterExpression(const QString &text, FilterExpression::Error *error = nullptr);
    // The current filter in words, for captions and the status bar.
    QString filterDescription() const;

    // The chosen client's skills (ids of the open store), or none. Opening a database forgets
    // them: ids differ between databases, so whoever chose the client sets them again. Without a
    // client a fit term is dropped from the filter. The first client of a database reads which
    // skill mentions are preferred (PostingDatabase::loadPreferredMentions; should that fail,
    // every mention weighs 1). Emits clientChanged(), and filterChanged() when the result changed.
    // name is the client's display name, for captions.
    void setClientSkills(std::optional<ClientSkills> skills, const QString &name = {});
    const ClientSkills *clientSkills() const;
    QString clientName() const { return clientSkills() ? m_clientName : QString(); }
    // The fit from which a posting counts as fitted (Fit::defaultThreshold unless changed).
    void setFitThreshold(double threshold);
    double fitThreshold() const { return m_fitThreshold; }
    // The chosen client against the matching postings, computed on first use after a change
    // (SkillGapCalculator); empty without a client.
    const SkillGap &gap() const;

Q_SIGNALS:
    // A new database was loaded; store() and engine() have changed and the filter is cleared.
    void opened(const QString &fileName);
    // The filter or the data changed; result() is up to date.
    void filterChanged();
    // The client's skills or the fit threshold changed (gap() is recomputed when asked).
    void clientChanged();
    // The background check of a large file found damage; message names the file.
    void integrityProblem(const QString &message);

private:
    // The database ids of the matching postings, in the table's order.
    std::vector<std::int64_t> matchingIds() const;

    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
    IntegrityCheck *m_integrityCheck;
    Filter m_filter;
    FilterResult m_result;
    Dataset m_reference;
    QString m_error;
    double m_fitThreshold = Fit::defaultThreshold;
    QString m_clientName;
    bool m_preferredLoaded = false;
    mutable std::optional<SkillGap> m_gap;
};

} // namespace jobexplorer
