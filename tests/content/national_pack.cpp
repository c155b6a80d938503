#include "national_pack.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace kiosk::testing {

namespace fs = std::filesystem;

namespace {

// The Census file's rows: zip,state,fips,county, none quoted (make-zips.sh checks that too).
struct County {
    std::string fips;
    std::string first_zip;
};
using Counties = std::map<std::string, std::map<std::string, County>>;  // by state, then county

Counties read_census_counties(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    Counties counties;
    std::string line;
    std::getline(in, line);  // zip,state,fips,county
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> values;
        std::stringstream fields(line);
        for (std::string value; std::getline(fields, value, ',');) values.push_back(value);
        if (values.size() != 4) throw std::runtime_error("unexpected line in " + file.string() + ": " + line);
        County& county = counties[values[1]][values[3]];
        if (county.fips.empty()) county = {values[2], values[0]};
        if (values[0] < county.first_zip) county.first_zip = values[0];
    }
    return counties;
}

// Names for the states the default pack lacks; the Census file gives postal codes only.
const std::map<std::string, std::string>& state_names() {
    static const std::map<std::string, std::string> names = {
        {"AK", "Alaska"}, {"AL", "Alabama"}, {"AS", "American Samoa"}, {"AZ", "Arizona"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DC", "District of Columbia"}, {"DE", "Delaware"},
        {"FL", "Florida"}, {"GA", "Georgia"}, {"GU", "Guam"}, {"HI", "Hawaii"}, {"IA", "Iowa"}, {"ID", "Idaho"},
        {"IL", "Illinois"}, {"IN", "Indiana"}, {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"MA", "Massachusetts"},
        {"MD", "Maryland"}, {"ME", "Maine"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
        {"MP", "Northern Mariana Islands"}, {"MS", "Mississippi"}, {"MT", "Montana"}, {"NC", "North Carolina"},
        {"ND", "North Dakota"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"},
        {"NV", "Nevada"}, {"NY", "New York"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
        {"PA", "Pennsylvania"}, {"PR", "Puerto Rico"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"},
        {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VA", "Virginia"},
        {"VI", "U.S. Virgin Islands"}, {"VT", "Vermont"}, {"WA", "Washington"}, {"WI", "Wisconsin"},
        {"WV", "West Virginia"}, {"WY", "Wyoming"}};
    return names;
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_file(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// A value as a spreadsheet writes it: in quotes when it holds a comma or a quote.
std::string csv_value(const std::string& text) {
    if (text.find_first_of(",\"") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

SyntheticContact synthetic_contact(const std::string& recipient, const std::string& state, const std::string& county,
                                   const County& census) {
    const bool sheriff = recipient == "sheriff";
    SyntheticContact contact;
    contact.state = state;
    contact.county = county;
    contact.office = (sheriff ? "Sheriff of " : "Prosecuting Attorney of ") + county;
    contact.name = sheriff ? "Alex Rivera" : "Sam Okafor";
    contact.surname = sheriff ? "Rivera" : "Okafor";
    contact.address = {(sheriff ? "Justice Center, " : "Courthouse, ") + census.fips + " Main Street", county,
                       "Example City, " + state + " " + census.first_zip};
    return contact;
}

}  // namespace

NationalPack::NationalPack() {
    std::string pattern = (fs::temp_directory_path() / "kiosk-national-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder");
    root_ = fs::path(pattern) / "national";
    fs::copy(KIOSK_DEFAULT_PACK, root_, fs::copy_options::recursive);

    const Counties counties = read_census_counties(KIOSK_CENSUS_COUNTIES);
    // The default pack's four states stay as they are (with whatever they carry); the
    // others are added with every county, in the order of their names, as staff would list them.
    std::string states = read_file(root_ / "states.yaml");
    std::map<std::string, std::string> added;  // by name
    for (const auto& [state, its_counties] : counties) {
        county_count_ += int(its_counties.size());
        if (states.find("  - id: " + state + "\n") != std::string::npos) continue;
        const std::string& name = state_names().at(state);
        std::string& entry = added[name];
        entry = "  - id: " + state + "\n    name: {en: \"" + name + "\", es: \"" + name + "\"}\n    counties:\n";
        for (const auto& [county, census] : its_counties) entry += "      - \"" + county + "\"\n";
    }
    for (const auto& [name, entry] : added) states += entry;
    write_file(root_ / "states.yaml", states);

    for (const std::string recipient : {"sheriff", "prosecutor"}) {
        // Excel's "CSV UTF-8" starts with a byte order mark and ends lines with CRLF;
        // LibreOffice writes neither.
        const bool excel = recipient == "sheriff";
        const std::string end = excel ? "\r\n" : "\n";
        std::string rows = std::string(excel ? "\xEF\xBB\xBF" : "") +
                           "state,county,office,name,surname,address_1,address_2,address_3,source,verified_on,term_ends" +
                           end;
        for (const auto& [state, its_counties] : counties) {
            for (const auto& [county, census] : its_counties) {
                const SyntheticContact c = synthetic_contact(recipient, state, county, census);
                rows += c.state + "," + csv_value(c.county) + "," + csv_value(c.office) + "," + c.name + "," +
                        c.surname + "," + csv_value(c.address[0]) + "," + csv_value(c.address[1]) + "," +
                        csv_value(c.address[2]) + ",synthetic test contact (tests/content/national_pack.cpp),2026-11-20," +
                        (excel ? "2028-12" : "") + end;
                ++contact_count_;
            }
        }
        write_file(root_ / "contacts" / (recipient + ".csv"), rows);
    }

    const std::string make_zips = std::string("sh '") + KIOSK_MAKE_ZIPS + "' '" + KIOSK_CENSUS_COUNTIES + "' > '" +
                                  (root_ / "zips.csv").string() + "'";
    if (std::system(make_zips.c_str()) != 0) throw std::runtime_error("failed: " + make_zips);
}

NationalPack::~NationalPack() {
    std::error_code ignored;
    fs::remove_all(root_.parent_path(), ignored);
}

SyntheticContact NationalPack::contact(const std::string& recipient, const std::string& state,
                                       const std::string& county) const {
    const Counties counties = read_census_counties(KIOSK_CENSUS_COUNTIES);
    return synthetic_contact(recipient, state, county, counties.at(state).at(county));
}

}  // namespace kiosk::testing
