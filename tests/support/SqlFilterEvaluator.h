#pragma once

#include "Filter.h"
#include "FilterResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <cstdint>
#include <memory>
#include <optional>

class QSqlQuery;

namespace jobexplorer {

class FilterEngine;
class SqlConnection;

// Evaluates a Filter with plain SQL on a posting database file, the way a generic SQLite
// browser such as Datasette would: a WHERE clause built from the filter, one GROUP BY query per
// facet, one for the skills, two for the salaries. It is the reference FilterEngine is checked
// and measured against, so it gives the same FilterResult, field by field, as
// FilterEngine::evaluate() on a store loaded from the same file.
//
// The engine names the values (value id → key); it is not owned and must outlive the
// evaluator. The file is opened read-only for the evaluator's lifetime. Every value taken from
// the filter is a bound parameter. A salary range applies, as in the engine, to one currency (the
// filter's, else the most common one of the file's salaries), and the postings it leaves out for
// their currency are counted by a query of their own.
//
// Known limits, both outside what plain SQL can reproduce:
// - Free text is refused: the engine folds case and accents (foldForSearch), which SQLite's
//   LIKE cannot do, so a filter with text fails with an explanation instead of giving
//   different counts.
// - The store keeps salaries and years as 32-bit floats, SQLite as doubles. Salary
//   statistics are computed from the selected values rounded the same way, so they agree; a
//   range bound that falls within a float's rounding of a stated value may still decide
//   differently (a difference of less than 0.01 on a six-figure salary).
// - Top skills are ordered by count, then by name with SQLite's NOCASE, which folds only
//   ASCII letters; the engine folds every letter. Ties between non-ASCII names may differ.
class SqlFilterEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::SqlFilterEvaluator)
public:
    SqlFilterEvaluator(const QString &fileName, const FilterEngine &engine);
    ~SqlFilterEvaluator();
    SqlFilterEvaluator(const SqlFilterEvaluator &) = delete;
    SqlFilterEvaluator &operator=(const SqlFilterEvaluator &) = delete;

    // False when the file could not be opened or read; errorString() then says why.
    bool isOpen() const;

    // The result of filter, or std::nullopt and errorString() when the filter has free text,
    // a query fails, or the file holds postings the engine's store does not.
    std::optional<FilterResult> evaluate(const Filter &filter, int topSkillCount = 20);

    // Names the file and the problem after a failure.
    QString errorString() const { return m_error; }

private:
    // A WHERE fragment and the values bound to its placeholders, in order.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    Condition valuesCondition(Facet facet, const QList<int> &values) const;
    Condition facetCondition(Facet facet, const FacetFilter &filter) const;
    static Condition rangeCondition(const QString &minColumn, const QString &maxColumn, const Range &range);
    static Condition allOf(const QList<Condition> &conditions);

    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);
    bool countFacet(Facet facet, const Condition &where, std::vector<int> &counts);
    bool countSkills(const Condition &where, std::vector<int> &counts, std::vector<int> *order);
    bool matchingRows(const Condition &where, std::vector<int> &rows);
    // The most common currency among the postings of where with a salary (ties as the engine
    // breaks them), its count and the count of them all.
    bool dominantCurrency(const Condition &where, QString &dominant, int &dominantCount, int &salaryCount);
    bool salaryStatistics(const Condition &where, SalaryStatistics &stats);
    bool fail(const QString &problem);

    const FilterEngine &m_engine;
    QString m_fileName;
    std::unique_ptr<SqlConnection> m_connection;
    QHash<std::int64_t, int> m_skillOfId; // skills.id → skill value
    QHash<QString, int> m_placeIndex;     // "kind:name" → location value
    QString m_error;
};

} // namespace jobexplorer
