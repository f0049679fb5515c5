using System;
using System.IO;
using System.Text.Json;
using CorpusGen.Cli;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>The export of the sample corpus, made once per test run.</summary>
public static class SampleExport
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
    {
        var folder = CorpusFolder.Read(SampleCorpus.Folder, null);
        using var stream = new MemoryStream();
        ExportWriter.Write(folder, stream);
        return JsonDocument.Parse(stream.ToArray());
    });

    public static JsonElement Root => Document.Value.RootElement;
}
