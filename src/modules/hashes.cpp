// _md5, _sha1, _sha3 and _blake2: the hash algorithms hashlib needs besides _sha2 (MD5 RFC 1321, SHA-1 FIPS 180-4,
// SHA-3 and SHAKE FIPS 202, BLAKE2b/BLAKE2s RFC 7693 with their tree parameters), written here so that Ginger needs
// no crypto library. One object layout serves all of them; each module exposes CPython 3.12's names and signatures.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <cstring>
#include <string>

namespace ginger {

namespace {

enum class Algorithm : uint8_t { Md5, Sha1, Sha3, Shake, Blake2b, Blake2s };

inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint64_t rotl64(uint64_t x, int n) { return (x << n) | (x >> (64 - n)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
inline uint32_t load32le(const unsigned char* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
inline uint32_t load32be(const unsigned char* p) { return uint32_t(p[3]) | uint32_t(p[2]) << 8 | uint32_t(p[1]) << 16 | uint32_t(p[0]) << 24; }
inline uint64_t load64le(const unsigned char* p) { return uint64_t(load32le(p)) | uint64_t(load32le(p + 4)) << 32; }

constexpr uint32_t MD5_K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af,
    0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97,
    0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391 };
constexpr int MD5_SHIFT[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

constexpr uint64_t KECCAK_RC[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800a, 0x800000008000000a, 0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008 };
constexpr int KECCAK_ROT[24] = { 1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44 };
constexpr int KECCAK_PI[24] = { 10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1 };

constexpr uint64_t BLAKE2B_IV[8] = { 0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                     0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179 };
constexpr uint32_t BLAKE2S_IV[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
constexpr uint8_t BLAKE2_SIGMA[10][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 }, { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 }, { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 }, { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 }, { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 } };

// The running state of any of the algorithms. Plain data, so copy() is an assignment.
// Invariant: buffered < block_size, except for BLAKE2, which keeps a full last block until more input arrives
// (the final block is compressed with the finalization flag).
struct HashState {
    Algorithm algorithm;
    int digest_size;        // 0 for SHAKE (the length is an argument of digest())
    int block_size;         // the SHA-3 rate in bytes
    uint8_t suffix;         // SHA-3 domain padding: 0x06, SHAKE 0x1f
    bool last_node;         // BLAKE2 tree parameter
    unsigned char buffer[168];  // the largest block: the SHAKE128 rate
    size_t buffered;
    uint64_t length;        // bytes hashed (MD5/SHA-1) or the BLAKE2 counter's low word
    uint64_t counter_high;  // BLAKE2b counter's high word
    union {
        uint32_t w32[8];
        uint64_t w64[25];
    } h;

    void md5_block(const unsigned char* p)
    {
        uint32_t m[16];
        for (int i = 0; i < 16; ++i)
            m[i] = load32le(p + 4 * i);
        uint32_t a = h.w32[0], b = h.w32[1], c = h.w32[2], d = h.w32[3];
        for (int i = 0; i < 64; ++i) {
            uint32_t f;
            int g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) & 15;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) & 15;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) & 15;
            }
            uint32_t next = b + rotl32(a + f + MD5_K[i] + m[g], MD5_SHIFT[(i / 16) * 4 + (i & 3)]);
            a = d;
            d = c;
            c = b;
            b = next;
        }
        h.w32[0] += a;
        h.w32[1] += b;
        h.w32[2] += c;
        h.w32[3] += d;
    }

    void sha1_block(const unsigned char* p)
    {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = load32be(p + 4 * i);
        for (int i = 16; i < 80; ++i)
            w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h.w32[0], b = h.w32[1], c = h.w32[2], d = h.w32[3], e = h.w32[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5a827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8f1bbcdc;
            } else {
                f = b ^ c ^ d;
                k = 0xca62c1d6;
            }
            uint32_t t = rotl32(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotl32(b, 30);
            b = a;
            a = t;
        }
        h.w32[0] += a;
        h.w32[1] += b;
        h.w32[2] += c;
        h.w32[3] += d;
        h.w32[4] += e;
    }

