using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CorpusGen.Core.Model;

namespace CorpusGen.Cli;

/// <summary>SARIF 2.1.0, for code-scanning tools: one run, every rule, every result with its region.</summary>
public static class SarifWriter
{
    /// <summary>Writes <paramref name="results"/> as a SARIF 2.1.0 log.</summary>
    public static void Write(CorpusFolder folder, IReadOnlyList<CheckResult> results, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "corpusgen");
        json.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in CorpusDiagnosticRules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("CORPUSROOT");
        json.WriteString("uri", new Uri(folder.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", result.Rule.Id);
            json.WriteNumber("ruleIndex", CorpusDiagnosticRules.All.ToList().IndexOf(result.Rule));
            json.WriteString("level", Level(result.Rule));
            json.WriteStartObject("message");
            json.WriteString("text", result.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", result.RelativePath);
            json.WriteString("uriBaseId", "CORPUSROOT");
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", result.Start.Line);
            json.WriteNumber("startColumn", result.Start.Column);
            json.WriteNumber("endLine", result.End.Line);
            json.WriteNumber("endColumn", result.End.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(CorpusDiagnosticRule rule) => rule.Severity == RuleSeverity.Error ? "error" : "warning";
}
