using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>The hand annotation of the sample corpus (Gold/seeds.json, copied from the shared gold).</summary>
public sealed class Gold
{
    public static Gold Instance { get; } = Load();

    [JsonPropertyName("articles")] public List<GoldArticle> Articles { get; set; } = new();
    [JsonPropertyName("catalog")] public List<GoldCatalogEntry> Catalog { get; set; } = new();

    public GoldArticle Article(string file) => Articles.Single(a => a.File == file);

    private static Gold Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.json");
        return JsonSerializer.Deserialize<Gold>(File.ReadAllText(path))!;
    }
}

public sealed class GoldArticle
{
    [JsonPropertyName("file")] public string File { get; set; } = "";
    [JsonPropertyName("stated_date")] public string? StatedDate { get; set; }
    [JsonPropertyName("dateline_place")] public string? DatelinePlace { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("entities")] public List<GoldEntity> Entities { get; set; } = new();
    [JsonPropertyName("boilerplate_entities")] public List<GoldEntity> BoilerplateEntities { get; set; } = new();
    [JsonPropertyName("events")] public List<GoldEvent> Events { get; set; } = new();

    public string Id => Path.GetFileNameWithoutExtension(File);
}

public sealed class GoldEntity
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("surface")] public List<string> Surface { get; set; } = new();
}

public sealed class GoldEvent
{
    [JsonPropertyName("date")] public string Date { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("participants")] public List<string> Participants { get; set; } = new();
    [JsonPropertyName("place")] public string? Place { get; set; }
    [JsonPropertyName("evidence")] public string Evidence { get; set; } = "";
}

public sealed class GoldCatalogEntry
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = new();
}
