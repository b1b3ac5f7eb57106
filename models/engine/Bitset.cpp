#include "Bitset.h"

namespace jobexplorer {

Bitset::Bitset(int size, bool filled)
    : m_words((static_cast<std::size_t>(size) + 63) / 64, filled ? ~std::uint64_t(0) : 0), m_size(size)
{
    clearTail();
}

void Bitset::clearTail()
{
    if (m_size % 64 != 0 && !m_words.empty())
        m_words.back() &= (std::uint64_t(1) << (m_size % 64)) - 1;
}

int Bitset::count() const
{
    int total = 0;
    for (const std::uint64_t word : m_words)
        total += std::popcount(word);
    return total;
}

void Bitset::andWith(const Bitset &other)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= other.m_words[i];
}

void Bitset::orWith(const Bitset &other)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
}

void Bitset::andNotWith(const Bitset &other)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= ~other.m_words[i];
}

int Bitset::countAnd(const Bitset &a, const Bitset &b)
{
    int total = 0;
    for (std::size_t i = 0; i < a.m_words.size(); ++i)
        total += std::popcount(a.m_words[i] & b.m_words[i]);
    return total;
}

std::vector<int> Bitset::toRows() const
{
    // Written through a pointer, full words as a run: the empty filter lists every row.
    std::vector<int> rows(static_cast<std::size_t>(count()));
    int *out = rows.data();
    for (std::size_t w = 0; w < m_words.size(); ++w) {
        std::uint64_t word = m_words[w];
        const auto first = static_cast<int>(w * 64);
        if (word == ~std::uint64_t(0)) {
            for (int bit = 0; bit < 64; ++bit)
                out[bit] = first + bit;
            out += 64;
            continue;
        }
        while (word) {
            *out++ = first + std::countr_zero(word);
            word &= word - 1;
        }
    }
    return rows;
}

} // namespace jobexplorer
