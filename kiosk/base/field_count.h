// How many members an aggregate has, counted by the compiler: `T{a, b, …}` compiles
// with as many values as T has members and no more. Lets a function that must visit
// every member of a struct (wiping a visit) refuse to compile when a member is added
// and the function is not told of it — a list in a test can be forgotten; this cannot.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

namespace kiosk::base {
namespace detail {

// Converts to the type of any member (never called: only its type is used).
struct AnyMember {
    template <typename T>
    operator T() const;
};

// Counting means brace-initialising with fewer values than members: clang warns about
// that even where nothing is initialised (an unevaluated decltype).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
template <typename T, typename... Values>
constexpr auto brace_constructible(int) -> decltype(T{std::declval<Values>()...}, true) {
    return true;
}
template <typename T, typename... Values>
constexpr bool brace_constructible(...) {
    return false;
}
#pragma GCC diagnostic pop

}  // namespace detail

// The number of members of the aggregate T. Its members must not be aggregates
// themselves (brace elision would count theirs): strings, vectors, numbers, enums.
template <typename T, typename... Values>
constexpr std::size_t field_count() {
    static_assert(std::is_aggregate_v<T>, "field_count counts the members of an aggregate");
    if constexpr (detail::brace_constructible<T, Values..., detail::AnyMember>(0))
        return field_count<T, Values..., detail::AnyMember>();
    else
        return sizeof...(Values);
}

}  // namespace kiosk::base