    void keccak_permute()
    {
        uint64_t* st = h.w64;
        for (int round = 0; round < 24; ++round) {
            // theta
            uint64_t c0 = st[0] ^ st[5] ^ st[10] ^ st[15] ^ st[20];
            uint64_t c1 = st[1] ^ st[6] ^ st[11] ^ st[16] ^ st[21];
            uint64_t c2 = st[2] ^ st[7] ^ st[12] ^ st[17] ^ st[22];
            uint64_t c3 = st[3] ^ st[8] ^ st[13] ^ st[18] ^ st[23];
            uint64_t c4 = st[4] ^ st[9] ^ st[14] ^ st[19] ^ st[24];
            uint64_t d[5] = { c4 ^ rotl64(c1, 1), c0 ^ rotl64(c2, 1), c1 ^ rotl64(c3, 1), c2 ^ rotl64(c4, 1),
                              c3 ^ rotl64(c0, 1) };
            for (int j = 0; j < 25; j += 5) {
                st[j] ^= d[0];
                st[j + 1] ^= d[1];
                st[j + 2] ^= d[2];
                st[j + 3] ^= d[3];
                st[j + 4] ^= d[4];
            }
            // rho and pi
            uint64_t t = st[1];
            for (int i = 0; i < 24; ++i) {
                int j = KECCAK_PI[i];
                uint64_t saved = st[j];
                st[j] = rotl64(t, KECCAK_ROT[i]);
                t = saved;
            }
            // chi
            for (int j = 0; j < 25; j += 5) {
                uint64_t b0 = st[j], b1 = st[j + 1], b2 = st[j + 2], b3 = st[j + 3], b4 = st[j + 4];
                st[j] = b0 ^ (~b1 & b2);
                st[j + 1] = b1 ^ (~b2 & b3);
                st[j + 2] = b2 ^ (~b3 & b4);
                st[j + 3] = b3 ^ (~b4 & b0);
                st[j + 4] = b4 ^ (~b0 & b1);
            }
            // iota
            st[0] ^= KECCAK_RC[round];
        }
    }

    // Absorbs one block of `block_size` bytes into the Keccak state (lanes are little-endian).
    void keccak_block(const unsigned char* p)
    {
        for (int i = 0; i < block_size / 8; ++i)
            h.w64[i] ^= load64le(p + 8 * i);
        keccak_permute();
    }

