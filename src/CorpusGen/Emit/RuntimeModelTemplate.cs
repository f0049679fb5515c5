namespace CorpusGen.Emit
{
    /// <summary>
    /// The types of the generated API (Article, Entity, Event, ...), emitted into the consumer's
    /// namespace so that the consumer needs no runtime package. Placeholders: $Namespace$, $Corpus$
    /// (the entry class) and $Date$ (DateOnly where the target framework has it, else DateTime).
    /// </summary>
    internal static class RuntimeModelTemplate
    {
        public const string Text = """

namespace $Namespace$
{
    /// <summary>What kind of thing an entity is.</summary>
    public enum EntityKind
    {
        /// <summary>A person.</summary>
        Person,
        /// <summary>A company, agency, ministry or other body.</summary>
        Organization,
        /// <summary>A sovereign state.</summary>
        Country,
        /// <summary>A city, region, building or other location.</summary>
        Place,
        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>What happened in an event.</summary>
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

    /// <summary>How much of a date is known.</summary>
    public enum DatePrecision
    {
        /// <summary>A single day.</summary>
        Day,
        /// <summary>A month; the day is unknown.</summary>
        Month,
        /// <summary>A span of days.</summary>
        Range,
    }

    /// <summary>Where an article's publication date was read from.</summary>
    public enum DateSource
    {
        /// <summary>A leading <c>date YYYY-MM-DD</c> header.</summary>
        Header,
        /// <summary>A byline or timestamp line.</summary>
        Byline,
        /// <summary>A wire dateline that states the year.</summary>
        Dateline,
    }

    /// <summary>A range of an article file: offset and length in UTF-16 code units, 1-based line and column.</summary>
    public readonly struct TextLocation
    {
        /// <summary>Creates a location.</summary>
        public TextLocation(int start, int length, int line, int column)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
        }

        /// <summary>Offset of the first character in the file's text.</summary>
        public int Start { get; }

        /// <summary>Length in UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column, in UTF-16 code units as the compiler counts them.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => "(" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>An article's publication date and where the file states it.</summary>
    public sealed class PublicationDate
    {
        /// <summary>Creates a publication date.</summary>
        public PublicationDate($Date$ date, DateSource source)
        {
            Date = date;
            Source = source;
        }

        /// <summary>The day the article was published.</summary>
        public $Date$ Date { get; }

        /// <summary>Where the date was read from.</summary>
        public DateSource Source { get; }

        /// <inheritdoc />
        public override string ToString() => Date.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An event's date: a day, a month (first to last day) or a range of days.</summary>
    public readonly struct EventDate
    {
        /// <summary>Creates an event date.</summary>
        public EventDate($Date$ start, $Date$ end, DatePrecision precision)
        {
            Start = start;
            End = end;
            Precision = precision;
        }

        /// <summary>The first day.</summary>
        public $Date$ Start { get; }

        /// <summary>The last day (equal to <see cref="Start"/> for a day).</summary>
        public $Date$ End { get; }

        /// <summary>How much of the date is known.</summary>
        public DatePrecision Precision { get; }

        /// <summary>ISO 8601: <c>2023-09-13</c>, <c>2023-09</c> or <c>2023-09-12/2023-09-17</c>.</summary>
        public override string ToString()
        {
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            switch (Precision)
            {
                case DatePrecision.Day: return Start.ToString("yyyy-MM-dd", culture);
                case DatePrecision.Month: return Start.ToString("yyyy-MM", culture);
                default: return Start.ToString("yyyy-MM-dd", culture) + "/" + End.ToString("yyyy-MM-dd", culture);
            }
        }
    }

    /// <summary>A person, organization, country, place or other entity of the catalog.</summary>
    public sealed class Entity
    {
        internal readonly global::System.Collections.Generic.List<Mention> MentionList = new global::System.Collections.Generic.List<Mention>();
        internal readonly global::System.Collections.Generic.List<Article> ArticleList = new global::System.Collections.Generic.List<Article>();
        internal readonly global::System.Collections.Generic.List<Event> EventList = new global::System.Collections.Generic.List<Event>();

        /// <summary>Creates an entity.</summary>
        public Entity(string id, EntityKind kind, string name, string[] aliases, string? description, string? externalId)
        {
            Id = id;
            Kind = kind;
            Name = name;
            Aliases = aliases;
            Description = description;
            ExternalId = externalId;
        }

        /// <summary>The stable id from the catalog (also the member name in <c>$Corpus$.Entities</c>).</summary>
        public string Id { get; }

        /// <summary>What the entity is.</summary>
        public EntityKind Kind { get; }

        /// <summary>The canonical name.</summary>
        public string Name { get; }

        /// <summary>Other names from the catalog.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

        /// <summary>Free text from the catalog.</summary>
        public string? Description { get; }

        /// <summary>An external identifier such as a Wikidata Q-id.</summary>
        public string? ExternalId { get; }

        /// <summary>Every mention of this entity, by article then position.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Mention> Mentions { get { Linker.EnsureMentionsLinked(); return MentionList; } }

        /// <summary>The articles that mention this entity.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Article> Articles { get { Linker.EnsureMentionsLinked(); return ArticleList; } }

        /// <summary>The events this entity takes part in or hosts.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Event> Events { get { $Corpus$.EnsureEventsLinked(); return EventList; } }

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>A place in an article where an entity is named.</summary>
    public sealed class Mention
    {
        private string? _surface;

        internal Mention(Article article, Entity entity, TextLocation location)
        {
            Article = article;
            Entity = entity;
            Location = location;
        }

        /// <summary>The article.</summary>
        public Article Article { get; }

        /// <summary>The entity named.</summary>
        public Entity Entity { get; }

        /// <summary>The name as written ("Choi Song Hee", "Kim Jong-un"), read from the article text.</summary>
        public string Surface => _surface ??= Article.RawText.Substring(Location.Start, Location.Length);

        /// <summary>Where it is written.</summary>
        public TextLocation Location { get; }

        /// <inheritdoc />
        public override string ToString() => Article.FileName + Location + ": " + Surface;
    }

    /// <summary>One news article: metadata compiled in, text read from the assembly on first use.</summary>
    public sealed class Article
    {
        private readonly int _textLength;
        private readonly string _packed;
        private readonly int _paragraphsStart;
        private readonly int _paragraphsEnd;
        private readonly int _mentionsStart;
        private readonly int _mentionsEnd;
        internal readonly global::System.Collections.Generic.List<Event> EventList = new global::System.Collections.Generic.List<Event>();
        private TextLocation[]? _paragraphLocations;
        private Mention[]? _mentions;
        private string? _rawText;
        private string[]? _paragraphs;

        private Article(string id, string fileName, int textLength, string? title, PublicationDate? date, string? dateline,
            string packed, int paragraphsStart, int paragraphsEnd, int mentionsStart, int mentionsEnd)
        {
            Id = id;
            FileName = fileName;
            _textLength = textLength;
            Title = title;
            Date = date;
            Dateline = dateline;
            _packed = packed;
            _paragraphsStart = paragraphsStart;
            _paragraphsEnd = paragraphsEnd;
            _mentionsStart = mentionsStart;
            _mentionsEnd = mentionsEnd;
        }

        // Reads one generated bucket of `count` articles: three strings per article (file name,
        // title, dateline) and a packed table (text length, date, then the article's paragraph and
        // mention tables, which the article decodes itself on first use). The id is the file name
        // without its extension, as the generator makes it.
        internal static void AddPacked(global::System.Collections.Generic.List<Article> articles, int count, string strings, string packed)
        {
            var reader = new PackedReader(packed);
            var offset = 0;
            for (var i = 0; i < count; i++)
            {
                var fileName = NextString(ref reader, strings, ref offset)!;
                var extension = fileName.LastIndexOf('.');
                var id = extension >= 0 ? fileName.Substring(0, extension) : fileName;
                var title = NextString(ref reader, strings, ref offset);
                var dateline = NextString(ref reader, strings, ref offset);
                var textLength = reader.Next();
                var source = reader.Next();
                var days = reader.Next();
                var date = source == 0 ? null : new PublicationDate($Date$.MinValue.AddDays(days), (DateSource)(source - 1));
                var paragraphsLength = reader.Next();
                var paragraphsStart = reader.Position;
                reader.Skip(paragraphsLength);
                var mentionsLength = reader.Next();
                var mentionsStart = reader.Position;
                reader.Skip(mentionsLength);
                articles.Add(new Article(id, fileName, textLength, title, date, dateline,
                    packed, paragraphsStart, paragraphsStart + paragraphsLength, mentionsStart, mentionsStart + mentionsLength));
            }
        }

        // A string of the joined constant: its length + 1 comes from the packed record, 0 for null.
        private static string? NextString(ref PackedReader reader, string strings, ref int offset)
        {
            var length = reader.Next() - 1;
            if (length < 0) return null;
            offset += length;
            return strings.Substring(offset - length, length);
        }

        /// <summary>The article id: the file name without extension.</summary>
        public string Id { get; }

        /// <summary>The file name.</summary>
        public string FileName { get; }

        /// <summary>The headline, when the file has one.</summary>
        public string? Title { get; }

        /// <summary>The publication date, when the file states one.</summary>
        public PublicationDate? Date { get; }

        /// <summary>The dateline's place ("SEOUL"), when the article opens with one.</summary>
        public string? Dateline { get; }

        /// <summary>The entity mentions, in reading order (decoded on first use).</summary>
        // One array wins even when threads race: entities keep references to these Mention objects.
        public global::System.Collections.Generic.IReadOnlyList<Mention> Mentions
            => _mentions ?? global::System.Threading.Interlocked.CompareExchange(ref _mentions, DecodeMentions(), null) ?? _mentions!;

        /// <summary>The events this article reports.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Event> Events { get { $Corpus$.EnsureEventsLinked(); return EventList; } }

        /// <summary>Where each paragraph stands in the file.</summary>
        public global::System.Collections.Generic.IReadOnlyList<TextLocation> ParagraphLocations => _paragraphLocations ??= DecodeParagraphs();

        /// <summary>The file's text exactly as it is on disk (decoded), page clutter included.</summary>
        public string RawText => _rawText ??= CorpusResources.Load(typeof($Corpus$).Assembly, FileName, _textLength, Id);

        /// <summary>The article's paragraphs, page clutter removed.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Paragraphs
        {
            get
            {
                if (_paragraphs is null)
                {
                    var raw = RawText;
                    var locations = ParagraphLocations;
                    var paragraphs = new string[locations.Count];
                    for (var i = 0; i < paragraphs.Length; i++)
                    {
                        paragraphs[i] = raw.Substring(locations[i].Start, locations[i].Length);
                    }
                    _paragraphs = paragraphs;
                }
                return _paragraphs;
            }
        }

        /// <summary>The article text: its paragraphs separated by blank lines.</summary>
        public string Text => string.Join("\n\n", Paragraphs);

        /// <summary>The distinct entities the article mentions, in order of first mention.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Entity> Entities
        {
            get
            {
                var seen = new global::System.Collections.Generic.List<Entity>();
                foreach (var mention in Mentions)
                {
                    if (!seen.Contains(mention.Entity)) seen.Add(mention.Entity);
                }
                return seen;
            }
        }

        private TextLocation[] DecodeParagraphs()
        {
            var reader = new PackedReader(_packed, _paragraphsStart, _paragraphsEnd);
            var locations = new global::System.Collections.Generic.List<TextLocation>();
            while (!reader.AtEnd) locations.Add(reader.NextLocation());
            return locations.ToArray();
        }

        private Mention[] DecodeMentions()
        {
            var reader = new PackedReader(_packed, _mentionsStart, _mentionsEnd);
            var mentions = new global::System.Collections.Generic.List<Mention>();
            var entities = $Corpus$.Entities.All;
            while (!reader.AtEnd)
            {
                var entity = entities[reader.Next()];
                mentions.Add(new Mention(this, entity, reader.NextLocation()));
            }
            return mentions.ToArray();
        }

        /// <inheritdoc />
        public override string ToString() => Id;
    }

    /// <summary>Where an event is reported: an article and its evidence sentence.</summary>
    public sealed class EventSource
    {
        /// <summary>Creates a source.</summary>
        public EventSource(Article article, TextLocation location)
        {
            Article = article;
            Location = location;
        }

        /// <summary>The article.</summary>
        public Article Article { get; }

        /// <summary>Where the evidence sentence stands in the article file.</summary>
        public TextLocation Location { get; }

        /// <summary>The evidence sentence.</summary>
        public string Text => Article.RawText.Substring(Location.Start, Location.Length);

        /// <inheritdoc />
        public override string ToString() => Article.FileName + Location;
    }

    /// <summary>One real happening (meeting, visit, summit, ...), merged across the articles that report it.</summary>
    public sealed class Event
    {
        /// <summary>Creates an event.</summary>
        public Event(string id, EventKind kind, EventDate date, Entity[] participants, Entity? place, EventSource[] sources)
        {
            Id = id;
            Kind = kind;
            Date = date;
            Participants = participants;
            Place = place;
            Sources = sources;
        }

        /// <summary>A readable id: date, kind and participants.</summary>
        public string Id { get; }

        /// <summary>What happened.</summary>
        public EventKind Kind { get; }

        /// <summary>When.</summary>
        public EventDate Date { get; }

        /// <summary>Who took part.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Entity> Participants { get; }

        /// <summary>Where, when the text says.</summary>
        public Entity? Place { get; }

        /// <summary>The articles and sentences that report it.</summary>
        public global::System.Collections.Generic.IReadOnlyList<EventSource> Sources { get; }

        /// <inheritdoc />
        public override string ToString() => Date + " " + Kind + ": " + string.Join(", ", Participants);

        // Reads the packed events table the generator writes for the corpus (see PackEvents there).
        // Ids are not in the table: they follow from kind, date and participants, made here the way
        // the generator makes them ("2023-09-13-Summit-KimJongUn-VladimirPutin", "-2" on a repeat).
        internal static Event[] Decode(ArticleCollection articles, int count, string packed)
        {
            var reader = new PackedReader(packed);
            var entities = $Corpus$.Entities.All;
            var events = new Event[count];
            var repeats = new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.Ordinal);
            for (var i = 0; i < events.Length; i++)
            {
                var kind = (EventKind)reader.Next();
                var precision = (DatePrecision)reader.Next();
                var start = $Date$.MinValue.AddDays(reader.Next());
                var end = $Date$.MinValue.AddDays(reader.Next());
                var participants = new Entity[reader.Next()];
                for (var p = 0; p < participants.Length; p++) participants[p] = entities[reader.Next()];
                var place = reader.Next();
                var sources = new EventSource[reader.Next()];
                for (var s = 0; s < sources.Length; s++)
                {
                    var article = articles[reader.Next()];
                    sources[s] = new EventSource(article, new TextLocation(reader.Next(), reader.Next(), reader.Next(), reader.Next()));
                }
                var id = IdOf(kind, precision, start, end, participants);
                repeats[id] = repeats.TryGetValue(id, out var seen) ? seen + 1 : 1;
                if (repeats[id] > 1) id += "-" + repeats[id].ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                events[i] = new Event(id, kind, new EventDate(start, end, precision), participants, place == 0 ? null : entities[place - 1], sources);
            }
            return events;
        }

        private static string IdOf(EventKind kind, DatePrecision precision, $Date$ start, $Date$ end, Entity[] participants)
        {
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            var date = precision == DatePrecision.Month ? start.ToString("yyyy-MM", culture)
                : precision == DatePrecision.Range ? start.ToString("yyyy-MM-dd", culture) + "_" + end.ToString("yyyy-MM-dd", culture)
                : start.ToString("yyyy-MM-dd", culture);
            var id = new global::System.Text.StringBuilder(date).Append('-').Append(kind.ToString());
            foreach (var participant in participants) id.Append('-').Append(participant.Id);
            return id.ToString();
        }
    }

    /// <summary>The articles of the corpus, ordered by id, with lookup by id.</summary>
    public sealed class ArticleCollection : global::System.Collections.Generic.IReadOnlyList<Article>
    {
        private readonly Article[] _articles;
        private readonly global::System.Collections.Generic.Dictionary<string, Article> _byId;

        internal ArticleCollection(Article[] articles)
        {
            _articles = articles;
            _byId = new global::System.Collections.Generic.Dictionary<string, Article>(articles.Length, global::System.StringComparer.Ordinal);
            foreach (var article in articles) _byId[article.Id] = article;
        }

        /// <inheritdoc />
        public int Count => _articles.Length;

        /// <inheritdoc />
        public Article this[int index] => _articles[index];

        /// <summary>The article with <paramref name="id"/>; throws when there is none.</summary>
        public Article this[string id] => _byId.TryGetValue(id, out var article) ? article : throw new global::System.Collections.Generic.KeyNotFoundException("No article has id '" + id + "'.");

        /// <summary>Looks an article up by id.</summary>
        public bool TryGet(string id, out Article? article) => _byId.TryGetValue(id, out article);

        /// <inheritdoc />
        public global::System.Collections.Generic.IEnumerator<Article> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<Article>)_articles).GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal static class Linker
    {
        private static readonly object Gate = new object();
        private static volatile bool _mentionsLinked;

        // Entity → mentions and articles needs every article's mentions decoded: done once, on the
        // first question that needs it, so a program that only reads articles never pays for it.
        internal static void EnsureMentionsLinked()
        {
            if (_mentionsLinked) return;
            lock (Gate)
            {
                if (_mentionsLinked) return;
                foreach (var article in $Corpus$.Articles)
                {
                    foreach (var mention in article.Mentions)
                    {
                        mention.Entity.MentionList.Add(mention);
                        var articles = mention.Entity.ArticleList;
                        if (articles.Count == 0 || !ReferenceEquals(articles[articles.Count - 1], article)) articles.Add(article);
                    }
                }
                _mentionsLinked = true;
            }
        }

        // Entity and article → events are filled when the events are decoded. Events arrive in
        // order and each adds itself to a list at most once in a row, so a look at the last
        // element keeps the lists free of repeats (a List.Contains here was quadratic in the
        // events of a much-reported entity).
        internal static void Link(Event[] events)
        {
            foreach (var e in events)
            {
                foreach (var participant in e.Participants) AddOnce(participant.EventList, e);
                if (e.Place is { } place) AddOnce(place.EventList, e);
                foreach (var source in e.Sources) AddOnce(source.Article.EventList, e);
            }
        }

        private static void AddOnce(global::System.Collections.Generic.List<Event> list, Event e)
        {
            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], e)) list.Add(e);
        }
    }

    /// <summary>
    /// Reads the generated packed tables. A number is a run of 5-bit digits, 4 bits of it and a
    /// continuation bit each, low bits first; each character of a table holds three digits above
    /// U+4E00. Positions count digits. Locations are stored as deltas from the previous one, in
    /// text order.
    /// </summary>
    internal struct PackedReader
    {
        private readonly string _data;
        private readonly int _end;
        private int _position;
        private int _start;
        private int _line;

        internal PackedReader(string data)
            : this(data, 0, data.Length * 3)
        {
        }

        internal PackedReader(string data, int start, int end)
        {
            _data = data;
            _end = end;
            _position = start;
            _start = 0;
            _line = 1;
        }

        internal bool AtEnd => _position >= _end;

        internal int Position => _position;

        internal void Skip(int digits) => _position += digits;

        internal int Next()
        {
            int value = 0, shift = 0;
            while (true)
            {
                var digit = Digit(_position++);
                value |= (digit & 15) << shift;
                if ((digit & 16) == 0) return value;
                shift += 4;
            }
        }

        internal TextLocation NextLocation()
        {
            _start += Next();
            var length = Next();
            _line += Next();
            return new TextLocation(_start, length, _line, Next());
        }

        private int Digit(int position) => ((_data[position / 3] - 0x4E00) >> (position % 3 * 5)) & 31;
    }

    internal static class CorpusResources
    {
        // Article text travels as an embedded resource named CorpusGen/<file name> (CorpusGen.targets
        // adds one per article), read and decoded the way the compiler read the file, so offsets
        // computed at build time hold.
        internal static string Load(global::System.Reflection.Assembly assembly, string fileName, int expectedLength, string articleId)
        {
            var stream = assembly.GetManifestResourceStream("CorpusGen/" + fileName);
            if (stream is null)
            {
                throw new global::System.InvalidOperationException(
                    "The text of article '" + articleId + "' is not embedded in " + assembly.GetName().Name
                    + " as the resource 'CorpusGen/" + fileName + "'. CorpusGen.targets embeds every <CorpusArticle> item so.");
            }
            using (stream)
            using (var reader = new global::System.IO.StreamReader(stream, global::System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                var text = reader.ReadToEnd();
                if (text.Length != expectedLength)
                {
                    throw new global::System.InvalidOperationException("The embedded text of article '" + articleId + "' does not match the text the corpus was generated from.");
                }
                return text;
            }
        }
    }
}
""";
    }
}
