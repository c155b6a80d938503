// Every block the program frees through C++ is overwritten first.
//
// A visitor's name passes through many short-lived strings on its way to the letter
// (typing, Mustache, layout, the PDF bytes). Wiping each by hand cannot be complete:
// a string that grows is reallocated and its old buffer is freed as it is, and library
// code (Mustache, the standard library) makes copies we never see. Replacing the global
// allocation functions closes that whole class: nothing freed keeps a visitor's words
// for the next visitor or a memory dump to find. libharu's own C allocations are wiped
// the same way (pdf/pdf_memory.h). The cost is one memset per free, small next to the
// allocation itself.
#include <malloc.h>
#include <sodium.h>

#include <cstdlib>
#include <new>

namespace {

void* allocate(std::size_t size) {
    if (void* block = std::malloc(size ? size : 1)) return block;
    throw std::bad_alloc();
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) {
    const std::size_t align = static_cast<std::size_t>(alignment);
    void* block = nullptr;
    if (posix_memalign(&block, align < sizeof(void*) ? sizeof(void*) : align, size ? size : 1) == 0) return block;
    throw std::bad_alloc();
}

void wipe_and_free(void* block) noexcept {
    if (!block) return;
    sodium_memzero(block, malloc_usable_size(block));
    std::free(block);
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return std::malloc(size ? size : 1); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return std::malloc(size ? size : 1); }
void* operator new(std::size_t size, std::align_val_t alignment) { return allocate_aligned(size, alignment); }
void* operator new[](std::size_t size, std::align_val_t alignment) { return allocate_aligned(size, alignment); }

void operator delete(void* block) noexcept { wipe_and_free(block); }
void operator delete[](void* block) noexcept { wipe_and_free(block); }
void operator delete(void* block, std::size_t) noexcept { wipe_and_free(block); }
void operator delete[](void* block, std::size_t) noexcept { wipe_and_free(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { wipe_and_free(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { wipe_and_free(block); }
void operator delete(void* block, std::align_val_t) noexcept { wipe_and_free(block); }
void operator delete[](void* block, std::align_val_t) noexcept { wipe_and_free(block); }
void operator delete(void* block, std::size_t, std::align_val_t) noexcept { wipe_and_free(block); }
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept { wipe_and_free(block); }