    void blake2b_compress(const unsigned char* p, bool final)
    {
        uint64_t m[16], v[16];
        for (int i = 0; i < 16; ++i)
            m[i] = load64le(p + 8 * i);
        for (int i = 0; i < 8; ++i) {
            v[i] = h.w64[i];
            v[i + 8] = BLAKE2B_IV[i];
        }
        v[12] ^= length;
        v[13] ^= counter_high;
        if (final) {
            v[14] = ~v[14];
            if (last_node)
                v[15] = ~v[15];
        }
        auto g = [&](int a, int b, int c, int d, uint64_t x, uint64_t y) {
            v[a] += v[b] + x;
            v[d] = rotr64(v[d] ^ v[a], 32);
            v[c] += v[d];
            v[b] = rotr64(v[b] ^ v[c], 24);
            v[a] += v[b] + y;
            v[d] = rotr64(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = rotr64(v[b] ^ v[c], 63);
        };
        for (int round = 0; round < 12; ++round) {
            const uint8_t* s = BLAKE2_SIGMA[round % 10];
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; ++i)
            h.w64[i] ^= v[i] ^ v[i + 8];
    }

    void blake2s_compress(const unsigned char* p, bool final)
    {
        uint32_t m[16], v[16];
        for (int i = 0; i < 16; ++i)
            m[i] = load32le(p + 4 * i);
        for (int i = 0; i < 8; ++i) {
            v[i] = h.w32[i];
            v[i + 8] = BLAKE2S_IV[i];
        }
        v[12] ^= uint32_t(length);
        v[13] ^= uint32_t(length >> 32);
        if (final) {
            v[14] = ~v[14];
            if (last_node)
                v[15] = ~v[15];
        }
        auto g = [&](int a, int b, int c, int d, uint32_t x, uint32_t y) {
            v[a] += v[b] + x;
            v[d] = rotr32(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = rotr32(v[b] ^ v[c], 12);
            v[a] += v[b] + y;
            v[d] = rotr32(v[d] ^ v[a], 8);
            v[c] += v[d];
            v[b] = rotr32(v[b] ^ v[c], 7);
        };
        for (int round = 0; round < 10; ++round) {
            const uint8_t* s = BLAKE2_SIGMA[round];
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; ++i)
            h.w32[i] ^= v[i] ^ v[i + 8];
    }

    bool is_blake2() const { return algorithm == Algorithm::Blake2b || algorithm == Algorithm::Blake2s; }

    void blake2_block(const unsigned char* p, bool final)
    {
        // The counter counts the bytes of input (the last block's real length, not its padding).
        if (algorithm == Algorithm::Blake2b) {
            blake2b_compress(p, final);
        } else {
            blake2s_compress(p, final);
        }
    }

    void blake2_count(size_t n)
    {
        uint64_t before = length;
        length += n;
        if (algorithm == Algorithm::Blake2b && length < before)
            ++counter_high;
    }

    void process_block(const unsigned char* p)
    {
        switch (algorithm) {
        case Algorithm::Md5: md5_block(p); break;
        case Algorithm::Sha1: sha1_block(p); break;
        case Algorithm::Sha3:
        case Algorithm::Shake: keccak_block(p); break;
        case Algorithm::Blake2b:
        case Algorithm::Blake2s:
            blake2_count(size_t(block_size));
            blake2_block(p, false);
            break;
        }
    }

    void update(const unsigned char* p, size_t n)
    {
        size_t b = size_t(block_size);
        if (!is_blake2())
            length += n;
        while (n > 0) {
            // BLAKE2 compresses a full buffer only once it knows more input follows.
            if (is_blake2() && buffered == b) {
                process_block(buffer);
                buffered = 0;
            }
            if (buffered == 0 && n > b) {
                process_block(p);
                p += b;
                n -= b;
                continue;
            }
            size_t take = std::min(n, b - buffered);
            memcpy(buffer + buffered, p, take);
            buffered += take;
            p += take;
            n -= take;
            if (!is_blake2() && buffered == b) {
                process_block(buffer);
                buffered = 0;
            }
        }
    }

    // The digest (or `out_length` bytes of SHAKE output); the state itself is left as it was.
    std::string finish(size_t out_length) const
    {
        HashState s = *this;
        std::string out;
        switch (algorithm) {
        case Algorithm::Md5:
        case Algorithm::Sha1: {
            uint64_t bits = s.length * 8;
            unsigned char pad[72] = { 0x80 };
            size_t pad_length = s.buffered < 56 ? 56 - s.buffered : 120 - s.buffered;
            unsigned char tail[8];
            for (int i = 0; i < 8; ++i)
                tail[i] = uint8_t(algorithm == Algorithm::Md5 ? bits >> (8 * i) : bits >> (56 - 8 * i));
            s.update(pad, pad_length);
            s.update(tail, 8);
            int words = algorithm == Algorithm::Md5 ? 4 : 5;
            for (int i = 0; i < words; ++i) {
                for (int k = 0; k < 4; ++k)
                    out.push_back(char(algorithm == Algorithm::Md5 ? s.h.w32[i] >> (8 * k) : s.h.w32[i] >> (24 - 8 * k)));
            }
            return out;
        }
        case Algorithm::Sha3:
        case Algorithm::Shake: {
            memset(s.buffer + s.buffered, 0, size_t(block_size) - s.buffered);
            s.buffer[s.buffered] ^= suffix;
            s.buffer[block_size - 1] ^= 0x80;
            s.keccak_block(s.buffer);
            size_t want = algorithm == Algorithm::Sha3 ? size_t(digest_size) : out_length;
            while (out.size() < want) {
                for (int i = 0; i < block_size && out.size() < want; ++i)
                    out.push_back(char(s.h.w64[i / 8] >> (8 * (i % 8))));
                if (out.size() < want)
                    s.keccak_permute();
            }
            return out;
        }
        case Algorithm::Blake2b:
        case Algorithm::Blake2s: {
            s.blake2_count(s.buffered);
            memset(s.buffer + s.buffered, 0, size_t(block_size) - s.buffered);
            s.blake2_block(s.buffer, true);
            for (int i = 0; i < digest_size; ++i) {
                if (algorithm == Algorithm::Blake2b)
                    out.push_back(char(s.h.w64[i / 8] >> (8 * (i % 8))));
                else
                    out.push_back(char(s.h.w32[i / 4] >> (8 * (i % 4))));
            }
            return out;
        }
        }
        return out;
    }
};

struct HashObject : Object {
    HashState state;
};

TypeObject s_md5_type, s_sha1_type, s_blake2b_type, s_blake2s_type;
TypeObject s_sha3_types[6];  // sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256
const char* const s_sha3_names[6] = { "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256" };

Result<std::string_view> data_argument(Val v)
{
    std::string_view view;
    if (is_str(v))
        return raise(&g_exc_TypeError, "Strings must be encoded before hashing");
    if (!bytes_like_view(v, view))
        return raise(&g_exc_TypeError, "object supporting the buffer API required");
    return view;
}

Result<void> feed(HashObject* h, Val data)
{
    if (!data || is_none(data))
        return {};
    std::string_view view = TRY(data_argument(data));
    h->state.update(reinterpret_cast<const unsigned char*>(view.data()), view.size());
    return {};
}

std::string to_hex(const std::string& raw)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : raw) {
        hex.push_back(digits[c >> 4]);
        hex.push_back(digits[c & 15]);
    }
    return hex;
}

const char* hash_name_of(Val self)
{
    const HashState& s = self.as<HashObject>()->state;
    switch (s.algorithm) {
    case Algorithm::Md5: return "md5";
    case Algorithm::Sha1: return "sha1";
    case Algorithm::Blake2b: return "blake2b";
    case Algorithm::Blake2s: return "blake2s";
    default: break;
    }
    for (int i = 0; i < 6; ++i)
        if (self.type() == &s_sha3_types[i])
            return s_sha3_names[i];
    // A subclass: name the algorithm from its parameters.
    if (s.algorithm == Algorithm::Shake)
        return s.block_size == 168 ? "shake_128" : "shake_256";
    return s.digest_size == 28 ? "sha3_224" : s.digest_size == 32 ? "sha3_256" : s.digest_size == 48 ? "sha3_384" : "sha3_512";
}

Result<Value> hash_update(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("update", nargs - 1, kwnames, 1, 1));
    TRY(feed(args[0].as<HashObject>(), args[1]));
    return none_value();
}

