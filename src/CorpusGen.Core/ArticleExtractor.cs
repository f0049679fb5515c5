using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Events;
using CorpusGen.Core.Model;
using CorpusGen.Core.Names;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core
{
    /// <summary>
    /// Runs the extraction stages over one article: clean (page layout) → dates → mentions → events.
    /// A pure function of the file's path, text and the catalog, shared by the generator, the
    /// analyzer and any tool, so they can never disagree.
    /// </summary>
    public static class ArticleExtractor
    {
        /// <summary>The article id of a file: its name without extension.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string ArticleId(string path) => System.IO.Path.GetFileNameWithoutExtension(path);

        /// <summary>
        /// <see cref="Extract"/>, except that a defect in a stage costs only that article's extracted
        /// parts: the article comes back with its id and text length and a CG0008 diagnostic. Hosts
        /// call this one. Inside the compiler an exception escaping a generator is CS8785 and takes
        /// the whole generated corpus away; one escaping an analyzer is AD0001 and takes every other
        /// diagnostic away. Three such defects have been found so far, all by random tests and all
        /// fixed: the guard is for the next one.
        /// </summary>
        public static ArticleSpec ExtractOrReport(string path, string text, CatalogSpec catalog, bool withEvents = true)
        {
            try
            {
                return Extract(path, text, catalog, withEvents);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failed(path, text, exception);
            }
        }

        /// <summary>
        /// Tests only: <see cref="Extract"/> and <see cref="Catalog.CatalogParser.Parse"/> throw for
        /// paths containing this marker, standing in for a defect no known input triggers any more.
        /// A marker, not a flag, so that tests running in parallel with it are not affected.
        /// </summary>
        internal static volatile string? FailOnPathsContainingForTests = null;

        private static ArticleSpec Failed(string path, string text, Exception exception)
        {
            var id = ArticleId(path);
            var lines = new LineMap(text);
            var firstLineEnd = 0;
            while (firstLineEnd < text.Length && !LineMap.IsLineBreak(text[firstLineEnd])) firstLineEnd++;
            var diagnostic = CorpusDiagnostic.Create(
                CorpusDiagnosticRules.ExtractionFailed.Id, lines.Locate(0, firstLineEnd), id, exception.GetType().Name + ": " + exception.Message);
            return new ArticleSpec(
                id, System.IO.Path.GetFileName(path), text.Length, null, null, null, null,
                EquatableArray<ParagraphSpec>.Empty, EquatableArray<MentionSpec>.Empty, EquatableArray<UnresolvedNameSpec>.Empty,
                EquatableArray<EventSpec>.Empty, new[] { diagnostic }.ToEquatableArray());
        }

        /// <summary>Extracts everything CorpusGen knows about one article.</summary>
        /// <param name="withEvents">False skips the event stage: the analyzer reports nothing about events.</param>
        [MethodImpl(Jit.Optimized)]
        public static ArticleSpec Extract(string path, string text, CatalogSpec catalog, bool withEvents = true)
        {
            if (FailOnPathsContainingForTests is { } marker && path.Contains(marker)) throw new InvalidOperationException("Failure injected by a test.");
            var id = ArticleId(path);
            var fileName = System.IO.Path.GetFileName(path);
            var lines = new LineMap(text);
            var layout = PageLayout.Analyze(text, lines);
            var publication = PublicationDateReader.Read(layout, lines);
            var index = AliasIndex.For(catalog);
            var names = MentionFinder.Find(layout, index, lines, publication.Credit, publication.StoryStart);
            if (publication.PlaceBeforeColon is { } colonPlace && IsCatalogPlace(colonPlace, names.Mentions, index.EntitiesById))
            {
                // The story opens past the colon and its one blank ("Dubai: His Highness").
                publication = publication with { Dateline = text.Substring(colonPlace.Start, colonPlace.End - colonPlace.Start), StoryStart = colonPlace.End + 2 };
            }

            var paragraphCount = 0;
            foreach (var block in layout.Blocks)
            {
                if (block.Kind == BlockKind.Paragraph) paragraphCount++;
            }
            var paragraphs = new ParagraphSpec[paragraphCount]; // at its size: the spec keeps this array
            paragraphCount = 0;
            foreach (var block in layout.Blocks)
            {
                if (block.Kind == BlockKind.Paragraph) paragraphs[paragraphCount++] = new ParagraphSpec(lines.Locate(block.Start, block.End - block.Start));
            }

            var events = withEvents ? ExtractEvents(id, fileName, text, layout, lines, publication, names.Mentions, names.Unresolved, index) : new List<EventSpec>();

            var diagnostics = new List<CorpusDiagnostic>(publication.Diagnostics);
            if (publication.Date is null && publication.Diagnostics.Count == 0)
            {
                var firstLineEnd = layout.Lines.Count > 0 ? layout.Lines[0].End : 0;
                var seen = publication.PartialDate is { } partial ? $"; the dateline says '{partial}' but gives no year" : "";
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnosticRules.MissingDate.Id, lines.Locate(0, firstLineEnd), id, seen));
            }
            foreach (var name in names.Unresolved)
            {
                var hint = name.SuggestionId is null ? "" : $"; did you mean '{name.SuggestionName}' ({name.SuggestionId})?";
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnosticRules.UnresolvedName.Id, name.Span, name.Surface, hint));
            }

            return new ArticleSpec(
                id,
                fileName,
                text.Length,
                layout.Title is { } title ? text.Substring(title.Start, title.End - title.Start) : null,
                publication.Date,
                publication.Dateline,
                publication.PartialDate,
                new EquatableArray<ParagraphSpec>(paragraphs),
                names.Mentions.ToEquatableArray(),
                names.Unresolved.ToEquatableArray(),
                events.ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        [MethodImpl(Jit.Optimized)]
        private static bool MeetsOwnCountry(EventSpec e, PersonDescriptions descriptions, IReadOnlyDictionary<string, EntitySpec> entities, IReadOnlyDictionary<int, string> countries)
        {
            if (e.Kind is not (EventKind.Meeting or EventKind.Talks or EventKind.Summit) || e.ParticipantIds.Count != 2) return false;
            if (!entities.TryGetValue(e.ParticipantIds[0], out var first) || !entities.TryGetValue(e.ParticipantIds[1], out var second)) return false;
            var (person, country) = first.Kind == EntityKind.Country ? (second, first) : (first, second);
            return person.Kind == EntityKind.Person && country.Kind == EntityKind.Country && descriptions.IsOfCountry(person.Id, country.Id, countries);
        }

        // Whether a mention of a catalog place spans exactly [place.Start, place.End): "Dubai" of "Dubai: ...".
        [MethodImpl(Jit.Optimized)]
        private static bool IsCatalogPlace((int Start, int End) place, List<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> entities)
        {
            foreach (var mention in mentions)
            {
                if (mention.Span.Start > place.Start) break;
                if (mention.Span.Start == place.Start && mention.Span.Length == place.End - place.Start)
                {
                    return entities.TryGetValue(mention.EntityId, out var entity) && entity.Kind == EntityKind.Place;
                }
            }
            return false;
        }

        // The catalog place a dateline names ("BEIJING, April 9 (Xinhua) --"): what "here" means in the story.
        [MethodImpl(Jit.Optimized)]
        private static string? DatelinePlace(PageLayout layout, int storyStart, List<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> entities)
        {
            if (storyStart < 0) return null;
            var opening = 0;
            foreach (var block in layout.Blocks)
            {
                // A dateline may be a paragraph of its own ("Baku, November 12, AZERTAC"): the story starts at its end.
                if (block.Start <= storyStart && storyStart <= block.End) opening = block.Start;
            }
            foreach (var mention in mentions)
            {
                if (mention.Span.Start >= storyStart) break;
                if (mention.Span.Start >= opening && entities.TryGetValue(mention.EntityId, out var entity) && entity.Kind == EntityKind.Place) return entity.Id;
            }
            return null;
        }

        // Whether the sentence is one resolved date and its closing period: "13 September 2023.",
        // "18-19 October 2023.".
        [MethodImpl(Jit.Optimized)]
        private static bool IsDateHeading(string text, (int Start, int End) sentence, TemporalMention[] dates)
        {
            if (dates.Length != 1 || dates[0].Value is null) return false;
            var start = sentence.Start;
            while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
            var end = sentence.End;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ':')) end--;
            return dates[0].Start == start && dates[0].Start + dates[0].Length == end;
        }

        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] WithDateAtStart(TemporalMention[] dates, TemporalMention date)
        {
            var all = new TemporalMention[dates.Length + 1];
            all[0] = date;
            dates.CopyTo(all, 1);
            return all;
        }

        // A web page's standfirst above its date line ("Published On 18 Oct 2023") is no story yet,
        // however long: the story starts after that line. Only for one or two paragraphs above it: a
        // date at the foot of the page leaves the paragraphs above it the story. -1 for none.
        [MethodImpl(Jit.Optimized)]
        private static int StandfirstsEnd(PageLayout layout, PublicationDate? published)
        {
            if (published is not { Source: DateSource.Byline } byline) return -1;
            var above = 0;
            foreach (var block in layout.Blocks)
            {
                if (block.Kind == BlockKind.Paragraph && block.End <= byline.Span.Start) above++;
            }
            return above is 1 or 2 ? byline.Span.Start : -1;
        }

        // How far into an undated sentence a description of its subject is looked for ("The top
        // North Korean diplomat also").
        private const int DescribedSubjectLength = 48;

        // Whether the sentence opens on "The " or a country's possessive ("China's top diplomat"), as a
        // described subject does.
        [MethodImpl(Jit.Optimized)]
        private static bool OpensOnADescription(string text, (int Start, int End) sentence, List<MentionSpec> mentions)
        {
            var i = sentence.Start;
            if (i + 4 < sentence.End && text[i] == 'T' && text[i + 1] == 'h' && text[i + 2] == 'e' && text[i + 3] == ' ') return true;
            return mentions.Count > 0 && mentions[0].Span.Start == i && mentions[0].Span.End + 1 < sentence.End && text[mentions[0].Span.End] is '\'' or '’';
        }

        [MethodImpl(Jit.Optimized)]
        private static List<EventSpec> ExtractEvents(
            string id, string fileName, string text, PageLayout layout, LineMap lines, PublicationInfo publication, List<MentionSpec> mentions,
            IReadOnlyList<UnresolvedNameSpec> unresolved, AliasIndex index)
        {
            var anchor = publication.Date?.Date;
            var storyStart = publication.StoryStart;
            var standfirstsEnd = StandfirstsEnd(layout, publication.Date);
            var entities = index.EntitiesById;
            var dates = new TemporalExpressions(anchor);
            // "the Russian leader" takes part as the person it describes (events only: it is no name).
            var descriptions = PersonDescriptions.Introduced(text, mentions, entities, index.CatalogTitles);
            var extractor = new EventExtractor(
                new ArticleReadings(id, fileName, text, lines, anchor, mentions, unresolved, DatelinePlace(layout, storyStart, mentions, entities)), index) { Descriptions = descriptions };
            var found = new List<EventSpec>();
            var sentences = new GrowableArray<(int Start, int End)>(16);
            var next = 0; // mentions are in text order, and so are sentences: sweep once
            var sentenceMentions = new List<MentionSpec>(); // one list for every sentence: Read keeps none
            var storyBegun = false; // a paragraph of prose has been read: standfirsts are shorter
            var lastTold = -1; // where the events of the last sentence that told any begin in found
            foreach (var block in layout.Blocks)
            {
                if (block.Kind != BlockKind.Paragraph) continue; // headlines and captions restate, they do not report
                sentences.Clear();
                // A dateline ("SEOUL, March 8, 2024 (Yonhap) --") is not part of the first sentence:
                // its date is the publication's, and would be the nearest to the story's first verb.
                var from = storyStart > block.Start && storyStart < block.End ? storyStart : block.Start;
                SentenceSplitter.Split(text, from, block.End, sentences);
                TemporalMention? heading = null;
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentence = sentences[s];
                    var sentenceDates = dates.Read(text, sentence.Start, sentence.End);
                    // "13 September 2023. Kim Jong Un and Vladimir Putin hold a summit ...": a
                    // chronology's date that is a sentence of its own dates the next, as a fronted
                    // date would (where it stands, with no words of its own).
                    if (heading is { } date)
                    {
                        sentenceDates = WithDateAtStart(sentenceDates, new TemporalMention(sentence.Start, 0, date.Value));
                        heading = null;
                    }
                    else if (IsDateHeading(text, sentence, sentenceDates))
                    {
                        heading = sentenceDates[0];
                        continue;
                    }
                    while (next < mentions.Count && mentions[next].Span.Start < sentence.Start) next++;
                    sentenceMentions.Clear();
                    for (var m = next; m < mentions.Count && mentions[m].Span.Start < sentence.End; m++)
                    {
                        if (mentions[m].Span.End <= sentence.End) sentenceMentions.Add(mentions[m]);
                    }
                    // A sentence whose only dates resolve to none ("in 2019") gives no event: its descriptions need no reading.
                    // A lead with no date at all may tell the news of its day ("The President of Russia met with ...").
                    var lead = s == 0 && !storyBegun;
                    if (descriptions is not null && (TemporalExpressions.AnyResolved(sentenceDates) || (lead && sentenceDates.Length == 0)))
                    {
                        descriptions.AddWithin(sentence.Start, sentence.End, sentenceMentions);
                    }
                    else if (descriptions is not null && sentenceDates.Length == 0 && OpensOnADescription(text, sentence, sentenceMentions))
                    {
                        // "The top US diplomat also met with Gantz": a subject described may go on
                        // with the day before (only the opening is read: the rest dates nothing).
                        descriptions.AddWithin(sentence.Start, Math.Min(sentence.End, sentence.Start + DescribedSubjectLength), sentenceMentions);
                    }
                    var before = found.Count;
                    found.AddRange(extractor.Read(sentence, sentenceDates, sentenceMentions, lead));
                    extractor.AddPlaceHeld(found, lastTold, before, sentence, sentenceDates, sentenceMentions);
                    if (found.Count > before) lastTold = before;
                    else if (sentenceDates.Length == 0) extractor.AddAttendees(found, lastTold, sentence, sentenceMentions);
                }
                // Prose ends a sentence: a scraped page's run of menu, headline and share buttons on
                // the date header's line ("... Share on Twitter Share via Email") is no story yet.
                storyBegun |= block.End > standfirstsEnd && block.End - block.Start >= 120 && TextWords.EndsASentence(text, block.End);
            }
            found.AddRange(extractor.Finish(found));
            // "Russian President Vladimir Putin met Russian officials": a person and their own country
            // are not two sides of a meeting.
            if (descriptions is not null) found.RemoveAll(e => MeetsOwnCountry(e, descriptions, entities, index.CountriesByNationality));
            return EventMerger.Merge(found, index.CountryIds);
        }
    }
}
