// Options of the sanitizer runtimes, compiled into every program of a sanitizer build.
// Environment variables would not reach every process: ctest starts the tests, and the
// tests start the kiosk, letter-kiosk commands and cupsd with environments of their own.
// ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS set by hand still override these.

extern "C" {

// The kiosk has glibc overwrite every block C libraries free (M_PERTURB, app/main.cpp),
// so that no visitor's words outlive their visit; ASan's allocator takes glibc's place
// and ignores that, so it is asked to do the same, with the same byte. Without it the
// privacy tests rightly find a typed name in ASan's quarantine of freed blocks.
const char* __asan_default_options() { return "max_free_fill_size=1073741824:free_fill_byte=90"; }

// Stop at the first report, with a stack trace of every report.
const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

// The leaks of system libraries that are not ours to fix (lsan.supp says which and why).
const char* __lsan_default_options() { return "suppressions=" KIOSK_LSAN_SUPPRESSIONS ":print_suppressions=0"; }

}  // extern "C"
