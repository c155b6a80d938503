// Searches the memory of a running process (our own child) for bytes, the way an
// attacker with a memory dump would: every readable mapping, through /proc/PID/mem.
#pragma once

#include <sys/types.h>

#include <string>

namespace kiosk::ui::testing {

// How many times `needle` occurs in the readable memory of process `pid`.
std::size_t count_in_process_memory(pid_t pid, const std::string& needle);

// Prints each place `needle` occurs (mapping and surrounding bytes), to find who keeps it.
void show_in_process_memory(pid_t pid, const std::string& needle);

// `text` (ASCII) as UTF-32, as SFML keeps the strings it draws.
std::string as_utf32(const std::string& text);

}  // namespace kiosk::ui::testing
