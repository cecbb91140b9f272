// _sha2: SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4) with CPython's interface (the hash objects hashlib
// returns: update, digest, hexdigest, copy, name, digest_size, block_size). random.py seeds from str with sha512.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <cstring>
#include <string>

namespace ginger {

namespace {

constexpr uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

constexpr uint64_t K512[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817 };

template<class W> W rotr(W x, int n) { return (x >> n) | (x << (int(sizeof(W) * 8) - n)); }

// One algorithm of the family: W is the word (32 or 64 bits), the block is 16 words.
struct Sha2State {
    bool wide;                 // SHA-384/512
    int digest_size;
    uint64_t h[8];
    unsigned char buffer[128];
    size_t buffered;
    uint64_t length;           // bytes hashed (enough for any input Ginger can hold)

    size_t block() const { return wide ? 128 : 64; }

    void compress(const unsigned char* p)
    {
        if (!wide) {
            uint32_t w[64];
            for (int i = 0; i < 16; ++i)
                w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 | p[4 * i + 3];
            for (int i = 16; i < 64; ++i) {
                uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            uint32_t a[8];
            for (int i = 0; i < 8; ++i)
                a[i] = uint32_t(h[i]);
            for (int i = 0; i < 64; ++i) {
                uint32_t S1 = rotr(a[4], 6) ^ rotr(a[4], 11) ^ rotr(a[4], 25);
                uint32_t ch = (a[4] & a[5]) ^ (~a[4] & a[6]);
                uint32_t t1 = a[7] + S1 + ch + K256[i] + w[i];
                uint32_t S0 = rotr(a[0], 2) ^ rotr(a[0], 13) ^ rotr(a[0], 22);
                uint32_t maj = (a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]);
                uint32_t t2 = S0 + maj;
                // Shift the working variables down one (a..g -> b..h) without a memmove per round.
                a[7] = a[6]; a[6] = a[5]; a[5] = a[4]; a[4] = a[3] + t1;
                a[3] = a[2]; a[2] = a[1]; a[1] = a[0]; a[0] = t1 + t2;
            }
            for (int i = 0; i < 8; ++i)
                h[i] = uint32_t(h[i] + a[i]);
            return;
        }
        uint64_t w[80];
        for (int i = 0; i < 16; ++i) {
            w[i] = 0;
            for (int k = 0; k < 8; ++k)
                w[i] = w[i] << 8 | p[8 * i + k];
        }
        for (int i = 16; i < 80; ++i) {
            uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
            uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint64_t a[8];
        memcpy(a, h, sizeof a);
        for (int i = 0; i < 80; ++i) {
            uint64_t S1 = rotr(a[4], 14) ^ rotr(a[4], 18) ^ rotr(a[4], 41);
            uint64_t ch = (a[4] & a[5]) ^ (~a[4] & a[6]);
            uint64_t t1 = a[7] + S1 + ch + K512[i] + w[i];
            uint64_t S0 = rotr(a[0], 28) ^ rotr(a[0], 34) ^ rotr(a[0], 39);
            uint64_t maj = (a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]);
            a[7] = a[6]; a[6] = a[5]; a[5] = a[4]; a[4] = a[3] + t1;
            a[3] = a[2]; a[2] = a[1]; a[1] = a[0]; a[0] = t1 + S0 + maj;
        }
        for (int i = 0; i < 8; ++i)
            h[i] += a[i];
    }

    void update(const unsigned char* p, size_t n)
    {
        length += n;
        size_t b = block();
        while (n) {
            size_t take = std::min(n, b - buffered);
            memcpy(buffer + buffered, p, take);
            buffered += take;
            p += take;
            n -= take;
            if (buffered == b) {
                compress(buffer);
                buffered = 0;
            }
        }
    }

