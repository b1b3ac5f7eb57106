#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace jobexplorer {

// A fixed-size set of row numbers, 64 per word, with the operations the filter engine needs.
// Counting uses the processor's popcount (the build targets x86-64-v2 by default).
class Bitset final
{
public:
    Bitset() = default;
    explicit Bitset(int size, bool filled = false);

    int size() const { return m_size; }
    void set(int index) { m_words[static_cast<std::size_t>(index) >> 6] |= std::uint64_t(1) << (index & 63); }
    bool test(int index) const { return (m_words[static_cast<std::size_t>(index) >> 6] >> (index & 63)) & 1; }
    int count() const;
    bool all() const { return count() == m_size; }

    void andWith(const Bitset &other);
    void orWith(const Bitset &other);
    void andNotWith(const Bitset &other);
    static int countAnd(const Bitset &a, const Bitset &b);

    // Calls fn(row) for every member, in increasing order.
    template <typename Fn> void forEach(Fn &&fn) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t word = m_words[w];
            while (word) {
                fn(static_cast<int>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
                word &= word - 1;
            }
        }
    }
    // Calls fn(row) for every member of both this and other.
    template <typename Fn> void forEachAnd(const Bitset &other, Fn &&fn) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t word = m_words[w] & other.m_words[w];
            while (word) {
                fn(static_cast<int>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
                word &= word - 1;
            }
        }
    }
    // Calls fn(row) for every row below size() that is not a member.
    template <typename Fn> void forEachMissing(Fn &&fn) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t word = ~m_words[w];
            if (w + 1 == m_words.size() && m_size % 64 != 0)
                word &= (std::uint64_t(1) << (m_size % 64)) - 1;
            while (word) {
                fn(static_cast<int>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
                word &= word - 1;
            }
        }
    }
    std::vector<int> toRows() const;

    const std::vector<std::uint64_t> &words() const { return m_words; }

private:
    void clearTail();

    std::vector<std::uint64_t> m_words;
    int m_size = 0;
};

} // namespace jobexplorer
