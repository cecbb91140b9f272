// Ginger's serialization of code objects, the body of a .pyc file (format: docs/PYC_FORMAT.md).
#pragma once

#include "objects/code.h"

#include <string>
#include <string_view>

namespace ginger::compile {

// The bytecode version: part of the .pyc magic number. Change it whenever the instruction set,
// the code object layout or this serialization changes.
inline constexpr uint16_t BYTECODE_VERSION = 3907;

std::string marshal_code(CodeObject* code);
// Reads a serialized code object. Returns null, with a reason, for anything malformed: the input is
// never trusted (bounds, nesting depth, opcode and operand ranges are all checked). Verify::No skips
// the bytecode verifier, only for code compiled into the binary by Ginger itself (frozen modules).
enum class Verify { Yes, No };
Ref<CodeObject> unmarshal_code(std::string_view data, std::string& reason, Verify verify = Verify::Yes);

// Checks that a code object is safe to run: valid opcodes, operands in range, jump targets on
// instruction boundaries, exception table entries within the code and the stack.
bool verify_code(CodeObject* code, std::string& reason);

}  // namespace ginger::compile