    std::string digest() const
    {
        Sha2State s = *this;  // finishing does not change this object (digest() may be called again)
        size_t b = s.block();
        uint64_t bits = s.length * 8;
        unsigned char pad[256] = { 0x80 };
        size_t length_bytes = s.wide ? 16 : 8;
        size_t pad_length = (s.buffered < b - length_bytes) ? b - length_bytes - s.buffered : 2 * b - length_bytes - s.buffered;
        uint64_t saved_length = s.length;
        s.update(pad, pad_length);
        unsigned char tail[16] = {};
        for (int i = 0; i < 8; ++i)
            tail[length_bytes - 1 - size_t(i)] = uint8_t(bits >> (8 * i));
        s.update(tail, length_bytes);
        (void)saved_length;
        std::string out;
        size_t word = s.wide ? 8 : 4;
        for (int i = 0; i < 8; ++i) {
            for (size_t k = word; k-- > 0;)
                out.push_back(char(s.h[i] >> (8 * k)));
        }
        out.resize(size_t(s.digest_size));
        return out;
    }
};

const uint64_t IV224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
const uint64_t IV256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
const uint64_t IV384[8] = { 0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                            0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4 };
const uint64_t IV512[8] = { 0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                            0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179 };

TypeObject s_types[4];  // sha224, sha256, sha384, sha512
const char* const s_names[4] = { "sha224", "sha256", "sha384", "sha512" };

struct HashObject : Object {
    Sha2State state;
};

int kind_of(Val self)
{
    for (int i = 0; i < 4; ++i)
        if (self.type() == &s_types[i])
            return i;
    return 0;
}

Result<std::string_view> data_argument(Val v)
{
    std::string_view view;
    if (is_str(v))
        return raise(&g_exc_TypeError, "Strings must be encoded before hashing");
    if (!bytes_like_view(v, view))
        return raise(&g_exc_TypeError, "object supporting the buffer API required");
    return view;
}

Result<Value> hash_update(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("update", nargs - 1, kwnames, 1, 1));
    std::string_view data = TRY(data_argument(args[1]));
    args[0].as<HashObject>()->state.update(reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return none_value();
}

Result<Value> hash_digest(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("digest", nargs - 1, kwnames, 0, 0));
    return Value(bytes_from(args[0].as<HashObject>()->state.digest()));
}

Result<Value> hash_hexdigest(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("hexdigest", nargs - 1, kwnames, 0, 0));
    std::string raw = args[0].as<HashObject>()->state.digest(), hex;
    static const char digits[] = "0123456789abcdef";
    for (unsigned char c : raw) {
        hex.push_back(digits[c >> 4]);
        hex.push_back(digits[c & 15]);
    }
    return Value(str_from_utf8(hex));
}

Result<Value> hash_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("copy", nargs - 1, kwnames, 0, 0));
    auto* copy = static_cast<HashObject*>(alloc_object(args[0].type()));
    copy->state = args[0].as<HashObject>()->state;
    return Value::adopt(Val(copy));
}

Result<Value> hash_name(Val self) { return Value(str_intern(s_names[kind_of(self)])); }
Result<Value> hash_digest_size(Val self) { return int_from_int64(self.as<HashObject>()->state.digest_size); }
Result<Value> hash_block_size(Val self) { return int_from_int64(int64_t(self.as<HashObject>()->state.block())); }

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

// The hash types are made by sha224() etc., never by calling them (CPython: "cannot create ... instances").
Result<Value> hash_no_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "cannot create '{}' instances", type->type_name());
}

template<int KIND>
Result<Value> make_hash(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args(s_names[KIND], args, nargs, kwnames, { "string", "usedforsecurity" }, 0, out, 1));
    auto* h = static_cast<HashObject*>(alloc_object(&s_types[KIND]));
    Value object = Value::adopt(Val(h));
    Sha2State& s = h->state;
    s.wide = KIND >= 2;
    s.digest_size = KIND == 0 ? 28 : KIND == 1 ? 32 : KIND == 2 ? 48 : 64;
    memcpy(s.h, KIND == 0 ? IV224 : KIND == 1 ? IV256 : KIND == 2 ? IV384 : IV512, sizeof s.h);
    s.buffered = 0;
    s.length = 0;
    if (out[0] && !is_none(out[0])) {
        std::string_view data = TRY(data_argument(out[0]));
        s.update(reinterpret_cast<const unsigned char*>(data.data()), data.size());
    }
    return object;
}

const MethodDef s_functions[] = {
    { "sha224", make_hash<0>, METHOD_STATIC, "Return a new SHA-224 hash object; optionally initialized with a string." },
    { "sha256", make_hash<1>, METHOD_STATIC, "Return a new SHA-256 hash object; optionally initialized with a string." },
    { "sha384", make_hash<2>, METHOD_STATIC, "Return a new SHA-384 hash object; optionally initialized with a string." },
    { "sha512", make_hash<3>, METHOD_STATIC, "Return a new SHA-512 hash object; optionally initialized with a string." },
    {},
};

}  // namespace

Ref<ModuleObject> sha2_module_create()
{
    static const char* const type_names[4] = { "_sha2.SHA224Type", "_sha2.SHA256Type", "_sha2.SHA384Type", "_sha2.SHA512Type" };
    for (int i = 0; i < 4; ++i) {
        if (s_types[i].has_flag(TYPE_READY))
            continue;
        type_init_static(s_types[i], type_names[i], sizeof(HashObject), &g_object_type, 0);
        s_types[i].methods = s_hash_methods;
        s_types[i].getsets = s_hash_getsets;
        s_types[i].new_instance = hash_no_new;
        type_ready(s_types[i]);
    }
    Ref<ModuleObject> module = module_new(str_intern("_sha2"));
    module_add_functions(module.get(), s_functions);
    for (int i = 0; i < 4; ++i)
        module_set(module.get(), type_names[i] + 6, Val(&s_types[i]));
    return module;
}

}  // namespace ginger
