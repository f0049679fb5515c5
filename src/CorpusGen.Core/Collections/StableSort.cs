using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Collections
{
    /// <summary>
    /// A stable sort (equal items keep their order, as with LINQ's <c>OrderBy</c>) in our own code. The
    /// event merge sorts every article's events: LINQ's sorter over a value key (a date) is a framework
    /// generic without precompiled code, which a fresh compiler process runs unoptimized.
    /// </summary>
    internal static class StableSort
    {
        /// <summary>Sorts <paramref name="items"/> in place, equal items in their original order.</summary>
        [MethodImpl(Jit.Optimized)]
        public static void Sort<T>(List<T> items, IComparer<T> comparer)
        {
            if (items.Count < 2) return;
            var array = items.ToArray();
            Sort(array, comparer);
            for (var i = 0; i < array.Length; i++) items[i] = array[i];
        }

        /// <summary>Sorts <paramref name="items"/> in place, equal items in their original order.</summary>
        [MethodImpl(Jit.Optimized)]
        public static void Sort<T>(T[] items, IComparer<T> comparer)
        {
            if (items.Length < 2) return;
            if (items.Length <= 16)
            {
                InsertionSort(items, 0, items.Length, comparer);
                return;
            }
            var buffer = new T[items.Length];
            MergeSort(items, buffer, 0, items.Length, comparer);
        }

        [MethodImpl(Jit.Optimized)]
        private static void InsertionSort<T>(T[] items, int start, int end, IComparer<T> comparer)
        {
            for (var i = start + 1; i < end; i++)
            {
                var item = items[i];
                var j = i - 1;
                // Strictly greater moves: an equal item stays after the ones before it.
                while (j >= start && comparer.Compare(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = item;
            }
        }

        [MethodImpl(Jit.Optimized)]
        private static void MergeSort<T>(T[] items, T[] buffer, int start, int end, IComparer<T> comparer)
        {
            if (end - start <= 16)
            {
                InsertionSort(items, start, end, comparer);
                return;
            }
            var middle = start + (end - start) / 2;
            MergeSort(items, buffer, start, middle, comparer);
            MergeSort(items, buffer, middle, end, comparer);
            if (comparer.Compare(items[middle - 1], items[middle]) <= 0) return; // already in order

            Array.Copy(items, start, buffer, start, end - start);
            int left = start, right = middle, target = start;
            while (left < middle && right < end)
            {
                // Ties take the left item: that keeps equal items in order.
                items[target++] = comparer.Compare(buffer[right], buffer[left]) < 0 ? buffer[right++] : buffer[left++];
            }
            while (left < middle) items[target++] = buffer[left++];
            while (right < end) items[target++] = buffer[right++];
        }
    }
}
