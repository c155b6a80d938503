// zips.csv: the counties each ZIP code touches, so that a visitor who types a ZIP on the
// Where screen taps one of a few counties instead of searching a list. Optional: a pack
// without it asks for the state and the county only.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "content/file_problems.h"
#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {

// Every US ZIP code with each county it touches is about 47,000 rows and 1.1 MB; these
// leave room for that and end a damaged or hostile file early with one message.
constexpr std::uintmax_t max_zips_file_bytes = 4 * 1024 * 1024;
constexpr int max_zip_rows = 100000;

// The rows of a zips.csv text: the header `zip,state,county`, then one row per ZIP code
// and county. Each row must name a state of `states` and one of that state's counties;
// with `states` null (states.yaml could not be read) those two are not checked.
std::map<std::string, std::vector<ZipArea>> read_zips(std::string_view text, const std::vector<State>* states,
                                                      FileProblems& problems);

// read_zips on `root / "zips.csv"`, or no ZIP codes when the pack has no such file.
std::map<std::string, std::vector<ZipArea>> load_zips(const std::filesystem::path& root,
                                                      const std::vector<State>* states, std::vector<Problem>& all);

}  // namespace kiosk::content
