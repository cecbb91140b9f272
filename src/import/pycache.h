// The __pycache__ files: NAME.ginger-312.pyc beside each imported source, read and written safely.
#pragma once

#include "objects/code.h"

#include <string>

namespace ginger {

inline constexpr const char* CACHE_TAG = "ginger-312";

// dir/name.py -> dir/__pycache__/name.ginger-312.pyc
std::string cache_path_for(const std::string& source_path);

// The cached code if the file is valid and matches the source's mtime and size; null otherwise
// (with the reason in `why`). Never trusts the file: header, checksum and code are all checked.
Ref<CodeObject> pycache_read(const std::string& pyc_path, int64_t source_mtime, int64_t source_size, std::string& why);

// Writes atomically (a temporary file, then rename). Returns false if it could not.
bool pycache_write(const std::string& pyc_path, CodeObject* code, int64_t source_mtime, int64_t source_size);

// The first four bytes of every .pyc file (importlib.util.MAGIC_NUMBER), little-endian.
uint32_t pycache_magic();

// The 16-byte header followed by the body, as written to disk (used by tests and tools).
std::string pycache_serialize(CodeObject* code, int64_t source_mtime, int64_t source_size);
Ref<CodeObject> pycache_deserialize(std::string_view data, int64_t source_mtime, int64_t source_size, std::string& why);

}  // namespace ginger
