using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Events
{
    /// <summary>Readable, deterministic event ids: date, kind and participants ("2023-09-13-Summit-KimJongUn-VladimirPutin").</summary>
    public static class EventIds
    {
        /// <summary>The id an event gets from its content.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string Provisional(EventKind kind, DateValue date, IEnumerable<string> participants)
        {
            var builder = new StringBuilder(date.ToString().Replace('/', '_')).Append('-').Append(kind);
            foreach (var participant in participants) builder.Append('-').Append(participant);
            return builder.ToString();
        }
    }
}