// SHAKE's digest(length) and hexdigest(length); the others take no argument.
Result<size_t> output_length(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    const HashState& s = args[0].as<HashObject>()->state;
    std::string qualified = std::string(hash_name_of(args[0])) + "." + name;
    if (s.algorithm != Algorithm::Shake) {
        TRY(check_positional(qualified, nargs - 1, kwnames, 0, 0));
        return size_t(0);
    }
    TRY(check_positional(qualified, nargs - 1, kwnames, 1, 1));
    Val length[1] = { args[1] };
    int64_t n = TRY(index_as_ssize(length[0]));
    if (n < 0)
        return raise(&g_exc_ValueError, "value must be positive");
    if (n >= (int64_t(1) << 29))
        return raise(&g_exc_ValueError, "length is too large");
    return size_t(n);
}

Result<Value> hash_digest(const Val* args, size_t nargs, TupleObject* kwnames)
{
    size_t length = TRY(output_length("digest", args, nargs, kwnames));
    return Value(bytes_from(args[0].as<HashObject>()->state.finish(length)));
}

Result<Value> hash_hexdigest(const Val* args, size_t nargs, TupleObject* kwnames)
{
    size_t length = TRY(output_length("hexdigest", args, nargs, kwnames));
    return Value(str_from_utf8(to_hex(args[0].as<HashObject>()->state.finish(length))));
}

