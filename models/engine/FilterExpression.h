#pragma once

#include "Filter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jobexplorer {

class FilterEngine;

// The text form of a filter, shared by the query box, the command line, saved cohorts and
// export captions. Terms are separated by spaces and ANDed:
//   key:value[,value…]     values ORed; keys role, seniority, location, mode, type, skill,
//                          company, industry, size; repeating a key ANDs (skill:a skill:b)
//   -key:value[,value…]    excludes the values
//   salary>=N salary<=N salary:N..M   annualised; N may end in k or m (150k, 1.2m); in the
//                          database's most common currency, or in the one whose ISO 4217 code
//                          follows (salary>=200k eur, salary:150k..200k GBP): postings in other
//                          currencies do not match. A code of three capitals that no currency
//                          has is an error; three other letters are a word to search for.
//                          (Without exchange rates amounts in two currencies are never compared.)
//   experience>=N experience<=N experience:N..M
//   has:salary
//   fit>=F fit<=F fit:F..G     the posting's fit to the chosen client (ClientSkills.h: the
//                          weighted share of its skills the client holds), F a fraction 0..1
//                          or a percentage (fit>=0.8, fit>=80%); refused while no client is chosen
//   word or "quoted phrase"   free text in title, company, skills and notes
// Values with spaces or commas are quoted: role:"AI Infrastructure Engineer". Values match
// names, keys and aliases regardless of case and accents.
class FilterExpression final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::FilterExpression)
public:
    struct Error
    {
        QString message; // names the term, where it is (as character) and what is accepted
        // Where the term is in the text, in UTF-16 code units as QString and QLineEdit index it:
        // an emoji is two of them, an "é" written as e and a combining accent is two.
        int position = 0;
        int length = 0;
        // Where the term starts as the user counts: characters (grapheme clusters) from 1.
        int character = 1;
    };

    // The filter the text describes, or std::nullopt and *error for text that is not valid.
    static std::optional<Filter> parse(const QString &text, const FilterEngine &engine,
                                       Error *error = nullptr);
    // The canonical text of filter; parse(format(f)) == f.
    static QString format(const Filter &filter, const FilterEngine &engine);
    // The filter in words, for captions: "Seniority: Senior or Staff · Skills: Kubernetes and Python".
    static QString describe(const Filter &filter, const FilterEngine &engine);

    static QString key(Facet facet);

private:
    // The steps of parse(). Each returns the problem with the term, or std::nullopt when it is
    // valid and added to filter.
    struct KeyedTerm
    {
        bool negated = false;
        QString name; // lower case
        QString op;   // ":", ">=" or "<="
        QString rest;
    };
    static std::optional<QString> readTerm(const QString &term, const FilterEngine &engine, Filter &filter);
    static std::optional<QString> readRange(const KeyedTerm &term, Filter &filter);
    static std::optional<QString> readFacetTerm(const KeyedTerm &term, const FilterEngine &engine,
                                                Filter &filter);
    static std::optional<QString> readFit(const KeyedTerm &term, const FilterEngine &engine, Filter &filter);
    static QString suggestions(Facet facet, const QString &wanted, const FilterEngine &engine);
    // Whether a term is a salary range (salary>=…, salary<=…, salary:…).
    static bool isSalaryRange(const QString &term);
    // The currency code a term after a salary range names; std::nullopt when it names none,
    // with *problem set when it looks like a code that no currency has.
    static std::optional<QString> readCurrency(const QString &term, const FilterEngine &engine,
                                               QString *problem);
};

} // namespace jobexplorer
