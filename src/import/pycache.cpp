// Reading and writing .pyc files. Layout (docs/PYC_FORMAT.md): magic (4), flags (4), source mtime (4) and
// size (4) or, in hash-based files, the source hash (8); then the body: "GBDY", body length (4), FNV-1a 64
// checksum of the payload (8), payload.
#include "import/pycache.h"
#include "compile/compiler.h"
#include "compile/marshal.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace ginger {

namespace {

constexpr uint32_t MAGIC = uint32_t(compile::BYTECODE_VERSION) | (uint32_t('\r') << 16) | (uint32_t('\n') << 24);
constexpr uint32_t BODY_TAG = uint32_t('G') | (uint32_t('B') << 8) | (uint32_t('D') << 16) | (uint32_t('Y') << 24);

void put32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(char(v >> (8 * i)));
}
void put64(std::string& out, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(char(v >> (8 * i)));
}
uint32_t get32(std::string_view data, size_t at)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= uint32_t(uint8_t(data[at + size_t(i)])) << (8 * i);
    return v;
}
uint64_t get64(std::string_view data, size_t at)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= uint64_t(uint8_t(data[at + size_t(i)])) << (8 * i);
    return v;
}

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3)
{
    v0 += v1;
    v1 = rotl(v1, 13) ^ v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16) ^ v2;
    v0 += v3;
    v3 = rotl(v3, 21) ^ v0;
    v2 += v1;
    v1 = rotl(v1, 17) ^ v2;
    v2 = rotl(v2, 32);
}

bool read_whole_file(const std::string& path, std::string& data, std::string& why);