Result<Value> hash_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("copy", nargs - 1, kwnames, 0, 0));
    auto* copy = static_cast<HashObject*>(alloc_object(args[0].type()));
    copy->state = args[0].as<HashObject>()->state;
    return Value::adopt(Val(copy));
}

Result<Value> hash_name(Val self) { return Value(str_intern(hash_name_of(self))); }
Result<Value> hash_digest_size(Val self) { return int_from_int64(self.as<HashObject>()->state.digest_size); }
Result<Value> hash_block_size(Val self) { return int_from_int64(self.as<HashObject>()->state.block_size); }
Result<Value> sha3_capacity_bits(Val self) { return int_from_int64(1600 - self.as<HashObject>()->state.block_size * 8); }
Result<Value> sha3_rate_bits(Val self) { return int_from_int64(self.as<HashObject>()->state.block_size * 8); }
Result<Value> sha3_suffix(Val self)
{
    char suffix = char(self.as<HashObject>()->state.suffix);
    return Value(bytes_from(std::string_view(&suffix, 1)));
}

const MethodDef s_hash_methods[] = {
    { "update", hash_update, METHOD_INSTANCE, "Update this hash object's state with the provided string." },
    { "digest", hash_digest, METHOD_INSTANCE, "Return the digest value as a bytes object." },
    { "hexdigest", hash_hexdigest, METHOD_INSTANCE, "Return the digest value as a string of hexadecimal digits." },
    { "copy", hash_copy, METHOD_INSTANCE, "Return a copy of the hash object." },
    {},
};

const GetSetDef s_hash_getsets[] = {
    { "name", hash_name, nullptr, nullptr },
    { "digest_size", hash_digest_size, nullptr, nullptr },
    { "block_size", hash_block_size, nullptr, nullptr },
    {},
};

const GetSetDef s_sha3_getsets[] = {
    { "name", hash_name, nullptr, nullptr },
    { "digest_size", hash_digest_size, nullptr, nullptr },
    { "block_size", hash_block_size, nullptr, nullptr },
    { "_capacity_bits", sha3_capacity_bits, nullptr, nullptr },
    { "_rate_bits", sha3_rate_bits, nullptr, nullptr },
    { "_suffix", sha3_suffix, nullptr, nullptr },
    {},
};

HashObject* new_hash(TypeObject* type, Value& keep)
{
    auto* h = static_cast<HashObject*>(alloc_object(type));
    keep = Value::adopt(Val(h));
    return h;
}

