// Errors as values: a Result<T> is a T or the one plain sentence that says why not, and
// TRY passes a failure up to the caller in one word instead of an `if` that forwards
// the string by hand.
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace kiosk::base {

template <typename T>
using Result = tl::expected<T, std::string>;

inline tl::unexpected<std::string> failure(std::string why) { return tl::make_unexpected(std::move(why)); }

namespace detail {
// What TRY gives for a Result that holds a value: the value, or nothing for Result<void>.
template <typename T, typename E>
T taken(tl::expected<T, E>&& result) {
    return std::move(*result);
}
template <typename E>
void taken(tl::expected<void, E>&&) {}
}  // namespace detail

}  // namespace kiosk::base

// TRY(expression): the value of a Result (or any tl::expected), or a return of its error
// from the enclosing function, which must return a tl::expected with the same error type.
// A statement expression (a GNU extension g++ and clang both have), as SerenityOS's TRY.
#define TRY(expression)                                                                     \
    ({                                                                                      \
        auto try_result_ = (expression);                                                    \
        if (!try_result_) return ::tl::make_unexpected(std::move(try_result_).error());     \
        ::kiosk::base::detail::taken(std::move(try_result_));                               \
    })
