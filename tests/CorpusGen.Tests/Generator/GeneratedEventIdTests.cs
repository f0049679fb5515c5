extern alias Generator;

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CorpusGen.Core.Events;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using PackedEncoding = Generator::CorpusGen.Emit.PackedEncoding;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The generated code rebuilds event ids from the packed events table instead of carrying them as
/// literals; these are the id shapes the sample corpus does not reach.
/// </summary>
public class GeneratedEventIdTests
{
    [Fact]
    public void RebuiltIdsAreTheMergersIdsForEveryPrecisionAndForRepeats()
    {
        var kim = "Kim";
        // As MergeBucket hands them to Finish: with the id their content gives.
        EventSpec Event(EventKind kind, DateValue date) => new(EventIds.Provisional(kind, date, new[] { kim }), kind, date, new[] { kim }.ToEquatableArray(), null, EquatableArray<EventSourceSpec>.Empty);
        var day = new CalendarDate(2023, 10, 19);
        var events = new[]
        {
            Event(EventKind.Meeting, DateValue.OfDay(day)),
            Event(EventKind.Meeting, DateValue.OfDay(day)), // a repeat the merger left apart: "-2"
            Event(EventKind.Visit, new DateValue(new CalendarDate(2023, 10, 1), new CalendarDate(2023, 10, 31), DatePrecision.Month)),
            Event(EventKind.Visit, new DateValue(new CalendarDate(2023, 10, 12), new CalendarDate(2023, 10, 17), DatePrecision.Range)),
        };
        var expected = EventMerger.Finish(events).ToList();

        // The table as the generator packs it: kind, precision, start, end, participants, place, sources.
        static int Days(CalendarDate date) => (int)(date.ToDateTime().Ticks / TimeSpan.TicksPerDay);
        var values = expected.SelectMany(e => new[] { (int)e.Kind, (int)e.Date.Precision, Days(e.Date.Start), Days(e.Date.End), 1, 0, 0, 0 });
        var literal = PackedEncoding.Literal(PackedEncoding.Encode(values));

        var input = new GeneratorHarness.Input(
            new[] { ("/project/corpus/a.txt", "Kim spoke.") },
            ("/project/corpus/catalog.json", """{ "entities": [ { "id": "Kim", "kind": "Person", "name": "Kim" } ] }"""));
        var (compilation, _) = GeneratorHarness.Run(input);
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        pe.Position = 0;
        var context = new AssemblyLoadContext("event-ids", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe);
            var articles = assembly.GetType("Sample.Data.Corpus")!.GetProperty("Articles")!.GetValue(null);
            var decode = assembly.GetType("Sample.Data.Event")!.GetMethod("Decode", BindingFlags.NonPublic | BindingFlags.Static)!;
            var decoded = (Array)decode.Invoke(null, new[] { articles, expected.Count, literal.Substring(1, literal.Length - 2) })!;
            var ids = decoded.Cast<object>().Select(e => (string)e.GetType().GetProperty("Id")!.GetValue(e)!).ToList();

            Assert.Equal(expected.Select(e => e.Id), ids);
            Assert.Contains("2023-10-19-Meeting-Kim-2", ids);
        }
        finally
        {
            context.Unload();
        }
    }
}