// md5(string=b'', *, usedforsecurity=True) and sha1(...): the function and the type are separate, as in CPython.
template<Algorithm A>
Result<Value> make_md(const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = A == Algorithm::Md5 ? "md5" : "sha1";
    Val out[2];
    TRY(bind_args(name, args, nargs, kwnames, { "string", "usedforsecurity" }, 0, out));
    if (nargs > 1)
        return raise(&g_exc_TypeError, "{}() takes at most 1 positional argument ({} given)", name, int64_t(nargs));
    Value object;
    HashObject* h = new_hash(A == Algorithm::Md5 ? &s_md5_type : &s_sha1_type, object);
    HashState& s = h->state;
    s.algorithm = A;
    s.block_size = 64;
    if (A == Algorithm::Md5) {
        s.digest_size = 16;
        const uint32_t iv[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
        memcpy(s.h.w32, iv, sizeof iv);
    } else {
        s.digest_size = 20;
        const uint32_t iv[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
        memcpy(s.h.w32, iv, sizeof iv);
    }
    TRY(feed(h, out[0]));
    return object;
}

// sha3_224(data=b'', /, *, usedforsecurity=True) and the others are types called directly.
Result<Value> sha3_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    int kind = 0;
    TypeObject* base = type;
    while (base && (base < &s_sha3_types[0] || base >= &s_sha3_types[6]))
        base = base->base;
    if (base)
        kind = int(base - &s_sha3_types[0]);
    const char* name = s_sha3_names[kind];
    Val out[2];
    TRY(bind_args(name, args, nargs, kwnames, { "data", "usedforsecurity" }, 0, out, 1));
    if (nargs > 1)
        return raise(&g_exc_TypeError, "{}() takes at most 1 positional argument ({} given)", name, int64_t(nargs));
    Value object;
    HashObject* h = new_hash(type, object);
    HashState& s = h->state;
    static const int bits[6] = { 224, 256, 384, 512, 128, 256 };
    s.algorithm = kind < 4 ? Algorithm::Sha3 : Algorithm::Shake;
    s.digest_size = kind < 4 ? bits[kind] / 8 : 0;
    s.block_size = (1600 - 2 * bits[kind]) / 8;
    s.suffix = kind < 4 ? 0x06 : 0x1f;
    TRY(feed(h, out[0]));
    return object;
}

// Reads a non-negative integer parameter of BLAKE2 (CPython: "value must be positive" when negative).
Result<int64_t> blake2_int(Val v, int64_t fallback)
{
    if (!v)
        return fallback;
    int64_t n = TRY(index_as_ssize(v));
    return n;
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,
// node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True), blake2s likewise.
Result<Value> blake2_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TypeObject* base = type;
    while (base && base != &s_blake2b_type && base != &s_blake2s_type)
        base = base->base;
    bool wide = base == &s_blake2b_type;
    const char* name = wide ? "blake2b" : "blake2s";
    const int max_digest = wide ? 64 : 32, salt_size = wide ? 16 : 8;
    if (nargs > 1)
        return raise(&g_exc_TypeError, "{}() takes at most 1 positional argument ({} given)", name, int64_t(nargs));
    Val out[13];
    TRY(bind_args(name, args, nargs, kwnames,
                  { "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                    "node_depth", "inner_size", "last_node", "usedforsecurity" },
                  0, out, 1));
    int64_t digest_size = TRY(blake2_int(out[1], max_digest));
    if (digest_size < 1 || digest_size > max_digest)
        return raise(&g_exc_ValueError, "digest_size must be between 1 and {} bytes", int64_t(max_digest));
    std::string_view key, salt, person;
    for (int i = 0; i < 3; ++i) {
        Val v = out[2 + i];
        std::string_view& view = i == 0 ? key : i == 1 ? salt : person;
        if (!v)
            continue;
        if (!bytes_like_view(v, view))
            return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", v.type()->type_name());
    }
    if (key.size() > size_t(max_digest))
        return raise(&g_exc_ValueError, "maximum key length is {} bytes", int64_t(max_digest));
    if (salt.size() > size_t(salt_size))
        return raise(&g_exc_ValueError, "maximum salt length is {} bytes", int64_t(salt_size));
    if (person.size() > size_t(salt_size))
        return raise(&g_exc_ValueError, "maximum person length is {} bytes", int64_t(salt_size));
    int64_t fanout = TRY(blake2_int(out[5], 1));
    if (fanout < 0 || fanout > 255)
        return raise(&g_exc_ValueError, "fanout must be between 0 and 255");
    int64_t depth = TRY(blake2_int(out[6], 1));
    if (depth <= 0 || depth > 255)
        return raise(&g_exc_ValueError, "depth must be between 1 and 255");
    uint64_t leaf_size = 0, node_offset = 0;
    for (int i = 0; i < 2; ++i) {
        Val v = out[7 + i];
        if (!v)
            continue;
        Value index = TRY(number_index(v));
        if (int_sign(index.get()) < 0)
            return raise(&g_exc_ValueError, "value must be positive");
        // int.to_bytes raises CPython's "int too big to convert" beyond 64 bits.
        Value raw = TRY(call_method(index.get(), str_intern("to_bytes"), { int_from_int64(8).get(), Val(str_intern("little")) }));
        uint64_t value = load64le(reinterpret_cast<const unsigned char*>(raw.as<BytesObject>()->view().data()));
        if (i == 0) {
            if (value > 0xffffffffu)
                return raise(&g_exc_OverflowError, "leaf_size is too large");
            leaf_size = value;
        } else {
            if (!wide && value > 0xffffffffffffu)
                return raise(&g_exc_OverflowError, "node_offset is too large");
            node_offset = value;
        }
    }
    int64_t node_depth = TRY(blake2_int(out[9], 0));
    if (node_depth < 0 || node_depth > 255)
        return raise(&g_exc_ValueError, "node_depth must be between 0 and 255");
    int64_t inner_size = TRY(blake2_int(out[10], 0));
    if (inner_size < 0 || inner_size > max_digest)
        return raise(&g_exc_ValueError, "inner_size must be between 0 and is {}", int64_t(max_digest));
    bool last_node = out[11] ? TRY(is_truthy(out[11])) : false;

    Value object;
    HashObject* h = new_hash(type, object);
    HashState& s = h->state;
    s.algorithm = wide ? Algorithm::Blake2b : Algorithm::Blake2s;
    s.digest_size = int(digest_size);
    s.block_size = wide ? 128 : 64;
    s.last_node = last_node;
    // The parameter block (RFC 7693 section 2.5, BLAKE2 paper section 2.8), XORed into the IV.
    unsigned char param[64] = {};
    param[0] = uint8_t(digest_size);
    param[1] = uint8_t(key.size());
    param[2] = uint8_t(fanout);
    param[3] = uint8_t(depth);
    for (int i = 0; i < 4; ++i)
        param[4 + i] = uint8_t(leaf_size >> (8 * i));
    for (int i = 0; i < (wide ? 8 : 6); ++i)
        param[8 + i] = uint8_t(node_offset >> (8 * i));
    param[wide ? 16 : 14] = uint8_t(node_depth);
    param[wide ? 17 : 15] = uint8_t(inner_size);
    memcpy(param + (wide ? 32 : 16), salt.data(), salt.size());
    memcpy(param + (wide ? 48 : 24), person.data(), person.size());
    for (int i = 0; i < 8; ++i) {
        if (wide)
            s.h.w64[i] = BLAKE2B_IV[i] ^ load64le(param + 8 * i);
        else
            s.h.w32[i] = BLAKE2S_IV[i] ^ load32le(param + 4 * i);
    }
    if (!key.empty()) {
        unsigned char block[128] = {};
        memcpy(block, key.data(), key.size());
        s.update(block, size_t(s.block_size));
    }
    TRY(feed(h, out[0]));
    return object;
}

// The types made only by a constructor function (md5(), sha1()) cannot be called, as in CPython.
Result<Value> hash_no_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "cannot create '{}' instances", type->type_name());
}

