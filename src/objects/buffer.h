// The buffer protocol (PEP 3118, PEP 688) and memoryview. An exporter (bytes, bytearray, memoryview,
// BytesIO.getbuffer()'s helper, or a class defining __buffer__) describes its memory in a BufferInfo; a
// consumer holds the export in a Buffer for as long as it uses the memory. Exporters whose memory can move
// (bytearray, BytesIO) count their exports and refuse to resize while any is held, as CPython does.
#pragma once

#include "objects/type.h"

#include <string>
#include <string_view>
#include <vector>

namespace ginger {

// CPython's PyBUF_* values (a class's __buffer__ sees them).
enum BufferFlags : int { BUFFER_SIMPLE = 0, BUFFER_WRITABLE = 1, BUFFER_FULL_RO = 284 };

// What an exporter fills in. Invariant: length == itemsize * product(shape). An empty shape with ndim 1
// means a 1-D C-contiguous buffer of length / itemsize items (the consumer completes shape and strides).
struct BufferInfo {
    unsigned char* data = nullptr;
    int64_t length = 0;  // bytes
    int64_t itemsize = 1;
    bool readonly = true;
    std::string format = "B";  // struct syntax
    int ndim = 1;
    std::vector<int64_t> shape, strides;

    // Fills shape and strides when the exporter left them out.
    void complete();
    bool is_c_contiguous() const;
    bool is_f_contiguous() const;
};

// A type's native buffer slot. `get` fills info (and counts the export); `release` undoes the count.
struct BufferProcs {
    Result<void> (*get)(Val exporter, BufferInfo& info, int flags);
    void (*release)(Val exporter);  // null when exports need no bookkeeping
    // Optional: the exporter's bytes without counting an export, for bytes_like_view (only for 1-D
    // contiguous exporters whose memory stays put while the object lives and is not resized).
    bool (*peek)(Val exporter, std::string_view& out) = nullptr;
};

// An export held by a consumer: the memory stays valid, and its exporter unresizable, until release() or
// destruction.
class Buffer {
public:
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() { release(); }
    void release();
    bool held() const { return bool(m_exporter); }
    std::string_view bytes() const { return { reinterpret_cast<const char*>(info.data), size_t(info.length) }; }

    BufferInfo info;

private:
    friend Result<bool> get_buffer(Val v, Buffer& out, int flags);
    friend void buffer_traverse(Buffer& buffer, VisitFn visit, void* context);
    Value m_exporter;      // whose release slot runs (for a __buffer__ class, the memoryview it returned)
    Value m_python_owner;  // a class with __buffer__: its __release_buffer__(memoryview) runs after
};

// Asks v for its buffer. False (no error set) when v does not support the buffer protocol.
Result<bool> get_buffer(Val v, Buffer& out, int flags = BUFFER_SIMPLE);
// A C-contiguous buffer, or TypeError "a bytes-like object is required, not 'T'" / BufferError.
Result<void> get_contiguous_buffer(Val v, Buffer& out, int flags = BUFFER_SIMPLE);
// The contents of a bytes, bytearray or C-contiguous memoryview, borrowed (valid while v lives and is not
// resized); ValueError for a released memoryview, BufferError for a non-contiguous one, TypeError "a
// bytes-like object is required, not 'T'" otherwise. Classes with __buffer__ need get_buffer().
Result<std::string_view> bytes_like_argument(Val v);
// A writable C-contiguous buffer; otherwise TypeError "<what> must be read-write bytes-like object, not T"
// (what: "readinto() argument", as CPython's "w*" conversion says).
Result<void> get_writable_buffer(Val v, Buffer& out, std::string_view what);
// True when v's type exports buffers (natively or through __buffer__).
bool supports_buffer(Val v);
// The bytes of a buffer in C order (a copy; contiguous buffers are copied as they are).
std::string buffer_to_contiguous(const BufferInfo& info, char order = 'C');
void buffer_traverse(Buffer& buffer, VisitFn visit, void* context);

// The __buffer__(flags) and __release_buffer__(view) methods of native exporters (PEP 688).
Result<Value> buffer_dunder(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> release_buffer_dunder(const Val* args, size_t nargs, TupleObject* kwnames);

// BufferError "Existing exports of data: object cannot be re-sized" when exports > 0.
Result<void> check_resizable(int64_t exports);

// memoryview
extern TypeObject g_memoryview_type;
inline bool is_memoryview(Val v) { return v.is_object() && v.type() == &g_memoryview_type; }
// memoryview(v): TypeError "memoryview: a bytes-like object is required, not 'T'" for non-exporters.
Result<Value> memoryview_from_object(Val v);
Result<Value> memoryview_with_flags(Val v, int flags);  // memoryview._from_flags
// The bytes of a C-contiguous, unreleased memoryview (for bytes_like_view); false otherwise.
bool memoryview_contiguous_bytes(Val v, std::string_view& out);
// ValueError "operation forbidden on released memoryview object" if v is a released memoryview.
Result<void> check_not_released(Val v);

void init_memoryview_types();

}  // namespace ginger
