#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace jobexplorer {

// Interns repeated text (company names, titles, role families…) so that the store keeps one
// copy of each distinct value and a 32-bit code per row. The code of an empty value is NoValue.
class StringPool final
{
public:
    static constexpr std::int32_t NoValue = -1;

    std::int32_t intern(const QString &value);
    std::optional<std::int32_t> find(const QString &value) const;
    const QString &value(std::int32_t code) const;
    std::int32_t size() const { return static_cast<std::int32_t>(m_values.size()); }
    const QList<QString> &values() const { return m_values; }

private:
    QList<QString> m_values;
    QHash<QString, std::int32_t> m_codes;
};

} // namespace jobexplorer