void ready_type(TypeObject& type, const char* name, const GetSetDef* getsets, NewFn new_instance, uint32_t flags)
{
    if (type.has_flag(TYPE_READY))
        return;
    type_init_static(type, name, sizeof(HashObject), &g_object_type, flags);
    type.methods = s_hash_methods;
    type.getsets = getsets;
    type.new_instance = new_instance;
    type_ready(type);
}

const MethodDef s_md5_functions[] = {
    { "md5", make_md<Algorithm::Md5>, METHOD_STATIC, "Return a new MD5 hash object; optionally initialized with a string." },
    {},
};

const MethodDef s_sha1_functions[] = {
    { "sha1", make_md<Algorithm::Sha1>, METHOD_STATIC, "Return a new SHA1 hash object; optionally initialized with a string." },
    {},
};

}  // namespace

Ref<ModuleObject> md5_module_create()
{
    ready_type(s_md5_type, "_md5.md5", s_hash_getsets, hash_no_new, 0);
    Ref<ModuleObject> module = module_new(str_intern("_md5"));
    module_add_functions(module.get(), s_md5_functions);
    module_set(module.get(), "MD5Type", Val(&s_md5_type));
    return module;
}

Ref<ModuleObject> sha1_module_create()
{
    ready_type(s_sha1_type, "_sha1.sha1", s_hash_getsets, hash_no_new, 0);
    Ref<ModuleObject> module = module_new(str_intern("_sha1"));
    module_add_functions(module.get(), s_sha1_functions);
    module_set(module.get(), "SHA1Type", Val(&s_sha1_type));
    return module;
}

