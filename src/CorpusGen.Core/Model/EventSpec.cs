namespace CorpusGen.Core.Model
{
    /// <summary>What happened.</summary>
    public enum EventKind
    {
        /// <summary>Two or more parties met.</summary>
        Meeting,
        /// <summary>Someone travelled somewhere.</summary>
        Visit,
        /// <summary>Leaders met.</summary>
        Summit,
        /// <summary>Negotiations or discussions.</summary>
        Talks,
        /// <summary>Someone said or published something.</summary>
        Statement,
        /// <summary>An agreement was signed.</summary>
        Treaty,
        /// <summary>Armed action, drills or a launch.</summary>
        MilitaryAction,
        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>
    /// Where an event is stated: the article, the evidence sentence, and what that article itself
    /// reports (kind, date and participants as read there, before merging with other reports).
    /// </summary>
    public sealed record EventSourceSpec(
        string ArticleId, string FileName, SourceSpan Span, string Text, EventKind Kind, DateValue Date, EquatableArray<string> ParticipantIds);

    /// <summary>One real happening, possibly reported by several articles.</summary>
    /// <param name="Entry">
    /// Whether a report tells the traveller entering the place that day ("arrived in", "will travel to",
    /// "left for"): a visit to a city the day before was then not in that place. Read by the merge only.
    /// </param>
    public sealed record EventSpec(
        string Id,
        EventKind Kind,
        DateValue Date,
        EquatableArray<string> ParticipantIds,
        string? PlaceId,
        EquatableArray<EventSourceSpec> Sources,
        bool Entry = false);
}
