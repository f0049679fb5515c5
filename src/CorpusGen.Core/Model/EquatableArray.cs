using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Model
{
    /// <summary>
    /// An immutable array compared by its elements. Incremental generator models must be structurally
    /// equatable, and <c>T[]</c> or <c>ImmutableArray&lt;T&gt;</c> compare by reference: a model holding
    /// one would never be seen as unchanged and every step after it would re-run.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        /// <summary>Wraps <paramref name="items"/>; the caller gives up the right to mutate it.</summary>
        [MethodImpl(Jit.Optimized)]
        public EquatableArray(T[] items) => _items = items;

        /// <summary>An array with no elements.</summary>
        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        /// <inheritdoc />
        public int Count
        {
            [MethodImpl(Jit.Inlined)]
            get => _items?.Length ?? 0;
        }

        /// <inheritdoc />
        public T this[int index]
        {
            [MethodImpl(Jit.Inlined)]
            get => (_items ?? Array.Empty<T>())[index];
        }

        /// <inheritdoc />
        [MethodImpl(Jit.Optimized)]
        public bool Equals(EquatableArray<T> other)
        {
            var left = _items ?? Array.Empty<T>();
            var right = other._items ?? Array.Empty<T>();
            if (left.Length != right.Length) return false;
            for (var i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i])) return false;
            }
            return true;
        }

        /// <inheritdoc />
        [MethodImpl(Jit.Optimized)]
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc />
        [MethodImpl(Jit.Optimized)]
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>())
            {
                hash = unchecked(hash * 31 + (item is null ? 0 : item.GetHashCode()));
            }
            return hash;
        }

        /// <summary>Structural equality.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Structural inequality.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <summary>
        /// An enumerator that <c>foreach</c> uses without boxing. The array's own interface enumerator
        /// is a framework generic: over one of our structs a fresh compiler process runs it unoptimized.
        /// </summary>
        [MethodImpl(Jit.Inlined)]
        public Enumerator GetEnumerator() => new Enumerator(_items ?? Array.Empty<T>());

        [MethodImpl(Jit.Optimized)]
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        [MethodImpl(Jit.Optimized)]
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        /// <summary>Enumerates an <see cref="EquatableArray{T}"/>.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            [MethodImpl(Jit.Optimized)]
            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            /// <summary>The current element.</summary>
            public T Current
            {
                [MethodImpl(Jit.Inlined)]
                get => _items[_index];
            }

            /// <summary>Moves to the next element.</summary>
            [MethodImpl(Jit.Inlined)]
            public bool MoveNext() => ++_index < _items.Length;
        }
    }

    /// <summary>Conversions to <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
        [MethodImpl(Jit.Optimized)]
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(System.Linq.Enumerable.ToArray(items));
    }
}
