using System;
using System.Diagnostics;
using System.IO;

namespace CorpusGen.Cli;

/// <summary>
/// "Extracting 1200/25000" on a terminal, redrawn at most ten times a second; nothing at all when
/// standard error is redirected, so logs and pipes stay clean.
/// </summary>
public sealed class ProgressReporter : IProgress<(int Done, int Total)>
{
    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;

    private ProgressReporter(TextWriter writer) => _writer = writer;

    /// <summary>A reporter when <paramref name="writer"/> is a terminal's standard error, else null.</summary>
    public static ProgressReporter? ForTerminal(TextWriter writer)
        => Console.IsErrorRedirected || !ReferenceEquals(writer, Console.Error) ? null : new ProgressReporter(writer);

    /// <summary>Shows the count of extracted articles.</summary>
    public void Report((int Done, int Total) value)
    {
        var last = value.Done == value.Total;
        if (!last && _clock.ElapsedMilliseconds - _lastDraw < 100) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        _writer.Write($"\rExtracting {value.Done}/{value.Total}");
        if (last) _writer.Write("\r" + new string(' ', 40) + "\r");
    }
}
