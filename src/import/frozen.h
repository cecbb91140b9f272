// Frozen modules: Ginger's own library (lib/), compiled to bytecode at build time and linked into
// the binary, so that importing it reads no files. tools/freeze.cpp writes the table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ginger {

struct FrozenModule {
    const char* name;            // dotted module name
    const unsigned char* code;   // marshalled code object (compile/marshal.h)
    size_t size;
    bool is_package;
};

// The table linked into the program: the generated frozen_modules.cpp, or frozen_none.cpp.
extern const FrozenModule g_frozen_modules[];
extern const size_t g_frozen_module_count;

const FrozenModule* find_frozen_module(std::string_view name);

}  // namespace ginger
