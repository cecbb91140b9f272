// bool: the int subclass with exactly two instances, True and False (see singletons.h).
#pragma once

namespace ginger {

// Sets up g_bool_type; part of init_singleton_types()'s job (runtime.h), kept beside the bool code.
void init_bool_type();

}  // namespace ginger
