// The file systems laptops put on USB sticks, told apart by statfs(2)'s f_type: they
// ignore the case of names (FAT, exFAT) and keep no per-file owner or mode (FAT,
// exFAT, NTFS mounted without its permission mapping), which changes what "failed"
// means when the kiosk reads or writes a stick.
#pragma once

namespace kiosk::base {

enum class StickFileSystem { Fat, ExFat, Ntfs, Other };

// From statfs's f_type (kernel drivers; a FUSE mount such as ntfs-3g is Other).
StickFileSystem stick_file_system(long file_system_type);
// The file system of the file open as `descriptor`; Other when fstatfs fails.
StickFileSystem stick_file_system_of(int descriptor);

// FAT and exFAT: "Pack.YAML" and "pack.yaml" are one file.
bool ignores_case(StickFileSystem kind);

// Whether fchmod(2) failing with `error` on a file of `kind` leaves the file as private
// as the mount makes every file there, so writing it may go on: FAT and exFAT refuse
// (EPERM) any mode their mount's fmask does not give, NTFS may too. Anywhere else, or
// any other error, is a failure.
bool mode_refusal_is_harmless(int error, StickFileSystem kind);

}  // namespace kiosk::base
