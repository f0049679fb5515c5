using System;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Collections
{
    /// <summary>
    /// A list of values in one array that doubles when full: what the per-article path uses instead of
    /// <see cref="System.Collections.Generic.List{T}"/> for its own structs. A framework generic over
    /// one of our structs has no precompiled code, so a fresh compiler process compiles it
    /// unoptimized and, while the compiler keeps compiling its own methods, leaves it so for the
    /// whole build; this type's methods are compiled optimized at once (<see cref="Jit"/>).
    /// </summary>
    internal sealed class GrowableArray<T>
    {
        private T[] _items;

        [MethodImpl(Jit.Optimized)]
        public GrowableArray(int capacity) => _items = new T[Math.Max(capacity, 4)];

        public int Count { get; private set; }

        public T this[int index]
        {
            [MethodImpl(Jit.Inlined)]
            get => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));
            [MethodImpl(Jit.Inlined)]
            set => _items[index < Count ? index : throw new ArgumentOutOfRangeException(nameof(index))] = value;
        }

        [MethodImpl(Jit.Optimized)]
        public void Add(T item)
        {
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[Count++] = item;
        }

        /// <summary>Empties the list, keeping its array.</summary>
        [MethodImpl(Jit.Optimized)]
        public void Clear()
        {
            Array.Clear(_items, 0, Count);
            Count = 0;
        }

        /// <summary>The items, in an array of their own.</summary>
        [MethodImpl(Jit.Optimized)]
        public T[] ToArray()
        {
            if (Count == 0) return Array.Empty<T>();
            var copy = new T[Count];
            Array.Copy(_items, copy, Count);
            return copy;
        }
    }

    /// <summary>Conversions of <see cref="GrowableArray{T}"/>.</summary>
    internal static class GrowableArray
    {
        [MethodImpl(Jit.Optimized)]
        public static EquatableArray<T> ToEquatableArray<T>(this GrowableArray<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items.ToArray());
    }
}
