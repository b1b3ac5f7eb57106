#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace jobexplorer {

// The value of posting_skill_lists.skill_ids: a posting's skill ids (skills.id) in the order
// they are listed, each as an unsigned LEB128 number (7 bits a byte, low bits first, the high
// bit set on every byte but the last), so that ids under 128 take one byte.
namespace SkillListBlob {

inline void append(std::string &blob, std::int64_t id)
{
    auto value = static_cast<std::uint64_t>(id);
    while (value >= 0x80) {
        blob.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    blob.push_back(static_cast<char>(value));
}

// Calls take(id) for each id in order; false (after some calls, perhaps) when the bytes are not
// a list of such numbers.
template <typename Take> bool decode(std::string_view blob, Take &&take)
{
    std::uint64_t value = 0;
    int shift = 0;
    for (const char c : blob) {
        const auto byte = static_cast<unsigned char>(c);
        if (shift > 56)
            return false;
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        take(static_cast<std::int64_t>(value));
        value = 0;
        shift = 0;
    }
    return shift == 0;
}

} // namespace SkillListBlob

} // namespace jobexplorer
