#include "StringPool.h"

namespace jobexplorer {

std::int32_t StringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return NoValue;
    const auto it = m_codes.constFind(value);
    if (it != m_codes.cend())
        return *it;
    const auto code = static_cast<std::int32_t>(m_values.size());
    m_values.append(value);
    m_codes.insert(value, code);
    return code;
}

std::optional<std::int32_t> StringPool::find(const QString &value) const
{
    const auto it = m_codes.constFind(value);
    if (it == m_codes.cend())
        return std::nullopt;
    return *it;
}

const QString &StringPool::value(std::int32_t code) const
{
    static const QString empty;
    if (code < 0 || code >= size())
        return empty;
    return m_values.at(code);
}

} // namespace jobexplorer
