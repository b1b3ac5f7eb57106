#pragma once

#include "PostingTypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jobexplorer {

// Plain records of a dataset as read from its text form (dataset-format.md) or written to a
// posting database (schema.md). Absent values are empty strings or std::nullopt.

struct DatasetMeta
{
    QString title;
    QString source;
    QString collectionPeriod;
    QString description;
};

struct LocationRecord
{
    QString city;
    QString region;
    QString country;
    QString metroArea;
    QString text;
};

struct SkillMentionRecord
{
    QString skill; // a canonical skill name or alias
    Requirement requirement = Requirement::Unspecified;
    QString mention;
};

struct SalaryRecord
{
    std::optional<double> min;
    std::optional<double> max;
    QString currency;
    PayPeriod period = PayPeriod::Unknown;
    QString text;

    bool isStated() const { return min.has_value() || max.has_value(); }
};

struct PostingRecord
{
    QString sourceId;
    QString company;
    QString label;
    QString title;
    QString roleFamily;
    Seniority seniority = Seniority::Unknown;
    QString seniorityText;
    std::optional<double> experienceMin;
    std::optional<double> experienceMax;
    QString experienceText;
    WorkMode workMode = WorkMode::Unknown;
    QString workModeText;
    EmploymentType employmentType = EmploymentType::Unknown;
    SalaryRecord salary;
    QString industry;
    QString companySize;
    QDate postedDate;
    QString sourceUrl;
    QString notes;
    QList<LocationRecord> locations;
    QList<SkillMentionRecord> skills;
};

struct SkillCategoryRecord
{
    QString key;
    QString name;
};

struct SkillRecord
{
    QString name;
    QString category; // a SkillCategoryRecord key
    QStringList aliases;
};

struct SalaryBandRecord
{
    QString section;
    std::optional<Seniority> level;
    QString levelText;
    QString payType = QStringLiteral("base");
    QString qualifier;
    std::optional<double> min;
    std::optional<double> max;
    bool openEnded = false;
    QString currency;
    PayPeriod period = PayPeriod::Year;
    QString text;
};

struct SkillFrequencyRecord
{
    QString table;
    QString category;
    QString label;
    QString skill; // empty when the row is not one taxonomy skill
    std::optional<int> count;
    std::optional<int> total;
    std::optional<double> percent;
    QString detail;
    QString note;
};

struct FigureRecord
{
    QString table;
    QString label;
    QString valueText;
    std::optional<int> count;
    std::optional<int> total;
    std::optional<double> percent;
    QString detail;
    QString note;
};

struct Dataset
{
    DatasetMeta meta;
    QList<SkillCategoryRecord> skillCategories;
    QList<SkillRecord> skills;
    QList<PostingRecord> postings;
    QList<SalaryBandRecord> salaryBands;
    QList<SkillFrequencyRecord> skillFrequencies;
    QList<FigureRecord> figures;
};

// Hands postings one at a time to whoever writes or collects them, so that a million postings
// need not be held at once (PostingDatabase::forEachPosting, DatasetJsonWriter).
using PostingVisitor = std::function<void(const PostingRecord &)>;

} // namespace jobexplorer
