// Names a visitor reads and picks from (states, counties, recipient and reason labels)
// and the names on a letter (a contact's office and name) must show what they are. A
// name holding an invisible character, a bidi control or a no-break space, or one that
// looks like another name of its list, would put two buttons alike on a screen, each
// with its own ZIP codes and contact address. Every list of such names is checked here,
// and only here: the readers hand each name over as they read it.
//
// "Looks like" is ICU's (libicu-dev): the UTS #39 confusable skeleton of the spoof
// checker, not a table of our own. Two names of a list are look-alikes when their
// skeletons are equal, either as written or after case folding ("Boone" and "BOONE"
// are one county to a visitor, and no real list needs both), with invisible characters
// left out and every kind of space taken as one plain space. Real names that are only
// similar ("St. Louis" and "St. Louis City") have different skeletons and pass.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <unordered_map>

#include "content/file_problems.h"
#include "content/pack.h"

struct USpoofChecker;

namespace kiosk::content {

// Why `name` cannot be shown as it is: its first invisible character, bidi control,
// control character or space other than a plain one, or a space at its start, its end
// or next to another ("holds an invisible character (U+200B ZERO WIDTH SPACE) at
// character 6"); nullopt when every character shows. Spanish and other real names
// (é, ñ, ü, apostrophes, dashes) pass.
std::optional<std::string> hidden_in_name(std::string_view name);

// The same as a sentence about `what` ("office", "'office' (column C)"): "office
// 'Sheriff…' holds … ; type it again …", or nullopt when every character shows. For the
// names on a letter that are not chosen from a list (a contact's office and name).
std::optional<std::string> hidden_character_problem(std::string_view what, std::string_view name);

// ICU's spoof checker, opened once for a pack load and used for every name in it
// (opening it loads ICU's confusables data; ICU allows checks on one checker from any
// thread).
class NameSkeletons {
public:
    // The checker, or why ICU could not open it (its data missing).
    static tl::expected<NameSkeletons, std::string> open();

    // The keys under which `name` must be alone in its list: its skeleton as written and
    // its skeleton case-folded, both of the name with hidden characters left out and
    // spaces made plain. Empty keys when ICU cannot take the name.
    struct Keys {
        std::string as_written;
        std::string case_folded;
    };
    Keys keys_of(std::string_view name) const;

private:
    struct Close {
        void operator()(USpoofChecker* checker) const;
    };
    explicit NameSkeletons(USpoofChecker* checker) : checker_(checker) {}
    std::unique_ptr<USpoofChecker, Close> checker_;
};

// One list of names a visitor tells apart, checked as its names are read: each name for
// hidden characters, and against the names before it (a map from skeleton to the first
// name with it, so a list of n names costs n look-ups). Problems are reported at the
// later name, naming both and, when it is the cause, the character that makes them alike.
class LookAlikeNames {
public:
    // `kind` names a name of the list in messages ("county", "recipient label"), and
    // `after_name` follows each name there (" (es)" for a list of one language).
    LookAlikeNames(const NameSkeletons& skeletons, std::string kind, FileProblems& problems,
                   std::string after_name = {});

    // False, after reporting, when `name` (at 1-based `line` and `column`) holds a hidden
    // character or looks like an earlier name of the list.
    bool admit(const std::string& name, int line, int column);
    bool admit(const std::string& name, const YAML::Mark& where);

private:
    struct Earlier {
        std::string name;
        int line = 0;
    };
    // The earlier name `keys` collide with, or nullptr; `name` is kept for those after it.
    const Earlier* find_and_keep(const NameSkeletons::Keys& keys, const std::string& name, int line);

    const NameSkeletons& skeletons_;
    std::string kind_;
    FileProblems& problems_;
    std::string after_name_;
    std::unordered_map<std::string, Earlier> as_written_;
    std::unordered_map<std::string, Earlier> case_folded_;
};

// A translated name (a state's name, a recipient's label) is one list per language: a
// visitor reading Spanish sees only the Spanish names side by side.
class TranslatedLookAlikeNames {
public:
    TranslatedLookAlikeNames(const NameSkeletons& skeletons, std::string kind, FileProblems& problems);

    // Checks each language's text of `name`; `texts` is the {en: ..., es: ...} mapping it
    // was read from, for where each text is. False when any was reported.
    bool admit(const Translated& name, const YAML::Node& texts);

private:
    const NameSkeletons& skeletons_;
    std::string kind_;
    FileProblems& problems_;
    std::unordered_map<LanguageCode, LookAlikeNames> by_language_;
};

}  // namespace kiosk::content