uint64_t checksum(std::string_view data)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : data) {
        h ^= uint8_t(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

}  // namespace

std::string cache_path_for(const std::string& source_path)
{
    size_t slash = source_path.rfind('/');
    std::string dir = slash == std::string::npos ? "" : source_path.substr(0, slash + 1);
    std::string file = slash == std::string::npos ? source_path : source_path.substr(slash + 1);
    if (file.size() > 3 && file.ends_with(".py"))
        file.resize(file.size() - 3);
    return dir + "__pycache__/" + file + cache_file_suffix();
}

std::string cache_file_suffix()
{
    std::string suffix = std::string(".") + CACHE_TAG;
    if (compile::g_optimize_level > 0)
        suffix += ".opt-" + std::to_string(compile::g_optimize_level);
    return suffix + ".pyc";
}

uint32_t pycache_magic() { return MAGIC; }

CheckHashBasedPycs g_check_hash_based_pycs = CheckHashBasedPycs::Default;

const char* check_hash_based_pycs_name(CheckHashBasedPycs mode)
{
    switch (mode) {
    case CheckHashBasedPycs::Always: return "always";
    case CheckHashBasedPycs::Never: return "never";
    default: return "default";
    }
}

// SipHash-1-3 with the key (key, 0), the function CPython's _imp.source_hash uses.
uint64_t source_hash(uint64_t key, std::string_view source)
{
    uint64_t v0 = key ^ 0x736f6d6570736575ull, v1 = 0x646f72616e646f6dull;
    uint64_t v2 = key ^ 0x6c7967656e657261ull, v3 = 0x7465646279746573ull;
    size_t full = source.size() & ~size_t(7);
    for (size_t at = 0; at < full; at += 8) {
        uint64_t m = get64(source, at);
        v3 ^= m;
        sip_round(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t last = uint64_t(source.size()) << 56;
    for (size_t i = full; i < source.size(); ++i)
        last |= uint64_t(uint8_t(source[i])) << (8 * (i - full));
    v3 ^= last;
    sip_round(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    for (int i = 0; i < 3; ++i)
        sip_round(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

static std::string serialize(CodeObject* code, uint32_t flags, uint64_t stamp)
{
    std::string payload = compile::marshal_code(code);
    std::string out;
    put32(out, MAGIC);
    put32(out, flags);
    put64(out, stamp);
    put32(out, BODY_TAG);
    put32(out, uint32_t(payload.size()));
    put64(out, checksum(payload));
    out += payload;
    return out;
}

std::string pycache_serialize(CodeObject* code, int64_t source_mtime, int64_t source_size)
{
    return serialize(code, 0, uint64_t(uint32_t(source_mtime)) | (uint64_t(uint32_t(source_size)) << 32));
}

std::string pycache_serialize_hash(CodeObject* code, uint64_t hash, bool check_source)
{
    return serialize(code, PYC_HASH_BASED | (check_source ? PYC_CHECK_SOURCE : 0), hash);
}

Ref<CodeObject> pycache_deserialize(std::string_view data, int64_t source_mtime, int64_t source_size, std::string& why)
{
    return pycache_check(data, PycSource { source_mtime, source_size }, why);
}

Ref<CodeObject> pycache_check(std::string_view data, const PycSource& source, std::string& why, uint32_t* flags_out)
{
    if (data.size() < 16) {
        why = "truncated header";
        return nullptr;
    }
    if (get32(data, 0) != MAGIC) {
        why = "bad magic number";
        return nullptr;
    }
    uint32_t flags = get32(data, 4);
    if (flags & ~(PYC_HASH_BASED | PYC_CHECK_SOURCE)) {  // as CPython's _classify_pyc: only bits 0 and 1
        why = "unsupported flags";
        return nullptr;
    }
    if (flags_out)
        *flags_out = flags;
    if (source.sourceless) {
        // Imported in place of its source: nothing to validate it against, as in CPython.
    } else if (!(flags & PYC_HASH_BASED)) {
        if (get32(data, 8) != uint32_t(source.mtime) || get32(data, 12) != uint32_t(source.size)) {
            why = "stale (source changed)";
            return nullptr;
        }
    } else if (g_check_hash_based_pycs == CheckHashBasedPycs::Always ||
               (g_check_hash_based_pycs == CheckHashBasedPycs::Default && (flags & PYC_CHECK_SOURCE))) {
        std::string text;
        if (!source.source_path || !read_whole_file(*source.source_path, text, why)) {
            why = "source not readable to check its hash";
            return nullptr;
        }
        if (source_hash(MAGIC, text) != get64(data, 8)) {
            why = "stale (source hash changed)";
            return nullptr;
        }
    }
    if (data.size() < 32 || get32(data, 16) != BODY_TAG) {
        why = "truncated or damaged body";
        return nullptr;
    }
    uint32_t length = get32(data, 20);
    if (data.size() - 32 != length) {
        why = "body length mismatch";
        return nullptr;
    }
    std::string_view payload = data.substr(32);
    if (checksum(payload) != get64(data, 24)) {
        why = "checksum mismatch";
        return nullptr;
    }
    return compile::unmarshal_code(payload, why);
}

namespace {

// Reads a regular file of at most 1 GiB.
bool read_whole_file(const std::string& path, std::string& data, std::string& why)
{
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why = strerror(errno);
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (1 << 30)) {
        close(fd);
        why = "not a regular file";
        return false;
    }
    data.assign(size_t(st.st_size), '\0');
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = read(fd, data.data() + done, data.size() - done);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    close(fd);
    data.resize(done);
    return true;
}

}  // namespace

Ref<CodeObject> pycache_read(const std::string& pyc_path, const PycSource& source, std::string& why, uint32_t* flags)
{
    std::string data;
    if (!read_whole_file(pyc_path, data, why))
        return nullptr;
    return pycache_check(data, source, why, flags);
}

bool pycache_write(const std::string& pyc_path, CodeObject* code, int64_t source_mtime, int64_t source_size)
{
    return pycache_write_data(pyc_path, pycache_serialize(code, source_mtime, source_size));
}

bool pycache_write_data(const std::string& pyc_path, const std::string& data)
{
    size_t slash = pyc_path.rfind('/');
    std::string dir = pyc_path.substr(0, slash);
    if (mkdir(dir.c_str(), 0777) != 0 && errno == ENOENT) {
        // Under sys.pycache_prefix the whole directory tree may be missing: make each level.
        for (size_t at = dir.find('/', 1); at != std::string::npos; at = dir.find('/', at + 1))
            mkdir(dir.substr(0, at).c_str(), 0777);
        mkdir(dir.c_str(), 0777);
    }
    struct stat st;
    if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    // A unique temporary name, then an atomic rename: readers see the old file or the new one.
    std::string temp = pyc_path + "." + std::to_string(getpid()) + ".tmp";
    int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST) {
        // Left behind by a process that died (the name holds our pid, so no live writer uses it).
        unlink(temp.c_str());
        fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    }
    if (fd < 0)
        return false;
    size_t done = 0;
    bool ok = true;
    while (done < data.size()) {
        ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n <= 0) {
            ok = false;
            break;
        }
        done += size_t(n);
    }
    if (close(fd) != 0)
        ok = false;
    if (!ok || rename(temp.c_str(), pyc_path.c_str()) != 0) {
        unlink(temp.c_str());
        return false;
    }
    return true;
}

}  // namespace ginger
