// Instance dicts of heap subclasses of variable-size types (str, tuple, bytes): their items follow the
// object header, so the dict cannot live at a fixed offset; it lives in a side table keyed by address.
#pragma once

#include "objects/type.h"

#include <cstdint>

namespace ginger {

// The dict_offset of such types: instance_dict_slot() looks the object up in the side table.
inline constexpr size_t DICT_OFFSET_SIDE_TABLE = SIZE_MAX;

// Releases the side-table dict of a dying object (if it has one).
void instance_dict_side_table_erase(Object* object);

}  // namespace ginger
