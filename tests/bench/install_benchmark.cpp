// What a pack from a stick costs to check or refuse: the promise that any archive that
// fits on a stick is refused within a second lives here, as figures, not in a test.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <stdexcept>

#include "archive_writer.h"
#include "install/content_store.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::ArchiveEntry;
using testing::ArchiveFormat;

enum class Hostile { GigabyteEntry, HiddenHugeEntry, HundredThousandHiddenEntries };

std::vector<ArchiveEntry> entries_of(Hostile kind) {
    std::vector<ArchiveEntry> entries;
    switch (kind) {
        case Hostile::GigabyteEntry:
            entries = testing::default_pack_entries();
            entries.push_back({"assets/bomb.png", "", AE_IFREG, "", 1ull << 30});
            break;
        case Hostile::HiddenHugeEntry:
            entries = testing::default_pack_entries();
            entries.push_back({".DS_Store", "", AE_IFREG, "", 150ull << 20});
            break;
        case Hostile::HundredThousandHiddenEntries:
            for (int i = 0; i < 100000; ++i) entries.push_back({".hidden" + std::to_string(i), ""});
            break;
    }
    return entries;
}

// One scratch folder for the whole run: a data folder with the default pack in use, and
// each hostile archive written once (the gigabyte one takes seconds to compress).
class Bench {
public:
    static Bench& get() {
        static Bench bench;
        return bench;
    }
    fs::path data() const { return scratch_.path() / "data"; }
    fs::path archive(Hostile kind, ArchiveFormat format) {
        const fs::path file = scratch_.path() / (std::to_string(int(kind)) + (format == ArchiveFormat::Zip ? ".zip" : ".tar.gz"));
        if (!fs::exists(file)) testing::write_archive(file, format, entries_of(kind));
        return file;
    }

private:
    Bench() {
        if (!ContentStore(data(), {}).install(KIOSK_DEFAULT_PACK, {})) throw std::runtime_error("cannot install the default pack");
    }
    testing::Scratch scratch_;
};

void refuse(benchmark::State& state, Hostile kind, ArchiveFormat format) {
    const fs::path file = Bench::get().archive(kind, format);
    InstallOptions options;
    options.allow_older = true;
    for (auto _ : state) {
        const auto installed = ContentStore(Bench::get().data(), {}).install(file, options);
        if (installed) state.SkipWithError("the hostile archive was installed");
    }
}

void BM_RefuseAGigabyteEntry(benchmark::State& state) { refuse(state, Hostile::GigabyteEntry, ArchiveFormat::TarGz); }
BENCHMARK(BM_RefuseAGigabyteEntry)->Unit(benchmark::kMillisecond);

void BM_RefuseAHiddenEntryOfOneHundredFiftyMegabytes(benchmark::State& state) {
    refuse(state, Hostile::HiddenHugeEntry, ArchiveFormat(state.range(0)));
}
BENCHMARK(BM_RefuseAHiddenEntryOfOneHundredFiftyMegabytes)->Arg(int(ArchiveFormat::Zip))->Arg(int(ArchiveFormat::TarGz))->Unit(benchmark::kMillisecond);

void BM_RefuseAHundredThousandHiddenEntries(benchmark::State& state) {
    refuse(state, Hostile::HundredThousandHiddenEntries, ArchiveFormat::Zip);
}
BENCHMARK(BM_RefuseAHundredThousandHiddenEntries)->Unit(benchmark::kMillisecond);

// What staff wait for on the Campaign tab, per pack on the stick.
void BM_CheckTheDefaultPackFolder(benchmark::State& state) {
    InstallOptions options;
    options.allow_older = true;
    options.check_only = true;
    for (auto _ : state) {
        if (!ContentStore(Bench::get().data(), {}).install(KIOSK_DEFAULT_PACK, options)) state.SkipWithError("check refused");
    }
}
BENCHMARK(BM_CheckTheDefaultPackFolder)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk::install
