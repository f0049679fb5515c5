using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGen.Core.Model;

namespace CorpusGen.Cli;

/// <summary>
/// Writes the export JSON: articles (date, its source, dateline, title, mentions, unresolved
/// names), entities and merged events. Positions are 1-based, columns in UTF-16 code units, as the
/// compiler counts them.
/// </summary>
public static class ExportWriter
{
    /// <summary>Writes the export of <paramref name="folder"/> to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(CorpusFolder folder, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var byArticleId = folder.Corpus.Articles.ToDictionary(a => a.Spec.Id, a => a.RelativePath);

        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var file in folder.Corpus.Articles.OrderBy(f => f.RelativePath, System.StringComparer.Ordinal))
        {
            var article = file.Spec;
            json.WriteStartObject();
            json.WriteString("file", file.RelativePath);
            json.WriteString("id", article.Id);
            WriteNullable(json, "date", article.Date?.Date.ToString());
            WriteNullable(json, "dateSource", article.Date?.Source.ToString().ToLowerInvariant());
            WriteNullable(json, "dateline", article.Dateline);
            WriteNullable(json, "partialDate", article.PartialDate);
            WriteNullable(json, "title", article.Title);
            json.WriteStartArray("mentions");
            foreach (var mention in article.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("entity", mention.EntityId);
                json.WriteString("surface", mention.Surface);
                json.WriteNumber("line", mention.Span.Line);
                json.WriteNumber("column", mention.Span.Column);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("unresolved");
            foreach (var name in article.Unresolved)
            {
                json.WriteStartObject();
                json.WriteString("surface", name.Surface);
                json.WriteNumber("line", name.Span.Line);
                json.WriteNumber("column", name.Span.Column);
                WriteNullable(json, "suggestion", name.SuggestionId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in folder.Catalog.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("name", entity.Name);
            json.WriteString("kind", entity.Kind.ToString());
            json.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            WriteNullable(json, "description", entity.Description);
            WriteNullable(json, "externalId", entity.ExternalId);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in folder.Corpus.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("date", e.Date.ToString());
            json.WriteString("kind", e.Kind.ToString());
            json.WriteStartArray("participants");
            foreach (var participant in e.ParticipantIds) json.WriteStringValue(participant);
            json.WriteEndArray();
            WriteNullable(json, "place", e.PlaceId);
            json.WriteStartArray("sources");
            foreach (var source in e.Sources)
            {
                json.WriteStartObject();
                json.WriteString("file", byArticleId.TryGetValue(source.ArticleId, out var relative) ? relative : source.FileName);
                json.WriteNumber("line", source.Span.Line);
                json.WriteNumber("column", source.Span.Column);
                json.WriteString("text", source.Text);
                // What this article itself says, before merging with other reports.
                json.WriteStartObject("reported");
                json.WriteString("date", source.Date.ToString());
                json.WriteString("kind", source.Kind.ToString());
                json.WriteStartArray("participants");
                foreach (var participant in source.ParticipantIds) json.WriteStringValue(participant);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
