#include "content/pack_info_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "content/asset_check.h"
#include "content/branding_palette.h"
#include "content/mapping_fields.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace {

std::vector<LanguageCode> read_languages(const MappingFields& fields) {
    auto codes = fields.text_list("languages", Presence::Required);
    if (!codes) return {};
    if (codes->empty()) {
        fields.problems().add(fields.value_mark("languages"), "'languages' needs at least one language, like [en]");
        return {};
    }
    std::vector<LanguageCode> languages;
    bool usable = true;
    for (const std::string& code : *codes) {
        if (!is_language_code(code)) {
            fields.problems().add(fields.value_mark("languages"),
                                  "'" + code + "' is not a language code; use two letters like en or es");
            usable = false;
        } else if (std::find(languages.begin(), languages.end(), code) != languages.end()) {
            fields.problems().add(fields.value_mark("languages"), "language '" + code + "' is listed twice");
            usable = false;
        } else {
            languages.push_back(code);
        }
    }
    return usable ? languages : std::vector<LanguageCode>{};
}

void read_idle(const MappingFields& pack, IdleTimes& idle) {
    const auto block = pack.mapping("idle", Presence::Optional);
    if (!block) return;
    const MappingFields fields(*block, {"still_there_after_seconds", "reset_after_seconds", "done_reset_after_seconds"},
                               "idle", pack.problems());
    const auto read_seconds = [&](const char* key, int& seconds) {
        const auto text = fields.text(key, Presence::Optional);
        if (!text) return;
        // A day is far more than any sensible idle time; the bound also keeps stoi safe.
        constexpr int most_seconds = 24 * 60 * 60;
        const bool digits = !text->empty() && text->size() <= 6 &&
                            std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
        const int value = digits ? std::stoi(*text) : -1;
        if (value < 1 || value > most_seconds) {
            fields.problems().add(fields.value_mark(key), "'" + std::string(key) +
                                                              "' should be a whole number of seconds from 1 to " +
                                                              std::to_string(most_seconds) + ", not '" + *text + "'");
            return;
        }
        seconds = value;
    };
    read_seconds("still_there_after_seconds", idle.still_there_after_seconds);
    read_seconds("reset_after_seconds", idle.reset_after_seconds);
    read_seconds("done_reset_after_seconds", idle.done_reset_after_seconds);
}

std::string hex_of(Colour colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", colour.r, colour.g, colour.b);
    return text;
}

// "2.31:1", rounded down, so a ratio just short of 4.5:1 never reads as 4.50:1.
std::string ratio_text(double ratio) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", std::floor(ratio * 100.0) / 100.0);
    return text;
}

// "make 'primary' darker or 'on_primary' lighter": the two colours further apart, each
// way that is still open (white cannot get lighter).
std::string remedy(const ContrastPair& pair) {
    const Colour white{255, 255, 255}, black{0, 0, 0};
    const bool ink_lighter = contrast_ratio(pair.ink, black) > contrast_ratio(pair.fill, black);
    std::vector<std::string> ways;
    const auto way = [&](const char* key, Colour colour, bool lighter) {
        if (key && !(colour == (lighter ? white : black))) {
            ways.push_back("make '" + std::string(key) + "' " + (lighter ? "lighter" : "darker"));
        }
    };
    way(pair.fill_key, pair.fill, !ink_lighter);
    way(pair.ink_key, pair.ink, ink_lighter);
    if (ways.empty()) return "choose other colours";
    return ways.size() == 1 ? ways[0] : ways[0] + " or " + ways[1].substr(5);  // "... or 'x' lighter"
}

// Every pair of colours the screens draw text with (branding_palette.h) must reach
// 4.5:1; else the kiosk would quietly show its own colours instead of the pack's. The
// two pairs staff choose directly are checked first; the tones derived from them only
// when those pass, so one bad colour gives one message.
void check_contrast(const MappingFields& fields, const Branding& branding) {
    const auto palette = palette_of(branding);
    if (!palette) return;  // a colour that is not "#RRGGBB" was reported already
    const std::vector<ContrastPair> pairs = contrast_pairs(*palette);
    constexpr std::size_t chosen_directly = 2;
    bool failed = false;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i == chosen_directly && failed) return;
        const ContrastPair& pair = pairs[i];
        const double ratio = contrast_ratio(pair.ink, pair.fill);
        if (ratio >= minimum_contrast) continue;
        failed = true;
        // Placed at the first of its colours the pack gives; at `branding:` when both are defaults.
        const char* key = pair.ink_key && fields.has(pair.ink_key) ? pair.ink_key : pair.fill_key;
        fields.problems().add(fields.value_mark(key), pair.what + " (" + hex_of(pair.ink) + " on " + hex_of(pair.fill) +
                                                           ") has a contrast of " + ratio_text(ratio) +
                                                           ", where text needs 4.5:1 for visitors with low vision: " +
                                                           remedy(pair));
        if (i >= chosen_directly) return;  // one derived tone at a time
    }
}