Ref<ModuleObject> sha3_module_create()
{
    static const char* const type_names[6] = { "_sha3.sha3_224", "_sha3.sha3_256", "_sha3.sha3_384", "_sha3.sha3_512",
                                               "_sha3.shake_128", "_sha3.shake_256" };
    for (int i = 0; i < 6; ++i)
        ready_type(s_sha3_types[i], type_names[i], s_sha3_getsets, sha3_new, 0);
    Ref<ModuleObject> module = module_new(str_intern("_sha3"));
    for (int i = 0; i < 6; ++i)
        module_set(module.get(), s_sha3_names[i], Val(&s_sha3_types[i]));
    module_set(module.get(), "implementation", Val(str_intern("ginger")));
    return module;
}

Ref<ModuleObject> blake2_module_create()
{
    if (!s_blake2b_type.has_flag(TYPE_READY)) {
        ready_type(s_blake2b_type, "_blake2.blake2b", s_hash_getsets, blake2_new, 0);
        ready_type(s_blake2s_type, "_blake2.blake2s", s_hash_getsets, blake2_new, 0);
        // The limits are class attributes too (blake2b.SALT_SIZE, ...).
        for (int wide = 0; wide < 2; ++wide) {
            TypeObject& type = wide ? s_blake2b_type : s_blake2s_type;
            const int sizes[4] = { wide ? 16 : 8, wide ? 16 : 8, wide ? 64 : 32, wide ? 64 : 32 };
            const char* names[4] = { "SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE" };
            for (int i = 0; i < 4; ++i)
                dict_set_str(type.dict.get(), str_intern(names[i]), Val::small_int(sizes[i]));
        }
    }
    Ref<ModuleObject> module = module_new(str_intern("_blake2"));
    module_set(module.get(), "blake2b", Val(&s_blake2b_type));
    module_set(module.get(), "blake2s", Val(&s_blake2s_type));
    const struct { const char* name; int value; } constants[] = {
        { "BLAKE2B_SALT_SIZE", 16 }, { "BLAKE2B_PERSON_SIZE", 16 }, { "BLAKE2B_MAX_KEY_SIZE", 64 },
        { "BLAKE2B_MAX_DIGEST_SIZE", 64 }, { "BLAKE2S_SALT_SIZE", 8 }, { "BLAKE2S_PERSON_SIZE", 8 },
        { "BLAKE2S_MAX_KEY_SIZE", 32 }, { "BLAKE2S_MAX_DIGEST_SIZE", 32 },
    };
    for (const auto& c : constants)
        module_set(module.get(), c.name, int_from_int64(c.value).get());
    return module;
}

}  // namespace ginger
