using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Names
{
    /// <summary>One name of the index, as word keys.</summary>
    /// <param name="EntityIndex">The entity it names, or -1 for an adjective form ("North Korean") that covers words without naming anyone.</param>
    /// <param name="WithoutFirstWord">A person's name of three words or more written without its first ("Tayyip Erdoğan").</param>
    public sealed record IndexedName(string[] Keys, bool[] AllCaps, int EntityIndex, string Text, bool WithoutFirstWord = false)
    {
        /// <summary>The word keys joined by single spaces: what "did you mean" compares spellings with.</summary>
        public string MatchKey { get; } = string.Join(" ", Keys);
    }

    /// <summary>
    /// Every catalog name (canonical names and aliases) by its first word key, longest first, so the
    /// text is scanned once and the longest name wins ("Russian Foreign Ministry" over "Russian",
    /// "United Nations Security Council" over "United Nations").
    /// </summary>
    public sealed class AliasIndex
    {
        private static readonly ConditionalWeakTable<CatalogSpec, AliasIndex> Cache = new ConditionalWeakTable<CatalogSpec, AliasIndex>();

        private readonly Dictionary<string, List<IndexedName>> _byFirstKey = new Dictionary<string, List<IndexedName>>(StringComparer.Ordinal);
        private readonly HashSet<string> _ignored = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<IndexedName> _names = new List<IndexedName>();

        [MethodImpl(Jit.Optimized)]
        private AliasIndex(CatalogSpec catalog)
        {
            Catalog = catalog;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < catalog.Entities.Count; i++)
            {
                foreach (var name in catalog.Entities[i].AllNames) Add(name, i, seen);
            }
            // "Kishida Fumio", "Abe Shinzo": some outlets write Japanese (and other) names family name
            // first. A person's two-word name is also known in the other order, after every name as
            // written so that a real name spelled that way stays the one it names.
            for (var i = 0; i < catalog.Entities.Count; i++)
            {
                if (catalog.Entities[i].Kind != EntityKind.Person) continue;
                foreach (var name in catalog.Entities[i].AllNames)
                {
                    if (SwappedTwoWordName(name) is { } swapped) Add(swapped, i, seen, identifies: false);
                    // "Tayyip Erdogan", "López Obrador": a name of three words or more is also written
                    // without its first. For a name written family name first ("Kim Jong Un") that
                    // leaves the given name, which running text writes only after the family name,
                    // where the whole name matches first.
                    if (ShortenedName(name) is { } shorter) Add(shorter, i, seen, identifies: false, shortened: true);
                    // "Choe Sonhui", "Kim Jongun": some romanizations write a Korean given name's two
                    // syllables as one word.
                    if (ClosedGivenName(name) is { } closed) Add(closed, i, seen, identifies: false);
                }
            }
            // "N. Korea", "S. Korea": headlines shorten a place's compass word to its initial.
            for (var i = 0; i < catalog.Entities.Count; i++)
            {
                if (catalog.Entities[i].Kind is not (EntityKind.Country or EntityKind.Place)) continue;
                foreach (var name in catalog.Entities[i].AllNames)
                {
                    if (CompassInitialName(name) is { } shortened) Add(shortened, i, seen, identifies: false);
                }
            }
            // Adjective forms come after the names so that a name spelled like one ("Russian Far East") stays a name.
            for (var i = 0; i < catalog.Entities.Count; i++)
            {
                var entity = catalog.Entities[i];
                if (entity.Kind != EntityKind.Country && entity.Kind != EntityKind.Place) continue;
                foreach (var name in entity.AllNames)
                {
                    if (NameTokenizer.ShapeOf(name) == WordShape.AllCaps) continue;
                    foreach (var adjective in CommonWords.DerivedAdjectives(name)) Add(adjective, -1, seen);
                    if (CompassInitialName(name) is { } shortened)
                    {
                        foreach (var adjective in CommonWords.DerivedAdjectives(shortened)) Add(adjective, -1, seen);
                    }
                }
            }
            foreach (var list in _byFirstKey.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
            foreach (var ignored in catalog.Ignore) _ignored.Add(NameNormalizer.MatchKey(ignored));

            var shortForms = new HashSet<string>[catalog.Entities.Count];
            for (var i = 0; i < shortForms.Length; i++)
            {
                shortForms[i] = new HashSet<string>(StringComparer.Ordinal);
                if (catalog.Entities[i].Kind != EntityKind.Person) continue;
                foreach (var name in catalog.Entities[i].AllNames)
                {
                    var keys = NameNormalizer.MatchKey(name).Split(' ');
                    if (keys.Length < 2) continue;
                    shortForms[i].Add(keys[0]);
                    shortForms[i].Add(keys[keys.Length - 1]);
                }
            }
            ShortFormKeys = shortForms;
            var holders = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
            for (var i = 0; i < shortForms.Length; i++)
            {
                foreach (var key in shortForms[i]) holders[key] = holders.TryGetValue(key, out var counted) ? (counted.Count + 1, counted.First) : (1, i);
            }
            _shortFormHolders = holders;

            _byInitials = ByInitials(catalog);
            CountriesByNationality = PersonDescriptions.CountriesByNationality(catalog.Entities);
            CatalogTitles = PersonDescriptions.CatalogTitles.Of(catalog.Entities);

            var byId = new Dictionary<string, EntitySpec>(StringComparer.Ordinal);
            foreach (var entity in catalog.Entities) byId[entity.Id] = entity;
            EntitiesById = byId;
            CountryIds = new HashSet<string>(catalog.CountryIds, StringComparer.Ordinal);
        }

        // "NZ" for New Zealand, "UAE" for the United Arab Emirates, "EU" for the European Union: the
        // initials of a country's or an organization's name of two words or more (not of "of", "the",
        // "and"), where no other entity's name has the same initials (null there).
        private readonly Dictionary<string, string?> _byInitials;

        private static Dictionary<string, string?> ByInitials(CatalogSpec catalog)
        {
            var byInitials = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var entity in catalog.Entities)
            {
                if (entity.Kind is not (EntityKind.Country or EntityKind.Organization)) continue;
                foreach (var name in entity.AllNames)
                {
                    var initials = new System.Text.StringBuilder(4);
                    foreach (var word in name.Split(' '))
                    {
                        if (word.Length == 0 || word is "of" or "the" or "and" or "The") continue;
                        initials.Append(char.IsUpper(word[0]) ? word[0] : '-');
                    }
                    var key = initials.ToString();
                    if (key.Length is < 2 or > 4 || key.IndexOf('-') >= 0) continue;
                    byInitials[key] = byInitials.TryGetValue(key, out var other) && other != entity.Id ? null : entity.Id;
                }
            }
            return byInitials;
        }

        /// <summary>The country or organization whose name's initials are <paramref name="capitals"/> ("NZ": New Zealand), when only one's are; or null.</summary>
        public string? EntityWithInitials(string capitals) => _byInitials.TryGetValue(capitals, out var id) ? id : null;

        /// <summary>The ids of the catalog's countries (the event merge tells a visit to a city from one to a country by them).</summary>
        public HashSet<string> CountryIds { get; }

        private readonly Dictionary<string, (int Count, int First)> _shortFormHolders;

        /// <summary>How many catalog persons have <paramref name="key"/> as the first or last word of a name, and the first of them (-1 for none).</summary>
        [MethodImpl(Jit.Inlined)]
        public int PersonsWithShortForm(string key, out int first)
        {
            if (_shortFormHolders.TryGetValue(key, out var holders))
            {
                first = holders.First;
                return holders.Count;
            }
            first = -1;
            return 0;
        }

        /// <summary>The catalog's entities by id (the parser has already dropped repeated ids).</summary>
        public IReadOnlyDictionary<string, EntitySpec> EntitiesById { get; }

        /// <summary>Per entity, the first and last word keys of its multi-word names (persons only): what a lone surname or given name can stand for.</summary>
        public IReadOnlyList<HashSet<string>> ShortFormKeys { get; private set; } = Array.Empty<HashSet<string>>();

        /// <summary>The catalog's countries by the nationality their names give (<see cref="PersonDescriptions.GroupCountryAt"/>).</summary>
        public IReadOnlyDictionary<int, string> CountriesByNationality { get; }

        /// <summary>The nationality and office the catalog's descriptions give its persons, for descriptions such as "the Russian president".</summary>
        public PersonDescriptions.CatalogTitles CatalogTitles { get; }

        /// <summary>The catalog the index was built from.</summary>
        public CatalogSpec Catalog { get; }

        /// <summary>The names that identify entities (adjective forms excluded), in catalog order.</summary>
        /// <remarks>
        /// An array, made once: "did you mean" walks it for every unresolved name, and an iterator
        /// over the full list cost about 1% of the extraction on articles with many unknown names.
        /// </remarks>
        public IndexedName[] EntityNames => _entityNames ??= _names.FindAll(name => name.EntityIndex >= 0).ToArray();

        private IndexedName[]? _entityNames;

        /// <summary>The index of <paramref name="catalog"/>, built once per catalog instance.</summary>
        [MethodImpl(Jit.Optimized)]
        public static AliasIndex For(CatalogSpec catalog) => Cache.GetValue(catalog, c => new AliasIndex(c));

        /// <summary>Whether the catalog's ignore list holds the name with this match key.</summary>
        [MethodImpl(Jit.Inlined)]
        public bool IsIgnored(string matchKey) => _ignored.Contains(matchKey);

        /// <summary>The longest name starting at token <paramref name="i"/> and ending before token <paramref name="end"/>, or null.</summary>
        [MethodImpl(Jit.Optimized)]
        public IndexedName? LongestMatch(NameTokenList tokens, int i, int end)
        {
            var first = tokens[i];
            // Matches wants a capital or a number first: most words of running text have neither
            // and skip the table lookup, which the names stage made for every word, twice.
            if (first.Kind != TokenKind.Word || (!first.IsCapitalized && first.Shape != WordShape.Numeric)) return null;
            if (!_byFirstKey.TryGetValue(first.Key, out var candidates)) return null;
            foreach (var candidate in candidates)
            {
                if (Matches(candidate, tokens, i, end) && !(candidate.WithoutFirstWord && ContinuesAName(tokens, i))) return candidate;
            }
            foreach (var candidate in candidates)
            {
                var length = RespelledLength(candidate, tokens, i, end);
                if (length > 0) return Respelled(candidate, tokens, i, length);
            }
            return null;
        }

        // "Kim Jong Il Square": "Jong Il" after "Kim" is the end of another name, not Kim Jong Il's
        // given name alone. A title before a name ("President Tayyip Erdogan") is no part of it.
        [MethodImpl(Jit.Optimized)]
        private static bool ContinuesAName(NameTokenList tokens, int i)
            => i > 0 && tokens[i - 1] is { Kind: TokenKind.Word, IsCapitalized: true } before && !CommonWords.IsCommon(before.Key);

        // "Kim Jongun", "Xi Jin-ping", "Xi Jin Ping": a person's name whose syllables after the first
        // word are joined or split otherwise than the catalog's ("Kim Jong Un", "Xi Jinping"). The
        // letters must be the same, to the end of a word; the first word must be the same word.
        // How many tokens the name takes, or 0. The catalog's punctuation ("S. Jaishankar", "Marcos
        // Jr.") has an empty key and may be left out: PTI writes "S Jaishankar".
        [MethodImpl(Jit.Optimized)]
        private int RespelledLength(IndexedName name, NameTokenList tokens, int i, int end)
        {
            if (name.Keys.Length < 2 || name.EntityIndex < 0 || Catalog.Entities[name.EntityIndex].Kind != EntityKind.Person) return 0;
            int k = SkipPunctuation(name.Keys, 1), offset = 0;
            for (var j = i + 1; j < end; j++)
            {
                var token = tokens[j];
                if (token.Kind != TokenKind.Word || !(token.IsCapitalized || token.HyphenJoined)) return 0;
                foreach (var c in token.Key)
                {
                    if (k == name.Keys.Length || c != name.Keys[k][offset]) return 0;
                    if (++offset == name.Keys[k].Length) { k = SkipPunctuation(name.Keys, k + 1); offset = 0; }
                }
                if (k == name.Keys.Length) return offset == 0 && j - i + 1 != name.Keys.Length ? j - i + 1 : 0;
            }
            return 0;
        }

        private static int SkipPunctuation(string[] keys, int k)
        {
            while (k < keys.Length && keys[k].Length == 0) k++;
            return k;
        }

        // The name as the text spells it, for the entity the catalog's spelling names: rare, so made
        // when found rather than kept.
        private static IndexedName Respelled(IndexedName name, NameTokenList tokens, int i, int length)
        {
            var keys = new string[length];
            for (var k = 0; k < length; k++) keys[k] = tokens[i + k].Key;
            return new IndexedName(keys, new bool[length], name.EntityIndex, name.Text);
        }

        [MethodImpl(Jit.Optimized)]
        private static bool Matches(IndexedName name, NameTokenList tokens, int i, int end)
        {
            if (i + name.Keys.Length > end) return false;
            // A name starts with a capital in running text ("us" is not the US); an acronym must be
            // written in capitals, or of four letters or more as British style writes it ("Nato",
            // "Asean": a word that short is rarely an acronym's letters by chance); later words may
            // differ in case ("Korean peninsula").
            var first = tokens[i];
            if (!first.IsCapitalized && first.Shape != WordShape.Numeric) return false;
            for (var k = 0; k < name.Keys.Length; k++)
            {
                var token = tokens[i + k];
                if (!string.Equals(token.Key, name.Keys[k], StringComparison.Ordinal)) return false;
                if (name.AllCaps[k] && token.Shape != WordShape.AllCaps && !(token.Shape == WordShape.Capitalized && token.Key.Length >= 4)) return false;
            }
            return true;
        }

        // "North Korea" as "N. Korea"; null for a name that opens on no compass word.
        private static string? CompassInitialName(string name)
        {
            var parts = name.Trim().Split(' ');
            return parts.Length == 2 && parts[0] is "North" or "South" or "East" or "West" && parts[1].Length > 1 ? parts[0][0] + ". " + parts[1] : null;
        }

        // "Fumio Kishida" as "Kishida Fumio"; null for a name that is not two words.
        private static string? SwappedTwoWordName(string name)
        {
            var parts = name.Trim().Split(' ');
            return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? parts[1] + " " + parts[0] : null;
        }

        // "Choe Son Hui" as "Choe Sonhui", "Kim Jong Un" as "Kim Jongun": a three-word name whose last
        // two are syllables (four letters at most, as a Korean given name's are); else null.
        private static string? ClosedGivenName(string name)
        {
            var parts = name.Trim().Split(' ');
            if (parts.Length != 3 || parts[1].Length is 0 or > 4 || parts[2].Length is 0 or > 4) return null;
            return parts[0] + " " + parts[1] + char.ToLowerInvariant(parts[2][0]) + parts[2].Substring(1);
        }

        // "Recep Tayyip Erdoğan" as "Tayyip Erdoğan"; null for a name of fewer than three words.
        private static string? ShortenedName(string name)
        {
            var parts = name.Trim().Split(' ');
            return parts.Length >= 3 && Array.TrueForAll(parts, p => p.Length > 0) ? string.Join(" ", parts, 1, parts.Length - 1) : null;
        }

        [MethodImpl(Jit.Optimized)]
        private void Add(string text, int entityIndex, HashSet<string> seen, bool identifies = true, bool shortened = false)
        {
            var tokens = NameTokenizer.Tokenize(text, 0, text.Length);
            if (tokens.Count == 0) return;
            var keys = new string[tokens.Count];
            var allCaps = new bool[tokens.Count];
            for (var k = 0; k < tokens.Count; k++)
            {
                keys[k] = tokens[k].Key;
                allCaps[k] = tokens[k].Shape == WordShape.AllCaps && tokens[k].Length <= 5;
            }
            var name = new IndexedName(keys, allCaps, entityIndex, text, shortened);
            if (!seen.Add(name.MatchKey)) return;
            // A swapped order is matched but not offered as a spelling for "did you mean".
            if (identifies) _names.Add(name);
            if (!_byFirstKey.TryGetValue(keys[0], out var list)) _byFirstKey[keys[0]] = list = new List<IndexedName>();
            list.Add(name);
        }
    }
}
