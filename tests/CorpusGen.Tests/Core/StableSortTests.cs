extern alias Generator;

using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using GrowableArray = Generator::CorpusGen.Core.Collections.GrowableArray<int>;
using StableSort = Generator::CorpusGen.Core.Collections.StableSort;

namespace CorpusGen.Tests.Core;

/// <summary>
/// The event merge replaced LINQ's OrderBy with its own sort: the order must be LINQ's exactly,
/// equal keys included, or merged events would take another report's participants.
/// </summary>
public class StableSortTests
{
    private sealed class ByKey : IComparer<(int Key, int Position)>
    {
        public int Compare((int Key, int Position) x, (int Key, int Position) y) => x.Key.CompareTo(y.Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(100)]
    [InlineData(5_000)]
    public void OrdersAsLinqDoesKeepingEqualKeysInTheirOrder(int count)
    {
        var random = new Random(count);
        foreach (var keys in new[] { 3, 50, 100_000 }) // many ties, some, almost none
        {
            var items = Enumerable.Range(0, count).Select(i => (Key: random.Next(keys), Position: i)).ToArray();
            var expected = items.OrderBy(item => item.Key).ToArray();
            StableSort.Sort(items, new ByKey());
            Assert.Equal(expected, items);
        }
    }

    [Fact]
    public void SortsAListInPlace()
    {
        var list = new List<(int Key, int Position)> { (2, 0), (1, 1), (2, 2), (1, 3) };
        StableSort.Sort(list, new ByKey());
        Assert.Equal(new[] { (1, 1), (1, 3), (2, 0), (2, 2) }, list);
    }

    [Fact]
    public void GrowableArrayGrowsClearsAndRefusesIndexesPastItsCount()
    {
        var items = new GrowableArray(1);
        for (var i = 0; i < 100; i++) items.Add(i);
        Assert.Equal(Enumerable.Range(0, 100), items.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => items[100]);
        items.Clear();
        Assert.Equal(0, items.Count);
        Assert.Empty(items.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => items[0]);
    }
}
