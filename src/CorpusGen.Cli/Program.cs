using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CorpusGen.Cli;

/// <summary>corpusgen check | export: the analyzer and the extraction of CorpusGen, outside a build.</summary>
public static class Program
{
    private const string Usage = """
        corpusgen: check a folder of news articles against an entity catalog, or export what CorpusGen extracts.

        Usage:
          corpusgen check <corpus-dir> [--catalog <file>] [--format text|sarif] [-o <file>]
          corpusgen export <corpus-dir> [--catalog <file>] [-o <file>]

        Articles are the *.txt files below <corpus-dir>; the catalog defaults to <corpus-dir>/catalog.json.
        check exits with 1 when an error-severity diagnostic is found, 2 on a usage error.
        """;

    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command with its output written to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (!TryParse(args.Skip(1).ToArray(), out var options, out var problem))
        {
            stderr.WriteLine("corpusgen: " + problem);
            stderr.WriteLine(Usage);
            return 2;
        }

        try
        {
            var progress = ProgressReporter.ForTerminal(stderr);
            switch (args[0])
            {
                case "check":
                    return Check(options, stdout, progress);
                case "export":
                    return Export(options, stdout, progress);
                default:
                    stderr.WriteLine($"corpusgen: unknown command '{args[0]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("corpusgen: " + error.Message);
            return 2;
        }
    }

    private static int Check(Options options, TextWriter stdout, IProgress<(int, int)>? progress)
    {
        var folder = CorpusFolder.Read(options.Corpus, options.Catalog, progress);
        var results = CorpusCheck.Run(folder);
        if (options.Format == "sarif")
        {
            WriteTo(options.Output, stdout, stream => SarifWriter.Write(folder, results, stream));
        }
        else
        {
            var lines = results.Select(CorpusCheck.Format).ToList();
            var errors = results.Count(r => r.Rule.Severity == CorpusGen.Core.Model.RuleSeverity.Error);
            lines.Add($"{folder.Files.Count} articles checked: {errors} errors, {results.Count - errors} warnings");
            if (options.Output is null) foreach (var line in lines) stdout.WriteLine(line);
            else File.WriteAllLines(options.Output, lines);
        }
        return results.Any(r => r.Rule.Severity == CorpusGen.Core.Model.RuleSeverity.Error) ? 1 : 0;
    }

    private static int Export(Options options, TextWriter stdout, IProgress<(int, int)>? progress)
    {
        var folder = CorpusFolder.Read(options.Corpus, options.Catalog, progress);
        WriteTo(options.Output, stdout, stream => ExportWriter.Write(folder, stream));
        return 0;
    }

    private static void WriteTo(string? path, TextWriter stdout, Action<Stream> write)
    {
        if (path is not null)
        {
            using var file = File.Create(path);
            write(file);
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        stdout.WriteLine();
    }

    private sealed record Options(string Corpus, string? Catalog, string Format, string? Output);

    private static bool TryParse(string[] args, out Options options, out string problem)
    {
        options = new Options("", null, "text", null);
        problem = "";
        string? corpus = null, catalog = null, output = null;
        var format = "text";
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--catalog": catalog = Value(); if (catalog is null) { problem = "--catalog needs a file"; return false; } break;
                case "-o": case "--output": output = Value(); if (output is null) { problem = "-o needs a file"; return false; } break;
                case "--format":
                    format = Value() ?? "";
                    if (format is not ("text" or "sarif")) { problem = "--format is text or sarif"; return false; }
                    break;
                default:
                    if (args[i].StartsWith('-') || corpus is not null) { problem = $"unexpected argument '{args[i]}'"; return false; }
                    corpus = args[i];
                    break;
            }
        }
        if (corpus is null) { problem = "the corpus folder is missing"; return false; }
        options = new Options(corpus, catalog, format, output);
        return true;
    }
}
