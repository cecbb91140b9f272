// A bump allocator for objects that all die together, such as the nodes of one AST.
// Objects with non-trivial destructors are recorded and destroyed, newest first, when the arena dies.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace ginger {

class Arena {
public:
    Arena() = default;
    Arena(Arena const&) = delete;
    Arena& operator=(Arena const&) = delete;

    ~Arena()
    {
        for (auto it = m_destructors.rbegin(); it != m_destructors.rend(); ++it)
            it->destroy(it->object);
        for (void* block : m_blocks)
            std::free(block);
    }

    // Returns uninitialised storage of the given size and alignment, valid until the arena dies.
    void* allocate(size_t size, size_t alignment)
    {
        size_t aligned = (m_used + alignment - 1) & ~(alignment - 1);
        if (m_current == nullptr || aligned + size > m_capacity) {
            size_t capacity = size + alignment > BLOCK_SIZE ? size + alignment : BLOCK_SIZE;
            m_current = static_cast<char*>(std::malloc(capacity));
            if (m_current == nullptr)
                throw std::bad_alloc();
            m_blocks.push_back(m_current);
            m_capacity = capacity;
            aligned = 0;
            // malloc's result is aligned for any fundamental type, so offset 0 suits every alignment we use.
        }
        void* result = m_current + aligned;
        m_used = aligned + size;
        return result;
    }

    // Constructs a T in the arena. Its destructor runs when the arena dies, if it has a non-trivial one.
    template<class T, class... A>
    T* make(A&&... args)
    {
        void* memory = allocate(sizeof(T), alignof(T));
        T* object = new (memory) T(std::forward<A>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            m_destructors.push_back({ object, [](void* p) { static_cast<T*>(p)->~T(); } });
        return object;
    }

private:
    static constexpr size_t BLOCK_SIZE = 64 * 1024;

    struct Destructor {
        void* object;
        void (*destroy)(void*);
    };

    std::vector<void*> m_blocks;
    std::vector<Destructor> m_destructors;
    char* m_current = nullptr;
    size_t m_used = 0;     // Bytes handed out from m_current.
    size_t m_capacity = 0; // Size of m_current.
};

}
