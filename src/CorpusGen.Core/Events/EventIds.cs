using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Events
{
    /// <summary>Readable, deterministic event ids: date, kind and participants ("2023-09-13-Summit-KimJongUn-VladimirPutin").</summary>
    public static class EventIds
    {
        // Every event the extraction reads gets an id, and the merge gives one again to what it
        // joins: one builder per thread, and the kind's name without formatting the enum each time.
        [ThreadStatic] private static StringBuilder? t_builder;

        private static readonly string[] KindNames = Enum.GetNames(typeof(EventKind));

        /// <summary>The id an event gets from its content.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string Provisional(EventKind kind, DateValue date, IEnumerable<string> participants)
        {
            var builder = t_builder ??= new StringBuilder(128);
            builder.Clear();
            date.AppendTo(builder, rangeSeparator: '_');
            builder.Append('-').Append((uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString());
            foreach (var participant in participants) builder.Append('-').Append(participant);
            return builder.ToString();
        }
    }
}