void read_branding(const MappingFields& pack, const std::filesystem::path& root, Branding& branding) {
    const auto block = pack.mapping("branding", Presence::Optional);
    if (!block) return;
    const MappingFields fields(*block, {"primary", "on_primary", "background", "text", "logo"}, "branding",
                               pack.problems());
    const auto read_colour = [&](const char* key, std::string& colour) {
        if (fields.is_empty(key)) {
            // `primary: #0B6E4F` unquoted: YAML reads everything from " #" as a comment.
            fields.problems().add(fields.key_mark(key), "'" + std::string(key) +
                                                            "' is empty: write the colour in quotes, like " + key +
                                                            ": \"#1B4F72\" (without them, YAML reads # and what "
                                                            "follows as a comment)");
            return;
        }
        const auto text = fields.text(key, Presence::Optional);
        if (!text) return;
        if (!is_colour(*text)) {
            fields.problems().add(fields.value_mark(key), "'" + std::string(key) + "' should be a colour like \"#1B4F72\" (in quotes), not '" + *text + "'");
            return;
        }
        colour = *text;
    };
    read_colour("primary", branding.primary);
    read_colour("on_primary", branding.on_primary);
    read_colour("background", branding.background);
    read_colour("text", branding.text);
    check_contrast(fields, branding);
    if (const auto logo = fields.text("logo", Presence::Optional)) {
        if (auto refusal = refuse_image(root, *logo)) {
            fields.problems().add(fields.value_mark("logo"), "logo: " + *refusal);
        } else {
            branding.logo = std::filesystem::absolute(root) / *logo;
        }
    }
}

std::vector<FollowUp> read_follow_ups(const MappingFields& pack, const std::vector<LanguageCode>& languages) {
    std::vector<FollowUp> follow_ups;
    const auto list = pack.list("follow_ups", Presence::Optional);
    if (!list) return follow_ups;
    std::set<std::string> ids;
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "follow_ups", pack.problems());
        if (!mapping) continue;
        const MappingFields fields(*mapping, {"id", "url", "label"}, "a follow-up", pack.problems());
        FollowUp follow_up;
        const auto id = fields.text("id", Presence::Required);
        if (id && !is_plain_id(*id)) {
            fields.problems().add(fields.value_mark("id"),
                                  "follow-up id '" + *id + "' should use lowercase letters, digits and dashes only");
        } else if (id && !ids.insert(*id).second) {
            fields.problems().add(fields.value_mark("id"), "follow-up id '" + *id + "' is used twice");
        }
        const auto url = fields.text("url", Presence::Required, max_paragraph_characters);
        if (url && !is_web_link(*url)) {
            fields.problems().add(fields.value_mark("url"),
                                  "'url' should be a web link starting with https:// (at most 500 characters)");
        }
        const auto label = fields.translated("label", Presence::Required, languages);
        if (id && url && label) follow_ups.push_back({*id, *label, *url});
    }
    return follow_ups;
}

}  // namespace

PackInfoFile read_pack_info(const YAML::Node& document, const std::filesystem::path& root, FileProblems& problems) {
    const MappingFields fields(document,
                               {"name", "organisation", "version", "contacts_verified_on", "languages", "paper", "idle",
                                "branding", "follow_ups"},
                               "pack.yaml", problems);
    PackInfoFile file;
    PackInfo& info = file.info;
    info.name = fields.text("name", Presence::Required).value_or("");
    info.organisation = fields.text("organisation", Presence::Required).value_or("");
    info.version = fields.text("version", Presence::Required).value_or("");
    if (const auto date = fields.text("contacts_verified_on", Presence::Required)) {
        if (is_iso_date(*date)) {
            info.contacts_verified_on = *date;
        } else {
            problems.add(fields.value_mark("contacts_verified_on"),
                         "'contacts_verified_on' should be a date like 2026-11-24, not '" + *date + "'");
        }
    }
    info.languages = read_languages(fields);
    file.languages_mark = fields.value_mark("languages");
    if (const auto paper = fields.text("paper", Presence::Required)) {
        if (*paper == "letter") {
            info.paper = PaperSize::Letter;
        } else if (*paper == "a4") {
            info.paper = PaperSize::A4;
        } else {
            problems.add(fields.value_mark("paper"), "'paper' should be letter or a4, not '" + *paper + "'");
        }
    }
    read_idle(fields, info.idle);
    read_branding(fields, root, file.branding);
    file.follow_ups = read_follow_ups(fields, info.languages);
    return file;
}

}  // namespace kiosk::content
