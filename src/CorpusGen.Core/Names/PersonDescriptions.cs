using System;
using System.Linq;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Names
{
    /// <summary>
    /// Second references by nationality and office: "the Russian leader", "the North Korean foreign
    /// minister", "Russia's top diplomat". News names a person once with a title ("Russian President
    /// Vladimir Putin", "Kim Jong Un, the North Korean leader,") and goes on with the description
    /// alone; the description is that person when exactly one person named before it was introduced
    /// with the same nationality and a matching office. Found for the events stage only: a description
    /// is not a name, so it is neither an article's mention nor an unresolved name.
    /// </summary>
    public sealed class PersonDescriptions
    {
        // The words of an office, as they stand before a name or in a description. An office is kept as
        // a mask over this list and the index of its last noun, so that reading one allocates nothing.
        private static readonly string[] OfficeWords =
        {
            "leader", "president", "premier", "chancellor", "chairman", "king", "prime", "minister", "foreign", "defense", "defence",
            "diplomat", "top", "envoy", "ambassador", "spokesman", "spokeswoman", "supreme", "state", "secretary", "of", "general",
            "crown", "prince", "emir", "sultan", "taoiseach",
        };

        private static readonly int Leader = Array.IndexOf(OfficeWords, "leader");
        private static readonly int Diplomat = Array.IndexOf(OfficeWords, "diplomat");
        private static readonly int Top = Array.IndexOf(OfficeWords, "top");
        private static readonly int Secretary = Array.IndexOf(OfficeWords, "secretary");
        private static readonly int Of = Array.IndexOf(OfficeWords, "of");
        private static readonly int State = Array.IndexOf(OfficeWords, "state");

        // Offices that lead a country: "the Russian leader" is whoever was introduced with one of these.
        private static readonly int LeaderOffices = Mask("leader", "president", "premier", "chancellor", "chairman", "king", "emir", "sultan", "taoiseach");
        private static readonly int PrimeMinister = Mask("prime", "minister");
        private static readonly int ForeignMinister = Mask("foreign", "minister");
        private static readonly int SecretaryOfState = Mask("secretary", "of", "state");
        private static readonly int ForeignSecretary = Mask("foreign", "secretary");
        private static readonly int Defence = Mask("defense", "defence");

        // Words that qualify an office's noun and do not end an office: "foreign" in "foreign minister".
        private static readonly int Modifiers = Mask("foreign", "defense", "defence", "prime", "top", "of", "supreme", "state", "crown");

        // Nationality adjectives and the countries they name, index for index: "Russian" and "Russia's"
        // are both country 0. A compass word makes another nationality: "North Korean" is not "Korean".
        private static readonly string[] Adjectives =
        {
            "russian", "korean", "chinese", "japanese", "ukrainian", "american", "iranian", "israeli", "indian", "turkish",
            "german", "french", "british", "belarusian", "mongolian", "vietnamese", "syrian", "iraqi", "egyptian", "saudi",
            "palestinian", "polish", "italian", "canadian", "australian",
            // Leaders of the rest of the world are introduced and described the same way ("Argentine
            // President Javier Milei", "the Philippine leader").
            "argentine", "brazilian", "mexican", "spanish", "indonesian", "malaysian", "philippine", "singaporean", "thai",
            "pakistani", "afghan", "kazakh", "uzbek", "tajik", "kyrgyz", "turkmen", "azerbaijani", "armenian", "georgian",
            "qatari", "emirati", "jordanian", "lebanese", "omani", "kuwaiti", "bahraini", "yemeni", "libyan", "tunisian",
            "algerian", "moroccan", "sudanese", "cuban", "venezuelan", "chilean", "colombian", "peruvian", "nigerian", "african",
            "kenyan", "ethiopian", "hungarian", "serbian", "greek", "dutch", "swedish", "finnish", "norwegian", "danish",
            "austrian", "swiss", "czech", "slovak", "croatian", "slovenian", "romanian", "bulgarian", "moldovan", "lithuanian",
            "latvian", "estonian", "portuguese", "irish", "belgian", "bangladeshi", "nepalese", "cambodian", "laotian", "burmese",
            "bruneian",
            "uruguayan", "paraguayan", "bolivian", "ecuadorian", "panamanian", "guatemalan", "honduran", "nicaraguan", "haitian",
            "jamaican", "bhutanese", "maldivian", "taiwanese", "cypriot", "maltese", "albanian", "bosnian", "montenegrin",
            "icelandic", "ghanaian", "senegalese", "ivorian", "malian", "tanzanian", "ugandan", "rwandan", "zambian",
            "zimbabwean", "angolan", "mozambican", "namibian", "congolese", "cameroonian", "somali", "eritrean", "fijian",
        };

        private static readonly string[] Countries =
        {
            "russia", "korea", "china", "japan", "ukraine", "america", "iran", "israel", "india", "turkey", "germany", "france",
            "britain", "belarus", "mongolia", "vietnam", "syria", "iraq", "egypt", "saudi arabia", "palestine", "poland", "italy",
            "canada", "australia",
            "argentina", "brazil", "mexico", "spain", "indonesia", "malaysia", "philippines", "singapore", "thailand", "pakistan",
            "afghanistan", "kazakhstan", "uzbekistan", "tajikistan", "kyrgyzstan", "turkmenistan", "azerbaijan", "armenia",
            "georgia", "qatar", "united arab emirates", "jordan", "lebanon", "oman", "kuwait", "bahrain", "yemen", "libya",
            "tunisia", "algeria", "morocco", "sudan", "cuba", "venezuela", "chile", "colombia", "peru", "nigeria", "africa",
            "kenya", "ethiopia", "hungary", "serbia", "greece", "netherlands", "sweden", "finland", "norway", "denmark",
            "austria", "switzerland", "czech republic", "slovakia", "croatia", "slovenia", "romania", "bulgaria", "moldova",
            "lithuania", "latvia", "estonia", "portugal", "ireland", "belgium", "bangladesh", "nepal", "cambodia", "laos",
            "myanmar", "brunei",
            "uruguay", "paraguay", "bolivia", "ecuador", "panama", "guatemala", "honduras", "nicaragua", "haiti",
            "jamaica", "bhutan", "maldives", "taiwan", "cyprus", "malta", "albania", "bosnia", "montenegro",
            "iceland", "ghana", "senegal", "ivory coast", "mali", "tanzania", "uganda", "rwanda", "zambia",
            "zimbabwe", "angola", "mozambique", "namibia", "congo", "cameroon", "somalia", "eritrea", "fiji",
        };

        /// <summary>The nationality adjectives the descriptions know ("russian", "argentine"): none is a name.</summary>
        internal static IReadOnlyList<string> NationalityAdjectives => Adjectives;

        // The two tables grouped by length and first letter: asked before every name a title precedes.
        private const int LongestTableWord = 24;
        private static readonly int[][] AdjectivesByShape = ShapedIndexes(Adjectives);
        private static readonly int[][] CountriesByShape = ShapedIndexes(Countries);

        private static int[][] ShapedIndexes(string[] words)
            => TextWords.ByLengthAndInitial(Enumerable.Range(0, words.Length), k => (words[k].Length, words[k][0]), LongestTableWord);

        // Country names the table above does not hold, and the country they are: "American" is the United States.
        private static readonly (string Name, string Country)[] OtherCountryNames =
        {
            ("united states", "america"), ("united states of america", "america"), ("united kingdom", "britain"), ("turkiye", "turkey"),
            ("russian federation", "russia"), ("dprk", "north korea"), ("democratic people's republic of korea", "north korea"),
            ("republic of korea", "south korea"), ("people's republic of china", "china"), ("uae", "united arab emirates"), ("czechia", "czech republic"),
            ("burma", "myanmar"), ("kyrgyz republic", "kyrgyzstan"), ("holland", "netherlands"),
            ("côte d'ivoire", "ivory coast"), ("cote d'ivoire", "ivory coast"), ("bosnia and herzegovina", "bosnia"),
        };

        // The same names as a catalog name's match key ("people 's": the tokenizer splits the possessive).
        private static readonly (string Key, string Country)[] OtherCountryKeys = Array.ConvertAll(OtherCountryNames, o => (NameNormalizer.MatchKey(o.Name), o.Country));

        private static readonly string[] Compass = { "north", "south" };

        // What a country's people make as a group, after their nationality: "a Russian delegation",
        // "North Korean officials", "the Chinese side". Words before the nationality that may open such a group.
        private static readonly string[] GroupNouns =
        {
            "delegation", "delegations", "officials", "counterparts", "diplomats", "envoys", "side", "team", "leadership", "government",
            "authorities", "lawmakers", "leaders",
        };

        private static readonly string[] GroupOpeners = { "with", "by", "a", "an", "the", "visiting", "senior", "top" };

        // Words that make a group no side of its state: "Japanese business leaders", "South Korean
        // opposition lawmakers", "Russian student delegations".
        private static readonly string[] NonStateGroupWords =
        {
            "business", "businesses", "industry", "corporate", "company", "companies", "financial", "opposition", "religious",
            "community", "civic", "student", "students", "youth", "media", "academic", "sports", "cultural",
        };

        private static readonly string[] Former = { "former" };

        [MethodImpl(Jit.Optimized)]
        private static int Mask(params string[] words)
        {
            var mask = 0;
            foreach (var word in words) mask |= 1 << Array.IndexOf(OfficeWords, word);
            return mask;
        }

        private readonly string _text;

        private readonly IReadOnlyList<MentionSpec> _mentions;

        private readonly IReadOnlyDictionary<string, EntitySpec> _entities;

        private readonly List<Introduction> _introduced;

        private PersonDescriptions(string text, IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> entities, List<Introduction> introduced)
            => (_text, _mentions, _entities, _introduced) = (text, mentions, entities, introduced);

        /// <summary>
        /// The persons of an article introduced with a nationality and an office, ready to resolve
        /// descriptions of them; null when the article introduces none (most of the work is then skipped).
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static PersonDescriptions? Introduced(string text, IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> entities, CatalogTitles catalogTitles)
        {
            List<Introduction>? introduced = null;
            foreach (var mention in mentions)
            {
                // The text first, the catalog (a lookup by id) only for a name that has a title. A
                // person named without one ("Vladimir Putin and Kim Jong Un signed ...") is introduced
                // by the catalog's description of them ("President of Russia"), where it gives one.
                var title = TitleBefore(text, mention.Span.Start) ?? AppositionAfter(text, mention.Span.End) ?? catalogTitles.Of(mention.EntityId);
                if (title is not { } t || !entities.TryGetValue(mention.EntityId, out var entity) || entity.Kind != EntityKind.Person) continue;
                // Each person, nationality and office once, at its first place: descriptions compare
                // with every introduction, and an article may repeat one a thousand times.
                if (!IsIntroduced(introduced, entity, t)) (introduced ??= new List<Introduction>()).Add(new Introduction(entity, mention.Span.Start, t.Nationality, t.Office));
                // "President Vladimir Putin" tells no country: the catalog's "President of Russia" may.
                if (t.Nationality == NoNationality && catalogTitles.Of(mention.EntityId) is { } described && !IsIntroduced(introduced, entity, described))
                {
                    introduced!.Add(new Introduction(entity, mention.Span.Start, described.Nationality, described.Office));
                }
            }
            return introduced is null ? null : new PersonDescriptions(text, mentions, entities, introduced);
        }

        // A loop, not List.Exists with a lambda: the lambda's captures were allocated for every
        // mention of the article, titled or not (6% of the extraction's garbage).
        private static bool IsIntroduced(List<Introduction>? introduced, EntitySpec person, (int Nationality, Office Office) title)
        {
            if (introduced is null) return false;
            foreach (var introduction in introduced)
            {
                if (ReferenceEquals(introduction.Person, person) && introduction.Nationality == title.Nationality && introduction.Office == title.Office) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="personId"/> was introduced with an office that leads a country
        /// ("Chinese Premier Li Qiang", "Prime Minister Anwar"): no one of "the two ministers".
        /// </summary>
        public bool IntroducedAsLeader(string personId)
        {
            foreach (var introduction in _introduced)
            {
                var office = introduction.Office.Words;
                if (introduction.Person.Id == personId && ((office & LeaderOffices) != 0 || (office & PrimeMinister) == PrimeMinister)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="personId"/> was introduced (in the text or by the catalog) with the
        /// nationality of <paramref name="countryId"/>: "Russian President Vladimir Putin" and Russia.
        /// </summary>
        public bool IsOfCountry(string personId, string countryId, IReadOnlyDictionary<int, string> countries)
        {
            foreach (var introduction in _introduced)
            {
                if (introduction.Person.Id == personId && countries.TryGetValue(introduction.Nationality, out var country) && country == countryId) return true;
            }
            return false;
        }

        /// <summary>
        /// Adds to <paramref name="mentions"/> (a sentence's, in text order) a mention for every
        /// description in [<paramref name="start"/>, <paramref name="end"/>) that tells one person,
        /// spanning the description without its article ("Russian leader"). Only sentences the events
        /// stage reads for a date are given: scanning every sentence cost a tenth of the extraction.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public void AddWithin(int start, int end, List<MentionSpec> mentions)
        {
            var text = _text;
            var count = mentions.Count;
            for (var i = start; i + 5 < end; i++)
            {
                var c = text[i];
                if ((c != 't' && c != 'T' && c != 'h') || text[i + 3] != ' ' || (i > start && char.IsLetter(text[i - 1]))) continue;
                var the = c != 'h' && text[i + 1] == 'h' && text[i + 2] == 'e';
                if (!char.IsUpper(text[i + 4]))
                {
                    // "the top US diplomat": "top" before the nationality.
                    if (the && IsTopBeforeACapital(text, i + 4) && ReadDescription(text, i + 8) is { } top) Resolve(top with { Start = i + 4 }, i, mentions);
                    // "The prime minister arrived in the Ukrainian capital": an office alone.
                    else if (the && char.IsLower(text[i + 4]) && ReadBareOffice(text, i + 3) is { } bare) Resolve(bare, i, mentions);
                    continue;
                }
                if (the)
                {
                    if ((ReadDescription(text, i + 4) ?? ReadOfficeOfCountry(text, i + 3, mentions, count) ?? ReadBareOffice(text, i + 3)) is { } description) Resolve(description, i, mentions);
                }
                else if (c == 'h' && ((text[i + 1] == 'i' && text[i + 2] == 's') || (text[i + 1] == 'e' && text[i + 2] == 'r')))
                {
                    // "Lavrov met his North Korean counterpart": the person of that nationality
                    // introduced with the office of the one named last before it.
                    if (ReadCounterpart(text, i + 4) is { } counterpart && OfficeOfLastNamed(i) is { } office)
                    {
                        Resolve(new Description(i + 4, counterpart.End, counterpart.Nationality, office), i, mentions);
                    }
                }
            }
            // "Russia's top diplomat arrived ...": a country's possessive opens a description too.
            for (var m = 0; m < count; m++)
            {
                var mention = mentions[m];
                if (!IsPossessiveAt(text, mention.Span.End) || !_entities.TryGetValue(mention.EntityId, out var country) || country.Kind != EntityKind.Country) continue;
                // "the North's leader": the compass word alone stands for the country it names.
                var nationality = NationalityOfCountry(text, mention.Span.Start, mention.Span.End);
                if (nationality < 0) nationality = NationalityOfCountry(country.Name, 0, country.Name.Length);
                if (nationality >= 0 && ReadOffice(text, mention.Span.End + 2) is { } office)
                {
                    Resolve(new Description(mention.Span.Start, office.End, nationality, office.Office), mention.Span.Start, mentions);
                }
            }
            if (mentions.Count > count) mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        /// <summary>The words of an office: a mask over <see cref="OfficeWords"/>, and the index of its last noun.</summary>
        internal readonly record struct Office(int Words, int Head);

        /// <summary>A person named with a nationality (a country's index, see <see cref="Nationality"/>) and an office, at <paramref name="At"/>.</summary>
        private readonly record struct Introduction(EntitySpec Person, int At, int Nationality, Office Office);

        /// <summary>A description found in [<paramref name="Start"/>, <paramref name="End"/>).</summary>
        private readonly record struct Description(int Start, int End, int Nationality, Office Office);

        // The nationality of a description that names none ("the prime minister"): whoever alone was
        // introduced with the office is meant, of whatever country.
        private const int AnyNationality = int.MinValue;

        // The nationality of a person introduced by an office alone ("Prime Minister Rishi Sunak"):
        // no description with a nationality is them.
        private const int NoNationality = int.MinValue + 1;

        // Words before an office that make it another: "Vice President", "former Prime Minister".
        private static readonly string[] NotTheOffice = { "vice", "deputy", "former", "acting", "assistant", "ex", "then", "outgoing", "incoming", "interim", "first" };

        // "the prime minister arrived", "The President said": from the blank after "the", an office
        // with no nationality. Not one of another body ("the president of the World Bank"), nor
        // another office ("the president-elect").
        [MethodImpl(Jit.Optimized)]
        private static Description? ReadBareOffice(string text, int blank)
        {
            if (ReadOffice(text, blank) is not { } office) return null;
            var end = office.End;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) return null;
            var next = SkipBlanks(text, end, text.Length);
            if (next + 2 < text.Length && text[next] == 'o' && text[next + 1] == 'f' && !char.IsLetter(text[next + 2])) return null;
            return new Description(blank + 1, end, AnyNationality, office.Office);
        }

        // A country's index, moved by a compass word: "Korean" is 1, "North Korean" 1 + 1000, "South Korean" 1 + 2000.
        [MethodImpl(Jit.Inlined)]
        private static int Nationality(int country, int compass) => country + 1000 * (compass + 1);

        // The one person introduced before position with the description's nationality and a
        // fitting office, added as a mention there; nobody when none or two are.
        [MethodImpl(Jit.Optimized)]
        private void Resolve(Description description, int position, List<MentionSpec> mentions)
        {
            EntitySpec? person = null;
            foreach (var introduction in _introduced)
            {
                if (introduction.At >= position || (description.Nationality != AnyNationality && introduction.Nationality != description.Nationality) || !Fits(description.Office, introduction)) continue;
                if (person is not null && !ReferenceEquals(person, introduction.Person)) return;
                person = introduction.Person;
            }
            if (person is null) return;
            // No surface: the events stage reads mentions by their spans only.
            mentions.Add(new MentionSpec(person.Id, string.Empty, new SourceSpan(description.Start, description.End - description.Start, 0, 0)));
        }

        // Whether a description's office fits the one a person was introduced with: "leader" any
        // office that heads a country, "top diplomat" a foreign minister, others their own words.
        [MethodImpl(Jit.Optimized)]
        private static bool Fits(Office described, Introduction introduction)
        {
            var introduced = introduction.Office.Words;
            if (described.Head == Leader)
            {
                return introduction.Person.IsLeader || (introduced & LeaderOffices) != 0 || (introduced & PrimeMinister) == PrimeMinister;
            }
            if (described.Head == Diplomat)
            {
                return (introduced & (1 << Diplomat)) != 0 || (introduced & ForeignMinister) == ForeignMinister
                       || (introduced & SecretaryOfState) == SecretaryOfState || (introduced & ForeignSecretary) == ForeignSecretary;
            }
            var needed = described.Words & ~(1 << Top);
            // "defence" and "defense" are one word.
            if ((needed & Defence) != 0 && (introduced & Defence) != 0) needed &= ~Defence;
            return (needed & ~introduced) == 0;
        }

        /// <summary>
        /// The nationality and office each person's catalog description gives: "President of Russia",
        /// "Foreign Minister of North Korea", "North Korean leader". Read once per catalog.
        /// </summary>
        public sealed class CatalogTitles
        {
            private readonly Dictionary<string, (int Nationality, Office Office)> _byId;

            private CatalogTitles(Dictionary<string, (int Nationality, Office Office)> byId) => _byId = byId;

            /// <summary>A catalog whose descriptions give no titles.</summary>
            public static CatalogTitles None { get; } = new CatalogTitles(new Dictionary<string, (int, Office)>(StringComparer.Ordinal));

            /// <summary>The titles the descriptions of <paramref name="entities"/>' persons give.</summary>
            public static CatalogTitles Of(IEnumerable<EntitySpec> entities)
            {
                var byId = new Dictionary<string, (int, Office)>(StringComparer.Ordinal);
                foreach (var entity in entities)
                {
                    if (entity.Kind == EntityKind.Person && entity.Description is { } description && TitleOf(description) is { } title) byId[entity.Id] = title;
                }
                return byId.Count == 0 ? None : new CatalogTitles(byId);
            }

            [MethodImpl(Jit.Optimized)]
            internal (int Nationality, Office Office)? Of(string id) => _byId.Count > 0 && _byId.TryGetValue(id, out var title) ? title : null;

            // "<office> of <country>", at whichever " of " both sides read ("Secretary of State of the
            // United States", "Supreme Leader of the Democratic People's Republic of Korea"), or a
            // description as the text would write it: "North Korean leader".
            private static (int Nationality, Office Office)? TitleOf(string description)
            {
                for (var of = description.IndexOf(" of ", StringComparison.OrdinalIgnoreCase); of >= 0; of = description.IndexOf(" of ", of + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var words = " " + description.Substring(0, of);
                    var country = CountryKey(description.Substring(of + 4));
                    var nationality = NationalityOfCountry(country, 0, country.Length);
                    if (nationality >= 0 && ReadOffice(words, 0) is { } office && AllOfficeWords(words)) return (nationality, office.Office);
                }
                return ReadDescription(description, 0) is { } d && d.End == description.Length ? (d.Nationality, d.Office) : null;
            }

            // " Secretary of State": every word one of an office (the office itself ends at its noun).
            private static bool AllOfficeWords(string words)
            {
                for (var i = 0; i < words.Length; i++)
                {
                    if (words[i] == ' ') continue;
                    var end = WordEnd(words, i);
                    if (end == i || IndexOf(words, i, end, OfficeWords) < 0) return false;
                    i = end;
                }
                return true;
            }
        }

        // A country's name as the nationality tables key it: "the United States" is "america".
        private static string CountryKey(string name)
        {
            var key = NameNormalizer.MatchKey(name);
            if (key.StartsWith("the ", StringComparison.Ordinal)) key = key.Substring(4);
            foreach (var (other, country) in OtherCountryKeys)
            {
                if (key == other) return country;
            }
            return key;
        }

        /// <summary>
        /// The catalog's countries by the nationality their names give ("Russia", "North Korea",
        /// "United States"), for groups described by nationality; a nationality two countries give is left out.
        /// </summary>
        public static IReadOnlyDictionary<int, string> CountriesByNationality(IEnumerable<EntitySpec> entities)
        {
            var countries = new Dictionary<int, string>();
            var shared = new HashSet<int>();
            foreach (var entity in entities)
            {
                if (entity.Kind != EntityKind.Country) continue;
                foreach (var name in entity.AllNames)
                {
                    var key = CountryKey(name);
                    var nationality = NationalityOfCountry(key, 0, key.Length);
                    if (nationality < 0) continue;
                    if (countries.TryGetValue(nationality, out var id) && id != entity.Id) shared.Add(nationality);
                    else countries[nationality] = entity.Id;
                }
            }
            foreach (var nationality in shared) countries.Remove(nationality);
            return countries;
        }

        /// <summary>
        /// The country whose people the words from <paramref name="start"/> describe as a group ("with a
        /// visiting Russian military delegation", "North Korean officials"), as its catalog id, or null.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static string? GroupCountryAt(string text, int start, int end, IReadOnlyDictionary<int, string> countries)
        {
            var i = SkipBlanks(text, start, end);
            for (var words = 0; words < 3 && i < end; words++)
            {
                var wordEnd = WordEnd(text, i);
                if (IndexOf(text, i, wordEnd, GroupOpeners) < 0) break;
                i = SkipBlanks(text, wordEnd, end);
            }
            if (i >= end || !char.IsUpper(text[i])) return null;
            var nationality = ReadNationality(text, i, out var j);
            if (nationality < 0 || !countries.TryGetValue(nationality, out var country)) return null;
            return GroupNounFollows(text, j, end) ? country : null;
        }

        /// <summary>
        /// The two countries whose people the words from <paramref name="start"/> describe as two
        /// groups joined by "and" ("Ukrainian and Russian delegations"), as catalog ids, or null.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static (string First, string Second)? JoinedGroupCountriesAt(string text, int start, int end, IReadOnlyDictionary<int, string> countries)
        {
            var i = SkipBlanks(text, start, end);
            if (i >= end || !char.IsUpper(text[i])) return null;
            var nationality = ReadNationality(text, i, out var j);
            if (nationality < 0 || !countries.TryGetValue(nationality, out var first)) return null;
            if (j + 5 >= end || string.CompareOrdinal(text, j, " and ", 0, 5) != 0 || !char.IsUpper(text[j + 5])) return null;
            nationality = ReadNationality(text, j + 5, out j);
            if (nationality < 0 || !countries.TryGetValue(nationality, out var second) || second == first) return null;
            return GroupNounFollows(text, j, end) ? (first, second) : null;
        }

        // Whether a group's noun ("delegation", "officials") follows j, up to two words between
        // ("military", "high-level"), none a name nor one of NonStateGroupWords.
        [MethodImpl(Jit.Optimized)]
        private static bool GroupNounFollows(string text, int j, int end)
        {
            for (var words = 0; words < 3; words++)
            {
                if (j >= end || text[j] != ' ') return false;
                var wordStart = j + 1;
                var wordEnd = wordStart;
                while (wordEnd < end && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd > wordStart))) wordEnd++;
                if (wordEnd == wordStart || char.IsUpper(text[wordStart]) || IndexOf(text, wordStart, wordEnd, NonStateGroupWords) >= 0) return false;
                if (IndexOf(text, wordStart, wordEnd, GroupNouns) >= 0) return true;
                j = wordEnd;
            }
            return false;
        }

        /// <summary>
        /// The country whose capital the words from <paramref name="start"/> name ("the Chinese
        /// capital", "the North Korean capital"), as its catalog id, or null: the catalog knows
        /// countries, not which city is whose capital. <paramref name="phraseEnd"/> is where the words end.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static string? CapitalOfCountryAt(string text, int start, int end, IReadOnlyDictionary<int, string> countries, out int phraseEnd)
        {
            phraseEnd = -1;
            var i = SkipBlanks(text, start, end);
            if (i + 4 > end || string.CompareOrdinal(text, i, "the ", 0, 4) != 0) return null;
            i += 4;
            if (i >= end || !char.IsUpper(text[i])) return null;
            var nationality = ReadNationality(text, i, out var j);
            if (nationality < 0 || !countries.TryGetValue(nationality, out var country) || j + 8 > end) return null;
            if (string.CompareOrdinal(text, j, " capital", 0, 8) != 0 || (j + 8 < end && char.IsLetter(text[j + 8]))) return null;
            phraseEnd = j + 8;
            return country;
        }

        [MethodImpl(Jit.Optimized)]
        private static int SkipBlanks(string text, int i, int end)
        {
            while (i < end && text[i] == ' ') i++;
            return i;
        }

        // The nationality a country's name at [start, end) gives ("Russia", "North Korea"), or -1.
        [MethodImpl(Jit.Optimized)]
        private static int NationalityOfCountry(string text, int start, int end)
        {
            var first = WordEnd(text, start);
            var compass = IndexOf(text, start, first, Compass);
            if (compass >= 0)
            {
                var country = first + 1 < end ? IndexOf(text, first + 1, end, Countries, CountriesByShape) : -1;
                return country >= 0 ? Nationality(country, compass) : -1;
            }
            var alone = IndexOf(text, start, end, Countries, CountriesByShape);
            return alone >= 0 ? Nationality(alone, -1) : -1;
        }

        // "Russian President" before "Vladimir Putin", "North Korea's leader" before "Kim Jong Un":
        // a nationality, then words of an office, then the name. Not "former Russian President".
        [MethodImpl(Jit.Optimized)]
        private static (int Nationality, Office Office)? TitleBefore(string text, int nameStart)
        {
            int words = 0, head = -1;
            var i = nameStart;
            while (true)
            {
                var (start, end) = WordBefore(text, i);
                // The office opens the sentence or follows punctuation: "-- Taoiseach Leo Varadkar".
                if (start == end) return head < 0 ? null : (NoNationality, new Office(words, head));
                var word = IndexOf(text, start, end, OfficeWords);
                if (word >= 0)
                {
                    words |= 1 << word;
                    if (head < 0 && (Modifiers & (1 << word)) == 0) head = word;
                    i = start;
                    continue;
                }
                if (head < 0) return words == 0 ? OfficeOfCountryBefore(text, start, end) : null;
                var nationality = NationalityEndingAt(text, start, end, out var opening);
                // "Prime Minister Rishi Sunak", "Taoiseach Leo Varadkar": an office of no country the
                // text names, which only "the prime minister" describes. Not "Vice President Han Zheng".
                if (nationality < 0) return IndexOf(text, start, end, NotTheOffice) < 0 ? (NoNationality, new Office(words, head)) : null;
                var (formerStart, formerEnd) = WordBefore(text, opening);
                return IndexOf(text, formerStart, formerEnd, Former) < 0 ? (nationality, new Office(words, head)) : null;
            }
        }

        // "President of Russia" before "Vladimir Putin" (BelTA, the Kremlin), "President of the Russian
        // Federation", "Foreign Minister of North Korea": an office, "of", then the country, whose last
        // word is at [start, end).
        [MethodImpl(Jit.Optimized)]
        private static (int Nationality, Office Office)? OfficeOfCountryBefore(string text, int start, int end)
        {
            // Asked before every name a word without a title precedes ("met Vladimir Putin"): a
            // country's name has a capital.
            if (end == start || !char.IsUpper(text[start])) return null;
            var (before, _) = WordBefore(text, start);
            int countryStart = start, nationality = NationalityOfCountry(text, start, end);
            if (nationality < 0 && before < start && char.IsUpper(text[before]))
            {
                // Two words: "North Korea", "Russian Federation".
                countryStart = before;
                nationality = NationalityOfCountry(text, before, end);
                if (nationality < 0 && CountryKey(text.Substring(before, end - before)) is var key && IndexOf(key, 0, key.Length, Countries, CountriesByShape) is var country and >= 0) nationality = Nationality(country, -1);
            }
            if (nationality < 0) return null;
            var (ofStart, ofEnd) = WordBefore(text, countryStart);
            if (ofEnd - ofStart == 3 && PatternText.Matches(text, ofStart, ofEnd, "the")) (ofStart, ofEnd) = WordBefore(text, ofStart);
            if (ofEnd - ofStart != 2 || !PatternText.Matches(text, ofStart, ofEnd, "of")) return null;
            int words = 0, head = -1;
            for (var i = ofStart; ;)
            {
                var (wordStart, wordEnd) = WordBefore(text, i);
                var word = IndexOf(text, wordStart, wordEnd, OfficeWords);
                if (word < 0) break;
                words |= 1 << word;
                if (head < 0 && (Modifiers & (1 << word)) == 0) head = word; // "Foreign Minister": the noun is the last word
                i = wordStart;
            }
            return head < 0 ? null : (nationality, new Office(words, head));
        }

        // "Kim Jong Un, the North Korean leader," after the name.
        [MethodImpl(Jit.Optimized)]
        private static (int Nationality, Office Office)? AppositionAfter(string text, int nameEnd)
        {
            var i = nameEnd;
            if (i + 6 >= text.Length || text[i] != ',' || text[i + 1] != ' ' || !PatternText.Matches(text, i + 2, text.Length, "the ")) return null;
            return ReadDescription(text, i + 6) is { } d ? (d.Nationality, d.Office) : null;
        }

        // A description from start: a nationality ("Russian", "North Korean"), words of an office
        // ending in a noun, and no name after it ("the Russian President Vladimir Putin" is a name).
        // "the Russian leader's visit" is the leader's.
        [MethodImpl(Jit.Optimized)]
        private static bool IsTopBeforeACapital(string text, int start)
            => start + 4 < text.Length && text[start] == 't' && text[start + 1] == 'o' && text[start + 2] == 'p' && text[start + 3] == ' ' && char.IsUpper(text[start + 4]);

        [MethodImpl(Jit.Optimized)]
        private static Description? ReadDescription(string text, int start)
        {
            var nationality = ReadNationality(text, start, out var end);
            return nationality >= 0 && ReadOffice(text, end) is { } office ? new Description(start, office.End, nationality, office.Office) : null;
        }

        // "the President of Russia", "the Foreign Minister of the DPRK": from the blank before an
        // office, the office, "of", and a country the sentence's first count mentions name right there.
        [MethodImpl(Jit.Optimized)]
        private Description? ReadOfficeOfCountry(string text, int blank, List<MentionSpec> mentions, int count)
        {
            if (ReadOffice(text, blank) is not { } office) return null;
            var of = SkipBlanks(text, office.End, text.Length);
            if (of + 3 >= text.Length || text[of] != 'o' || text[of + 1] != 'f' || text[of + 2] != ' ') return null;
            var country = SkipBlanks(text, of + 2, text.Length);
            if (country + 4 < text.Length && string.CompareOrdinal(text, country, "the ", 0, 4) == 0) country += 4;
            for (var m = 0; m < count; m++)
            {
                var mention = mentions[m];
                if (mention.Span.Start != country || !_entities.TryGetValue(mention.EntityId, out var entity) || entity.Kind != EntityKind.Country) continue;
                var nationality = NationalityOfCountry(text, mention.Span.Start, mention.Span.End);
                return nationality >= 0 ? new Description(blank + 1, mention.Span.End, nationality, office.Office) : null;
            }
            return null;
        }

        // A nationality adjective from start, with a compass word before it ("Russian", "North
        // Korean"), and where it ends; or -1.
        [MethodImpl(Jit.Optimized)]
        private static int ReadNationality(string text, int start, out int end)
        {
            end = WordEnd(text, start);
            // "a visiting U.S. congressional delegation", "US officials", "UK ministers": the
            // abbreviations stand for the adjective, in capitals only ("us" is a pronoun).
            if (Abbreviation(text, start, ref end) is { } adjective) return Nationality(Array.IndexOf(Adjectives, adjective), -1);
            var compass = IndexOf(text, start, end, Compass);
            var adjectiveStart = start;
            if (compass >= 0)
            {
                if (end >= text.Length || text[end] != ' ') return -1;
                adjectiveStart = end + 1;
                end = WordEnd(text, adjectiveStart);
            }
            var country = IndexOf(text, adjectiveStart, end, Adjectives, AdjectivesByShape);
            return country < 0 ? -1 : Nationality(country, compass);
        }

        // The nationality adjective "US", "U.S." or "UK" at start stands for, with end moved past it; or null.
        [MethodImpl(Jit.Optimized)]
        private static string? Abbreviation(string text, int start, ref int end)
        {
            if (end - start == 2 && text[start] == 'U' && text[start + 1] is 'S' or 'K') return text[start + 1] == 'S' ? "american" : "british";
            if (end - start != 1 || text[start] != 'U' || end + 2 >= text.Length || text[end] != '.' || text[end + 1] is not ('S' or 'K') || text[end + 2] != '.') return null;
            var adjective = text[end + 1] == 'S' ? "american" : "british";
            end += 3;
            return adjective;
        }

        // "North Korean counterpart" from start, with no name after it: the nationality, and where it ends.
        [MethodImpl(Jit.Optimized)]
        private static (int End, int Nationality)? ReadCounterpart(string text, int start)
        {
            var nationality = ReadNationality(text, start, out var end);
            if (nationality < 0 || end >= text.Length || text[end] != ' ') return null;
            var nounEnd = WordEnd(text, end + 1);
            if (IndexOf(text, end + 1, nounEnd, Counterpart) < 0) return null;
            var next = SkipBlanks(text, nounEnd, text.Length);
            return next < text.Length && char.IsUpper(text[next]) ? null : (nounEnd, nationality);
        }

        private static readonly string[] Counterpart = { "counterpart" };

        // The office the person named last before position was introduced with ("Lavrov" in "Lavrov
        // met his North Korean counterpart", introduced as Russia's foreign minister).
        [MethodImpl(Jit.Optimized)]
        private Office? OfficeOfLastNamed(int position)
        {
            // The mentions are in text order: find the last before position, then go back to the
            // first one introduced.
            int low = 0, high = _mentions.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) >> 1;
                if (_mentions[middle].Span.Start < position) low = middle + 1;
                else high = middle - 1;
            }
            for (var m = low - 1; m >= 0; m--)
            {
                foreach (var introduction in _introduced)
                {
                    if (introduction.Person.Id == _mentions[m].EntityId) return introduction.Office;
                }
            }
            return null;
        }

        // The words of an office from after (a blank before each), ending in a noun and with no name
        // after them; where the last noun ends.
        [MethodImpl(Jit.Optimized)]
        private static (int End, Office Office)? ReadOffice(string text, int after)
        {
            int words = 0, wordsToNoun = 0, head = -1, nounEnd = -1, previous = -1;
            var officeEnd = after;
            while (officeEnd < text.Length && text[officeEnd] == ' ')
            {
                var wordEnd = WordEnd(text, officeEnd + 1);
                var word = IndexOf(text, officeEnd + 1, wordEnd, OfficeWords);
                if (word < 0) break;
                words |= 1 << word;
                officeEnd = wordEnd;
                if ((Modifiers & (1 << word)) == 0) (wordsToNoun, head, nounEnd) = (words, word, wordEnd);
                // "secretary of state" is one office, the American foreign minister's.
                else if (word == State && previous == Of && head == Secretary) (wordsToNoun, nounEnd) = (words, wordEnd);
                previous = word;
                if (IsPossessiveAt(text, officeEnd)) break;
            }
            // The office ends in a noun ("leader", "minister"): "the Russian foreign ministry" is none,
            // and "the Russian leader of" ends at "leader".
            if (head < 0) return null;
            var next = SkipBlanks(text, IsPossessiveAt(text, nounEnd) ? nounEnd + 2 : nounEnd, text.Length);
            if (next < text.Length && char.IsUpper(text[next])) return null;
            return (nounEnd, new Office(wordsToNoun, head));
        }

        // The nationality the word at [start, end) gives, with the compass word before it ("North
        // Korean", "North Korea's"), or -1; opening is where it starts.
        [MethodImpl(Jit.Optimized)]
        private static int NationalityEndingAt(string text, int start, int end, out int opening)
        {
            opening = start;
            // "US Secretary of State Antony Blinken", "UK Foreign Secretary".
            var abbreviationEnd = end;
            if (Abbreviation(text, start, ref abbreviationEnd) is { } adjective && abbreviationEnd == end) return Nationality(Array.IndexOf(Adjectives, adjective), -1);
            var country = IsPossessiveAt(text, end - 2) ? IndexOf(text, start, end - 2, Countries, CountriesByShape) : IndexOf(text, start, end, Adjectives, AdjectivesByShape);
            if (country < 0) return -1;
            var (compassStart, compassEnd) = WordBefore(text, start);
            var compass = compassEnd > compassStart && char.IsUpper(text[compassStart]) ? IndexOf(text, compassStart, compassEnd, Compass) : -1;
            if (compass >= 0) opening = compassStart;
            return Nationality(country, compass);
        }

        // The index in words of the word at [start, end), compared ignoring ASCII case, or -1; only
        // the words of its length and first letter are compared.
        [MethodImpl(Jit.Optimized)]
        private static int IndexOf(string text, int start, int end, string[] words, int[][] byShape)
        {
            if (end <= start) return -1;
            var slot = TextWords.ShapeSlot(text, start, end - start, LongestTableWord);
            if (slot < 0) return -1;
            foreach (var k in byShape[slot])
            {
                if (PatternText.MatchesIgnoringAsciiCase(text, start, end, words[k])) return k;
            }
            return -1;
        }

        // The index in words of the word at [start, end), compared ignoring ASCII case, or -1.
        [MethodImpl(Jit.Optimized)]
        private static int IndexOf(string text, int start, int end, string[] words)
        {
            if (end <= start) return -1;
            // The length and the first letter first: most words of a text are none of these.
            var first = (char)(text[start] | 0x20);
            for (var k = 0; k < words.Length; k++)
            {
                var word = words[k];
                if (end - start == word.Length && word[0] == first && PatternText.MatchesIgnoringAsciiCase(text, start, end, word)) return k;
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsPossessiveAt(string text, int i)
            => i > 0 && i + 1 < text.Length && (text[i] == '\'' || text[i] == '’') && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

        // The word (letters, and a possessive on it) that ends one space before end, or an empty range.
        [MethodImpl(Jit.Optimized)]
        private static (int Start, int End) WordBefore(string text, int end)
        {
            if (end < 2 || text[end - 1] != ' ') return (end, end);
            var wordEnd = end - 1;
            var i = wordEnd;
            while (i > 0 && (char.IsLetter(text[i - 1]) || IsPossessiveAt(text, i - 1))) i--;
            return (i, wordEnd);
        }

        // Where the word of letters starting at start ends.
        [MethodImpl(Jit.Optimized)]
        private static int WordEnd(string text, int start)
        {
            var i = start;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            return i;
        }
    }
}
