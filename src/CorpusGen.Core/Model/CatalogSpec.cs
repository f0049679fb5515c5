namespace CorpusGen.Core.Model
{
    /// <summary>The kinds of entity a catalog may hold.</summary>
    public enum EntityKind
    {
        /// <summary>A person.</summary>
        Person,
        /// <summary>A company, agency, ministry, party or other body.</summary>
        Organization,
        /// <summary>A sovereign state.</summary>
        Country,
        /// <summary>A city, region, building or other location.</summary>
        Place,
        /// <summary>Anything else worth tracking (a forum, an initiative, a programme).</summary>
        Other,
    }

    /// <summary>One catalog entry. Immutable and structurally equatable: it travels through the pipeline.</summary>
    /// <param name="Id">Stable id; becomes the C# member name.</param>
    /// <param name="Kind">What the entity is.</param>
    /// <param name="Name">The canonical name.</param>
    /// <param name="Aliases">Other names, in catalog order.</param>
    /// <param name="Description">Optional free text.</param>
    /// <param name="ExternalId">Optional external identifier such as a Wikidata Q-id.</param>
    /// <param name="Role">Optional role; <c>head of state</c> or <c>head of government</c> turns a meeting into a summit.</param>
    /// <param name="Span">Where the entry stands in the catalog file.</param>
    public sealed record EntitySpec(
        string Id,
        EntityKind Kind,
        string Name,
        EquatableArray<string> Aliases,
        string? Description,
        string? ExternalId,
        string? Role,
        SourceSpan Span)
    {
        /// <summary>The canonical name followed by the aliases.</summary>
        public System.Collections.Generic.IEnumerable<string> AllNames
        {
            get
            {
                yield return Name;
                foreach (var alias in Aliases) yield return alias;
            }
        }

        /// <summary>Whether meetings between such entities are summits.</summary>
        public bool IsLeader => Role is { } role
            && (role.IndexOf("head of state", System.StringComparison.OrdinalIgnoreCase) >= 0
                || role.IndexOf("head of government", System.StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>The parsed entity catalog: entries that survived validation, the ignore list and the problems found.</summary>
    public sealed record CatalogSpec(
        string Path,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<string> Ignore,
        EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        /// <summary>The ids of the catalog's countries, in catalog order.</summary>
        public System.Collections.Generic.IEnumerable<string> CountryIds => System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(Entities, e => e.Kind == EntityKind.Country), e => e.Id);

        /// <summary>A catalog with nothing in it, used when the project has none.</summary>
        public static CatalogSpec Empty { get; } = new CatalogSpec("", EquatableArray<EntitySpec>.Empty, EquatableArray<string>.Empty, EquatableArray<CorpusDiagnostic>.Empty);
    }
}
