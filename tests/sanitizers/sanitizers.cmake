# The sanitizer build: every target with AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer, stopping at the first report of either. Included from
# the top-level CMakeLists.txt when KIOSK_SANITIZE or KIOSK_FUZZ is on.
if(KIOSK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "KIOSK_FUZZ needs clang's libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
add_link_options(-fsanitize=address,undefined)

# The runtimes' options, compiled once and linked into every program (see
# default_options.cpp for why they are not left to environment variables).
add_library(kiosk_sanitizer_defaults OBJECT ${CMAKE_CURRENT_LIST_DIR}/default_options.cpp)
target_compile_definitions(kiosk_sanitizer_defaults PRIVATE
  KIOSK_LSAN_SUPPRESSIONS="${CMAKE_CURRENT_LIST_DIR}/lsan.supp")

# kiosk_add_sanitizer_defaults(DIR): links those options into every executable defined
# in DIR and its sub-folders; called once every target exists.
function(kiosk_add_sanitizer_defaults folder)
  get_property(targets DIRECTORY ${folder} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
      target_sources(${target} PRIVATE $<TARGET_OBJECTS:kiosk_sanitizer_defaults>)
    endif()
  endforeach()
  get_property(subfolders DIRECTORY ${folder} PROPERTY SUBDIRECTORIES)
  foreach(subfolder IN LISTS subfolders)
    kiosk_add_sanitizer_defaults(${subfolder})
  endforeach()
endfunction()
