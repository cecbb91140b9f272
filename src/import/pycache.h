// The __pycache__ files: NAME.ginger-312.pyc beside each imported source, read and written safely.
#pragma once

#include "objects/code.h"

#include <string>

namespace ginger {

inline constexpr const char* CACHE_TAG = "ginger-312";

// The flag bits of the header (PEP 552). 0: timestamp-based (source mtime and size follow); PYC_HASH_BASED:
// an 8-byte hash of the source follows instead; with PYC_CHECK_SOURCE the importer checks that hash.
inline constexpr uint32_t PYC_HASH_BASED = 1;
inline constexpr uint32_t PYC_CHECK_SOURCE = 2;

// --check-hash-based-pycs (CPython's _imp.check_hash_based_pycs): when hash-based files are checked.
enum class CheckHashBasedPycs { Default, Always, Never };
extern CheckHashBasedPycs g_check_hash_based_pycs;
const char* check_hash_based_pycs_name(CheckHashBasedPycs mode);

// dir/name.py -> dir/__pycache__/name.ginger-312.pyc (name.ginger-312.opt-1.pyc under -O, opt-2 under -OO)
std::string cache_path_for(const std::string& source_path);
// ".ginger-312.pyc", or ".ginger-312.opt-N.pyc" at the interpreter's optimization level N.
std::string cache_file_suffix();

// What a cache file is validated against. A timestamp-based file must carry the source's mtime and size; a
// checked hash-based one the hash of the file at `source_path` (read only then). A sourceless file (a .pyc
// imported in place of its source) is not validated against anything.
struct PycSource {
    int64_t mtime = 0;
    int64_t size = 0;
    const std::string* source_path = nullptr;
    bool sourceless = false;
};

// The cached code if the file is valid and matches its source; null otherwise (with the reason in `why`).
// Never trusts the file: header, checksum and code are all checked. `flags`, if given, receives the header's
// flags once the magic number and the flags themselves were found valid.
Ref<CodeObject> pycache_check(std::string_view data, const PycSource& source, std::string& why, uint32_t* flags = nullptr);
Ref<CodeObject> pycache_read(const std::string& pyc_path, const PycSource& source, std::string& why, uint32_t* flags = nullptr);
// The same for a timestamp-based file (tests and tools).
Ref<CodeObject> pycache_deserialize(std::string_view data, int64_t source_mtime, int64_t source_size, std::string& why);

// Writes the bytes of a .pyc file atomically (a temporary file, then rename). Returns false if it could not.
bool pycache_write_data(const std::string& pyc_path, const std::string& data);
bool pycache_write(const std::string& pyc_path, CodeObject* code, int64_t source_mtime, int64_t source_size);

// The first four bytes of every .pyc file (importlib.util.MAGIC_NUMBER), little-endian.
uint32_t pycache_magic();

// The hash of a source kept by hash-based files: CPython's _imp.source_hash (SipHash-1-3 keyed with `key`
// and 0), with the magic number as the key.
uint64_t source_hash(uint64_t key, std::string_view source);

// The 16-byte header followed by the body, as written to disk. `flags` 0 stores the mtime and size,
// PYC_HASH_BASED (| PYC_CHECK_SOURCE) the hash.
std::string pycache_serialize(CodeObject* code, int64_t source_mtime, int64_t source_size);
std::string pycache_serialize_hash(CodeObject* code, uint64_t hash, bool check_source);

}  // namespace ginger
