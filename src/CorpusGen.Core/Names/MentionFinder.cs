using System;
using System.Collections.Generic;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Model;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Names
{
    /// <summary>The names found in one article.</summary>
    public sealed record ArticleNames(List<MentionSpec> Mentions, List<UnresolvedNameSpec> Unresolved);

    /// <summary>
    /// The "mentions" stage: resolves catalog names in the article's text blocks and collects the
    /// capitalized word runs that look like names but resolve to nothing (CG0002). Page clutter never
    /// reaches this stage, so it never produces mentions or warnings.
    /// </summary>
    public static class MentionFinder
    {
        private static readonly HashSet<string> NameConnectors = new HashSet<string>(StringComparer.Ordinal)
        {
            "of", "de", "del", "der", "von", "van", "al", "bin", "ibn", "la", "le", "du", "da", "dos",
        };

        // Collective nouns whose possessive is part of a name: "Democratic People's Republic of Korea",
        // "Children's Union". A person's or a country's possessive ends the name: "Biden's White House".
        private static readonly HashSet<string> PossessiveNameParts = new HashSet<string>(StringComparer.Ordinal)
        {
            "people", "workers", "children", "women", "men", "farmers", "veterans", "youth", "students", "soldiers", "citizens",
        };

        // Nouns that make a person's name the name of a place or an institution: "Kim Il Sung
        // Square", "Kim Il Sung University", "the Nobel Prize". Such a name is not the person's mention.
        private static readonly HashSet<string> NamedAfterNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "square", "street", "avenue", "boulevard", "road", "bridge", "stadium", "arena", "university", "college", "school",
            "academy", "institute", "airport", "station", "park", "hall", "palace", "tower", "museum", "library", "memorial",
            "mausoleum", "monument", "statue", "plaza", "prize", "award", "foundation", "center", "centre", "hospital", "port",
        };

        // The last words of institutions and gatherings whose name joins two words with "and": "the
        // Belt and Road Forum", "the Trade and Development Bank", after "the", which persons lack.
        // Elsewhere "and" ends a name ("Lavrov and Choe", "Harbin and Vladivostok Forum organizers").
        private static readonly HashSet<string> JoinedByAndNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "forum", "initiative", "conference", "council", "commission", "committee", "association", "society", "institute",
            "foundation", "fund", "bank", "agency", "organization", "organisation", "partnership", "agreement", "treaty",
            "dialogue", "party", "front", "union", "alliance", "program", "programme", "project", "festival", "corridor",
            "cooperation", "exhibition", "expo", "ministry", "department", "office", "university", "academy", "centre", "center",
        };

        // The tokens of the article being read, one list per thread reused from article to article:
        // nothing outlives Find but the specs it creates.
        [ThreadStatic]
        private static NameTokenList? t_tokens;

        // Which tokens a name has taken, and the keys of a candidate unresolved name: per thread too.
        [ThreadStatic]
        private static bool[]? t_covered;

        [ThreadStatic]
        private static List<string>? t_keys;

        /// <summary>Finds mentions and unresolved names in the blocks of <paramref name="layout"/>.</summary>
        /// <param name="credit">A dateline's agency credit ("AP" of "SEOUL (AP) —"): it may resolve, but is never reported as unresolved.</param>
        /// <param name="storyStart">Where the story's first sentence opens after a dateline, or -1: a capital there says nothing.</param>
        [MethodImpl(Jit.Optimized)]
        public static ArticleNames Find(PageLayout layout, AliasIndex index, LineMap lines, (int Start, int End)? credit = null, int storyStart = -1)
        {
            var text = layout.Text;
            var entities = index.Catalog.Entities;
            var mentions = new List<MentionSpec>();
            var unresolved = new List<UnresolvedNameSpec>();
            List<MentionSpec>? spelledOut = null;
            List<(int Index, int BlockEnd)>? compassWords = null;

            // Every block's tokens in one list: block b holds tokens [blockStarts[b], blockStarts[b + 1]).
            var tokens = t_tokens ??= new NameTokenList(1024);
            tokens.Clear();
            var blocks = layout.Blocks;
            var blockStarts = new int[blocks.Count + 1];
            for (var b = 0; b < blocks.Count; b++)
            {
                blockStarts[b] = tokens.Count;
                NameTokenizer.Tokenize(text, blocks[b].Start, blocks[b].End, tokens);
            }
            blockStarts[blocks.Count] = tokens.Count;

            // Persons named in full anywhere in the article: a lone surname refers to them (a headline
            // often uses the surname before the text gives the full name).
            var namedInFull = PersonsNamedInFull(tokens, blockStarts, index);
            var covered = t_covered is { } reused && reused.Length >= tokens.Count ? reused : t_covered = new bool[Math.Max(tokens.Count, 1024)];
            Array.Clear(covered, 0, tokens.Count);

            for (var b = 0; b < blocks.Count; b++)
            {
                var end = blockStarts[b + 1];
                var titleCase = IsTitleCase(text, blocks[b], tokens, blockStarts[b], end);
                for (var i = blockStarts[b]; i < end;)
                {
                    var token = tokens[i];
                    if (token.Kind != TokenKind.Word) { i++; continue; }

                    var match = index.LongestMatch(tokens, i, end);
                    if (match is not null && !CutsPersonName(match, tokens, i, end, entities) && (titleCase || !IsAnotherPersonsSurname(text, blocks[b], match, tokens, blockStarts, blockStarts[b], i, covered, entities, index)) && !NamesAfterPerson(match, tokens, i, end, entities) && !NamesSomethingAfterAPlace(match, tokens, i, end, entities)
                        && (titleCase || !OpensAnotherPersonsName(match, tokens, i, end, covered, index, entities)) && !TakesAnotherLineage(match, tokens, i, end, index, entities)
                        && !(i - 2 >= blockStarts[b] && tokens[i - 1].Shape == WordShape.Lower && InAWatersName(tokens, blockStarts[b], i)))
                    {
                        var length = LengthWithOverlappingName(match, tokens, i, end, index) + FeatureNounAfterAPlace(match, tokens, i, end, entities);
                        length += LineageAfterAFullName(match, tokens, i, i + length, end, entities);
                        for (var k = 0; k < length; k++) covered[i + k] = true;
                        var entityIndex = match.EntityIndex;
                        if (entityIndex >= 0 && length == 1 && entities[entityIndex].Kind == EntityKind.Person
                            && OthersSharingName(token.Key, entityIndex, namedInFull, index, out var other) is var others and > 0)
                        {
                            // "Kim" after two different Kims were named: not guessed. The Straits Times'
                            // "Mr Wong" after "Lawrence Wong", with "Wong" an alias of Penny Wong, whom
                            // the article never names in full: the one it named.
                            entityIndex = others == 1 && !namedInFull.Contains(entityIndex) ? other : -1;
                        }
                        if (entityIndex >= 0)
                        {
                            var last = tokens[i + length - 1].End;
                            mentions.Add(new MentionSpec(entities[entityIndex].Id, Surface(text, token.Start, last, match), lines.Locate(token.Start, last - token.Start)));
                        }
                        i += length;
                        continue;
                    }

                    // "the North": read once the article's names are known (TheNorthAndTheSouth).
                    if (token.Length == 5 && token.Shape == WordShape.Capitalized && i > blockStarts[b] && token.Key is "north" or "south") (compassWords ??= new List<(int, int)>()).Add((i, end));

                    if (token.IsCapitalized && !CommonWords.IsCommon(token.Key))
                    {
                        if (!titleCase && FullNameAfterGivenNames(tokens, i, end, index, entities) is var fullName and >= 0)
                        {
                            for (var k = i; k < fullName; k++) covered[k] = true;
                            i = fullName;
                            continue;
                        }
                        // A lone given name or surname, not the first word of another name: "Sergei
                        // Shoigu" is not Sergei Lavrov, nor "Kim Yo Jong" Kim Jong Un ("Kim Putin
                        // summit" names two). In a title-case headline every word has a capital.
                        var referents = CountPersonsNamed(token.Key, namedInFull, index, out var referent);
                        // "President Biden", "Mr. Xi": after a title, the name is a person's, and the
                        // one the catalog has by it, named in full in the article or not.
                        if (referents == 0 && AfterPersonalTitle(text, tokens, blockStarts[b], i)) referents = index.PersonsWithShortForm(token.Key, out referent);
                        // "when she met Putin at the Kremlin", the full name nowhere in the article: the
                        // one catalog person of that name, unless the article names someone else by it
                        // ("Kim Yo Jong", "Hunter Biden"). Not a syllable of an Asian name ("Un" of Kim
                        // Jong Un, "Kim", "Xi"): the catalog does not say which word is the family name,
                        // and those are short (a title still names them: "President Xi").
                        // At a sentence's start the capital says nothing ("Rice prices rose"): the word
                        // must also stand as a name inside some sentence of the article.
                        if (referents == 0 && token.Length >= 4 && index.PersonsWithShortForm(token.Key, out var only) == 1 && !NamesSomeoneElse(tokens, blockStarts, token.Key, index)
                            && (!token.SentenceStart || StandsInsideASentence(tokens, blockStarts, token.Key)))
                        {
                            (referents, referent) = (1, only);
                        }
                        // "Jill Biden" after "Joe Biden": an unknown given name before the surname makes it another's.
                        if (referents == 1 && !titleCase && AfterAnotherGivenName(text, blocks[b], tokens, blockStarts, blockStarts[b], i, referent, covered, index)) referents = 0;
                        var joined = i + 1 < end && tokens[i + 1].HyphenJoined;
                        // "Prince Mohammad bin Abdulrahman" is not Prince Mohammed bin Salman: a connector
                        // and an unknown name after the given name make it another's.
                        if (referents > 0 && (joined ? IsKnownName(tokens, i + 1, end, namedInFull, index)
                                                     : !(i + 1 < end && !titleCase && (StartsUnknownName(tokens, i + 1, end, covered, index)
                                                         || (IsConnector(tokens[i + 1]) && i + 2 < end && StartsUnknownName(tokens, i + 2, end, covered, index))))))
                        {
                            covered[i] = true;
                            if (referents == 1)
                            {
                                mentions.Add(new MentionSpec(entities[referent].Id, text.Substring(token.Start, token.Length), lines.Locate(token.Start, token.Length)));
                            }
                        }
                    }
                    i++;
                }

                if (!titleCase) CollectUnresolved(text, tokens, AfterArchiveLabel(blocks[b], tokens, blockStarts[b], end), CreditStart(text, blocks[b], tokens, blockStarts[b], end), covered, index, lines, credit, storyStart, unresolved, ref spelledOut);
            }
            var compassNamed = compassWords is null ? null : TheNorthAndTheSouth(text, tokens, compassWords, covered, index, lines, mentions);
            AddInTextOrder(mentions, spelledOut);
            AddInTextOrder(mentions, compassNamed);
            return new ArticleNames(mentions, unresolved);
        }

        // Mentions found after the text-order pass, put in their places: later stages search the
        // mentions by position.
        [MethodImpl(Jit.Optimized)]
        private static void AddInTextOrder(List<MentionSpec> mentions, List<MentionSpec>? added)
        {
            if (added is null) return;
            mentions.AddRange(added);
            StableSort.Sort(mentions, MentionOrder.Instance);
        }

        // "Putin's first visit to the North in 24 years", "the South's military": Korean news names
        // the two Koreas by their compass word alone, once it has named them. "the North" is the
        // catalog country "North ..." the article names in full, when it names just one; not "the
        // North Korean", "the North Atlantic" or "the North of England".
        [MethodImpl(Jit.Optimized)]
        private static List<MentionSpec>? TheNorthAndTheSouth(string text, NameTokenList tokens, List<(int Index, int BlockEnd)> compassWords, bool[] covered, AliasIndex index, LineMap lines, List<MentionSpec> mentions)
        {
            List<MentionSpec>? added = null;
            foreach (var (i, end) in compassWords)
            {
                var token = tokens[i];
                // "the North", or "The North" opening a sentence.
                var the = tokens[i - 1];
                if (covered[i] || token.HyphenJoined || the.Key != "the" || !(the.Shape == WordShape.Lower || (the.SentenceStart && the.Shape == WordShape.Capitalized))) continue;
                if (i + 1 < end && ((tokens[i + 1].Kind == TokenKind.Word && (tokens[i + 1].IsCapitalized || tokens[i + 1].Key == "of")) || tokens[i + 1].HyphenJoined)) continue;
                if (CountryNamedByCompass(token.Key, index, mentions) is not { } country) continue;
                (added ??= new List<MentionSpec>()).Add(new MentionSpec(country, text.Substring(token.Start, token.Length), lines.Locate(token.Start, token.Length)));
            }
            return added;
        }

        // The one country the article names whose catalog name is the compass word and one more ("North Korea").
        [MethodImpl(Jit.Optimized)]
        private static string? CountryNamedByCompass(string compass, AliasIndex index, List<MentionSpec> mentions)
        {
            string? found = null;
            foreach (var entity in index.Catalog.Entities)
            {
                if (entity.Kind != EntityKind.Country) continue;
                var key = NameNormalizer.MatchKey(entity.Name);
                if (key.Length <= compass.Length + 1 || !key.StartsWith(compass, StringComparison.Ordinal) || key[compass.Length] != ' ' || key.IndexOf(' ', compass.Length + 1) >= 0) continue;
                if (!mentions.Exists(m => m.EntityId == entity.Id)) continue;
                if (found is not null) return null;
                found = entity.Id;
            }
            return found;
        }

        private sealed class MentionOrder : IComparer<MentionSpec>
        {
            public static readonly MentionOrder Instance = new MentionOrder();

            public int Compare(MentionSpec? x, MentionSpec? y) => x!.Span.Start.CompareTo(y!.Span.Start);
        }

        // "FILE - North Korea's Foreign Minister ...": the label of an archive photo's caption is no name.
        [MethodImpl(Jit.Optimized)]
        private static int AfterArchiveLabel(TextBlock block, NameTokenList tokens, int start, int end)
            => block.Kind == BlockKind.Caption && start < end && tokens[start].Key == "file" && tokens[start].Shape == WordShape.AllCaps ? start + 1 : start;

        // "... upon arrival at Pyongyang airport © Gavriil Grigorov, AFP", "... Dec. 12, 2023.
        // (Xinhua/Yue Yuewei)": a caption's credit names the photographer, no one the story tells of.
        // The tokens before the copyright sign or the bracketed credit, or all.
        [MethodImpl(Jit.Optimized)]
        private static int CreditStart(string text, TextBlock block, NameTokenList tokens, int start, int end)
        {
            if (block.Kind != BlockKind.Caption) return end;
            var sign = text.IndexOf('©', block.Start, block.End - block.Start);
            if (sign < 0) sign = PageLayout.BracketedCreditStart(text, block.Start, block.End);
            if (sign < 0) return end;
            var i = start;
            while (i < end && tokens[i].Start < sign) i++;
            return i;
        }

        // The name as the catalog spells it when the text spells it the same way, as most mentions
        // do: one string shared by every article instead of a copy per mention.
        [MethodImpl(Jit.Optimized)]
        private static string Surface(string text, int start, int end, IndexedName match)
            => match.Text.Length == end - start && string.CompareOrdinal(text, start, match.Text, 0, end - start) == 0
                ? match.Text
                : text.Substring(start, end - start);

        [MethodImpl(Jit.Optimized)]
        private static List<int> PersonsNamedInFull(NameTokenList tokens, int[] blockStarts, AliasIndex index)
        {
            var named = new List<int>();
            for (var b = 0; b + 1 < blockStarts.Length; b++)
            {
                var end = blockStarts[b + 1];
                for (var i = blockStarts[b]; i < end; i++)
                {
                    var match = index.LongestMatch(tokens, i, end);
                    if (match is null || match.EntityIndex < 0 || match.Keys.Length < 2 || NamesAfterPerson(match, tokens, i, end, index.Catalog.Entities)) continue;
                    if (index.Catalog.Entities[match.EntityIndex].Kind == EntityKind.Person && !named.Contains(match.EntityIndex)) named.Add(match.EntityIndex);
                    i += match.Keys.Length - 1;
                }
            }
            return named;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool StartsUnknownName(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
            => LooksLikeName(tokens[i], covered[i], index) && index.LongestMatch(tokens, i, end) is null;

        // "Prime Minister Muhammad Shehbaz Sharif", "Mian Muhammad Shehbaz Sharif": up to three
        // capitalized words right before a person's full name (of two words or more) are more of
        // that name. "Muhammad" after a title is then not Mohammed bin Salman, nor "Mian Muhammad"
        // an unknown name. Where the full name starts, or -1.
        [MethodImpl(Jit.Optimized)]
        private static int FullNameAfterGivenNames(NameTokenList tokens, int i, int end, AliasIndex index, EquatableArray<EntitySpec> entities)
        {
            for (var j = i + 1; j < end && j <= i + 3; j++)
            {
                var token = tokens[j];
                if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.HyphenJoined) return -1;
                if (index.LongestMatch(tokens, j, end) is { } match)
                {
                    return match.EntityIndex >= 0 && match.Keys.Length >= 2 && entities[match.EntityIndex].Kind == EntityKind.Person ? j : -1;
                }
                if (CommonWords.IsCommon(token.Key)) return -1;
            }
            return -1;
        }

        // SPA's "Mohammed bin Salman bin Abdulaziz Al Saud", "Faisal bin Farhan bin Abdullah": after
        // a person's name written with its lineage, "bin", "ibn", "bint" or "Al" and a name go on
        // with it, and had been reported as unknown names. Not after a name without one: "Prince
        // Mohammed bin Abdulrahman" is not the "Prince Mohammed" of the catalog. How many tokens go on.
        private static readonly HashSet<string> LineageConnectors = new HashSet<string>(StringComparer.Ordinal) { "bin", "ibn", "bint", "al" };

        [MethodImpl(Jit.Optimized)]
        private static int LineageAfterAFullName(IndexedName match, NameTokenList tokens, int i, int next, int end, EquatableArray<EntitySpec> entities)
        {
            if (match.EntityIndex < 0 || entities[match.EntityIndex].Kind != EntityKind.Person || !HasLineage(tokens, i, next)) return 0;
            var length = 0;
            for (var j = next; j + 1 < end && tokens[j].Kind == TokenKind.Word && LineageConnectors.Contains(tokens[j].Key)
                 && tokens[j + 1] is { Kind: TokenKind.Word, IsCapitalized: true } name && !CommonWords.IsCommon(name.Key); j += 2)
            {
                length += 2;
            }
            return length;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool HasLineage(NameTokenList tokens, int start, int end)
        {
            for (var k = start + 1; k < end - 1; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && LineageConnectors.Contains(tokens[k].Key)) return true;
            }
            return false;
        }

        // "Prince Mohammed bin Abdulrahman" with "Prince Mohammed" a catalog alias of Mohammed bin
        // Salman: a person's name written without a lineage, followed by another lineage, names
        // another person. Not when a name of the same person carries on ("Prince Mohammed bin Salman").
        [MethodImpl(Jit.Optimized)]
        private static bool TakesAnotherLineage(IndexedName match, NameTokenList tokens, int i, int end, AliasIndex index, EquatableArray<EntitySpec> entities)
        {
            var next = i + match.Keys.Length;
            if (match.EntityIndex < 0 || next + 1 >= end || tokens[next] is not { Kind: TokenKind.Word, Shape: WordShape.Lower, Key: "bin" or "ibn" or "bint" }
                || !tokens[next + 1].IsCapitalized || entities[match.EntityIndex].Kind != EntityKind.Person) return false;
            var length = LengthWithOverlappingName(match, tokens, i, end, index);
            return length == match.Keys.Length && !HasLineage(tokens, i, next);
        }

        // "Kim Yo Jong" with "Kim" a catalog short form of Kim Jong Un: a person's one-word alias that
        // opens a longer name the catalog lacks is a word of that other person's name.
        [MethodImpl(Jit.Optimized)]
        private static bool OpensAnotherPersonsName(IndexedName match, NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index, EquatableArray<EntitySpec> entities)
            => match.Keys.Length == 1 && match.EntityIndex >= 0 && entities[match.EntityIndex].Kind == EntityKind.Person
               && i + 1 < end && !tokens[i + 1].HyphenJoined && StartsUnknownName(tokens, i + 1, end, covered, index);

        // "Sheikh Mohamed bin Zayed Al Nahyan" when the catalog has both "Sheikh Mohamed bin Zayed"
        // and "Mohamed bin Zayed Al Nahyan": a name of the same entity that starts inside the match
        // and ends after it carries the mention on, instead of leaving "Al Nahyan" unknown.
        [MethodImpl(Jit.Optimized)]
        private static int LengthWithOverlappingName(IndexedName match, NameTokenList tokens, int i, int end, AliasIndex index)
        {
            var length = match.Keys.Length;
            if (match.EntityIndex < 0) return length;
            for (var k = i + 1; k < i + length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && index.LongestMatch(tokens, k, end) is { } inner && inner.EntityIndex == match.EntityIndex && k + inner.Keys.Length > i + length)
                {
                    length = k + inner.Keys.Length - i;
                }
            }
            return length;
        }

        // "the Gaza Strip", "Jeju Island", "the Golan Heights", "Kursk Region": a place's own feature or
        // division after its name is the same place, and no name of its own. 1 when one follows the
        // place matched at i, else 0.
        private static readonly HashSet<string> PlaceFeatureNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "strip", "peninsula", "island", "islands", "heights", "region", "province", "oblast", "krai", "prefecture", "governorate",
        };

        [MethodImpl(Jit.Optimized)]
        private static int FeatureNounAfterAPlace(IndexedName match, NameTokenList tokens, int i, int end, EquatableArray<EntitySpec> entities)
            => WordRightAfterAPlace(match, tokens, i, end, entities) is var next and >= 0 && entities[match.EntityIndex].Kind == EntityKind.Place
               && PlaceFeatureNouns.Contains(tokens[next].Key)
                ? 1
                : 0;

        // The capitalized word one blank after the place or country matched at i ("Strip" of "the
        // Gaza Strip", "Times" of "the Japan Times"), or -1.
        [MethodImpl(Jit.Optimized)]
        private static int WordRightAfterAPlace(IndexedName match, NameTokenList tokens, int i, int end, EquatableArray<EntitySpec> entities)
        {
            var next = i + match.Keys.Length;
            return match.EntityIndex >= 0 && next < end && tokens[next].Kind == TokenKind.Word && tokens[next].Shape == WordShape.Capitalized && !tokens[next].HyphenJoined
                   && tokens[next].Start - tokens[next - 1].End == 1 && entities[match.EntityIndex].Kind is EntityKind.Place or EntityKind.Country
                ? next
                : -1;
        }

        // A person's name must not stop inside a hyphenated word ("Choe Son" of "Choe Son-hui").
        [MethodImpl(Jit.Optimized)]
        private static bool CutsPersonName(IndexedName match, NameTokenList tokens, int i, int end, EquatableArray<EntitySpec> entities)
        {
            var next = i + match.Keys.Length;
            return match.EntityIndex >= 0 && entities[match.EntityIndex].Kind == EntityKind.Person
                && next < end && tokens[next].HyphenJoined && tokens[next].Shape == WordShape.Lower;
        }

        // "the Sea of Japan", "the Strait of Hormuz": a sea or a strait named after a country is no
        // mention of it; the whole name is what the catalog lacks.
        private static readonly HashSet<string> WatersNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "sea", "gulf", "bay", "strait", "straits", "ocean", "lake", "river",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool InAWatersName(NameTokenList tokens, int blockStart, int i)
        {
            var of = tokens[i - 1 >= blockStart ? i - 1 : i].Key == "the" && i - 2 >= blockStart ? i - 2 : i - 1;
            return of - 1 >= blockStart && tokens[of].Key == "of" && tokens[of].Shape == WordShape.Lower
                   && tokens[of - 1].IsCapitalized && WatersNouns.Contains(tokens[of - 1].Key);
        }

        // "Kim Il Sung Square": a person's name followed by a noun of a place named after them.
        [MethodImpl(Jit.Optimized)]
        private static bool NamesAfterPerson(IndexedName match, NameTokenList tokens, int i, int end, EquatableArray<EntitySpec> entities)
        {
            var next = i + match.Keys.Length;
            return match.EntityIndex >= 0 && next < end && tokens[next].Kind == TokenKind.Word && tokens[next].IsCapitalized && !tokens[next].HyphenJoined
                && entities[match.EntityIndex].Kind == EntityKind.Person && NamedAfterNouns.Contains(tokens[next].Key);
        }

        // "the Japan Times", "the Kyiv Post", "China Daily": a newspaper named after a place, "the South
        // China Sea", "the Taiwan Strait", "Manila Bay": waters named after one, and happenings and
        // documents (below) are no mention of the place; the whole name is what the catalog lacks.
        private static readonly HashSet<string> PublicationNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "times", "post", "daily", "herald", "independent", "tribune", "journal", "gazette", "telegraph", "observer", "chronicle", "courier",
            "insider",
        };

        // "the Warsaw Uprising", "the Minsk agreements", "the Pyongyang Declaration", "the Astana
        // format": a happening or a document named after where it was is no mention of the place.
        private static readonly HashSet<string> NamedAfterAPlaceNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "uprising", "massacre", "accords", "accord", "agreement", "agreements", "declaration", "protocol", "convention", "process", "format",
            "consensus",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool NamesSomethingAfterAPlace(IndexedName match, NameTokenList tokens, int i, int end, EquatableArray<EntitySpec> entities)
            => WordRightAfterAPlace(match, tokens, i, end, entities) is var next and >= 0
               && (PublicationNouns.Contains(tokens[next].Key) || WatersNouns.Contains(tokens[next].Key) || NamedAfterAPlaceNouns.Contains(tokens[next].Key));

        [MethodImpl(Jit.Optimized)]
        private static int OthersSharingName(string key, int entityIndex, List<int> namedInFull, AliasIndex index, out int first)
        {
            var count = 0;
            first = -1;
            foreach (var other in namedInFull)
            {
                if (other == entityIndex || !index.ShortFormKeys[other].Contains(key)) continue;
                if (count++ == 0) first = other;
            }
            return count;
        }

        // "Putin-Kim summit": a surname joined by a hyphen to another known name is one of two names,
        // not the first part of one ("Choe Son-hui").
        [MethodImpl(Jit.Optimized)]
        private static bool IsKnownName(NameTokenList tokens, int i, int end, List<int> namedInFull, AliasIndex index)
            => tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized
               && (index.LongestMatch(tokens, i, end) is { EntityIndex: >= 0 } || CountPersonsNamed(tokens[i].Key, namedInFull, index, out _) > 0);

        // How many of the persons named in full <paramref name="key"/> can stand for, and the first of them.
        [MethodImpl(Jit.Optimized)]
        private static int CountPersonsNamed(string key, List<int> namedInFull, AliasIndex index, out int first)
        {
            var count = 0;
            first = -1;
            foreach (var entityIndex in namedInFull)
            {
                if (!index.ShortFormKeys[entityIndex].Contains(key)) continue;
                if (count++ == 0) first = entityIndex;
            }
            return count;
        }

        // Whether a word of key stands in the article inside a run of capitalized words the catalog
        // does not know as a whole: another person of that name ("Kim Yo Jong", "Hunter Biden").
        [MethodImpl(Jit.Optimized)]
        private static bool NamesSomeoneElse(NameTokenList tokens, int[] blockStarts, string key, AliasIndex index)
        {
            for (var b = 0; b + 1 < blockStarts.Length; b++)
            {
                var end = blockStarts[b + 1];
                for (var i = blockStarts[b]; i < end; i++)
                {
                    if (tokens[i].Kind != TokenKind.Word || tokens[i].Key != key) continue;
                    // A word before it may open its sentence ("Andrei Lavrov spoke."); a catalog name
                    // beside it is a name of its own ("in Moscow Putin said").
                    var before = i - 1 >= blockStarts[b] && IsNameWord(tokens[i - 1]) && !IsCatalogWord(tokens, i - 1, end, index);
                    var after = i + 1 < end && IsNameWord(tokens[i + 1]) && !tokens[i + 1].SentenceStart && !IsCatalogWord(tokens, i + 1, end, index);
                    if (!before && !after) continue;
                    // Inside a catalog name ("Vladimir Putin") it is that person's.
                    var start = i;
                    while (start > blockStarts[b] && i - start < 3 && IsNameWord(tokens[start - 1]) && !tokens[start].SentenceStart) start--;
                    var known = false;
                    for (var k = start; k <= i && !known; k++)
                    {
                        known = index.LongestMatch(tokens, k, end) is { } match && match.EntityIndex >= 0 && k + match.Keys.Length > i;
                    }
                    if (!known) return true;
                }
            }
            return false;
        }

        // "Jill Biden" with "Biden" a name of Joe Biden's in the catalog (AfterAnotherGivenName).
        [MethodImpl(Jit.Optimized)]
        private static bool IsAnotherPersonsSurname(string text, TextBlock block, IndexedName match, NameTokenList tokens, int[] blockStarts, int blockStart, int i, bool[] covered, EquatableArray<EntitySpec> entities, AliasIndex index)
            => match.Keys.Length == 1 && match.EntityIndex >= 0 && entities[match.EntityIndex].Kind == EntityKind.Person
               && AfterAnotherGivenName(text, block, tokens, blockStarts, blockStart, i, match.EntityIndex, covered, index);

        // "Jill Biden" after "Joe Biden", "Nawaz Sharif" after "Shehbaz Sharif", "Sultan Ibrahim" after
        // "Anwar Ibrahim": name words the catalog does not know right before the surname make it
        // another person's, unless one is that person's given name spelt another way ("Sergey
        // Lavrov", "Vladimir Zelensky", "Badr bin Hamad Albusaidi": within half its length of a word
        // of one of their names, as the suggester reads a transliteration). Only in prose: a page's
        // menu runs capitals together ("News World Putin arrives"). A capitalized word opening the
        // sentence must also stand as a name inside one ("Thanking Biden, he said").
        [MethodImpl(Jit.Optimized)]
        private static bool AfterAnotherGivenName(string text, TextBlock block, NameTokenList tokens, int[] blockStarts, int blockStart, int i, int referent, bool[] covered, AliasIndex index)
        {
            if (i == blockStart || tokens[i].HyphenJoined || !IsUnknownNameWordBefore(text, tokens, i, covered, index)) return false;
            if (!TextWords.EndsASentence(text, block.End)) return false;
            var first = i - 1;
            for (var k = i - 2; k >= blockStart && i - k <= 5; k--)
            {
                if (IsUnknownNameWordBefore(text, tokens, k + 1, covered, index)) first = k;
                else if (!(IsConnector(tokens[k]) && k > blockStart && IsUnknownNameWordBefore(text, tokens, k, covered, index))) break;
            }
            if (tokens[first].SentenceStart && !StandsInsideASentence(tokens, blockStarts, tokens[first].Key)) return false;
            for (var k = first; k < i; k++)
            {
                if (IsConnector(tokens[k])) continue;
                var key = tokens[k].Key;
                var half = key.Length / 2;
                foreach (var name in index.EntityNames)
                {
                    if (name.EntityIndex != referent) continue;
                    for (var w = 0; w + 1 < name.Keys.Length; w++)
                    {
                        if (NameSuggester.DistanceWithin(key, name.Keys[w], half) <= half) return false;
                    }
                }
            }
            return true;
        }

        // Whether the token before token i is a name word the catalog does not know, one space before it.
        [MethodImpl(Jit.Optimized)]
        private static bool IsUnknownNameWordBefore(string text, NameTokenList tokens, int i, bool[] covered, AliasIndex index)
        {
            var before = tokens[i - 1];
            return !covered[i - 1] && IsNameWord(before) && before.Length >= 2 && !index.IsIgnored(before.Key)
                && tokens[i].Start - before.End == 1 && text[before.End] == ' ';
        }

        [MethodImpl(Jit.Optimized)]
        private static bool StandsInsideASentence(NameTokenList tokens, int[] blockStarts, string key)
        {
            for (var i = 0; i < blockStarts[blockStarts.Length - 1]; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && !tokens[i].SentenceStart && tokens[i].IsCapitalized && tokens[i].Key == key) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsCatalogWord(NameTokenList tokens, int i, int end, AliasIndex index)
            => index.LongestMatch(tokens, i, end) is { EntityIndex: >= 0 };

        [MethodImpl(Jit.Inlined)]
        private static bool IsNameWord(NameToken token)
            => token.Kind == TokenKind.Word && token.IsCapitalized && !CommonWords.IsCommon(token.Key) && !CommonWords.IsAdjective(token.Key);

        private static readonly HashSet<string> PortfolioTitles = new HashSet<string>(StringComparer.Ordinal) { "minister", "ministers", "secretary", "commissioner", "adviser", "advisor" };

        // Titles that stand right before a person's name: "President Biden", "Mr. Xi", "Foreign
        // Minister Lavrov".
        private static readonly HashSet<string> PersonalTitles = new HashSet<string>(StringComparer.Ordinal)
        {
            "president", "mr", "mrs", "ms", "dr", "premier", "chancellor", "chairman", "minister", "secretary", "leader",
            "senator", "governor", "ambassador", "envoy", "spokesman", "spokeswoman", "king", "queen", "prince", "comrade", "marshal",
            "taoiseach", "speaker",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool AfterPersonalTitle(string text, NameTokenList tokens, int blockStart, int i)
        {
            var j = i - 1;
            if (j >= blockStart && tokens[j].Kind == TokenKind.Break && text[tokens[j].Start] == '.') j--; // "Mr."
            return j >= blockStart && tokens[j].Kind == TokenKind.Word && tokens[j].IsCapitalized && PersonalTitles.Contains(tokens[j].Key);
        }

        // Headlines in title case capitalize every word; their capitals say nothing about names. Only
        // headline-like blocks qualify: a sentence dense with names is still a sentence.
        [MethodImpl(Jit.Optimized)]
        private static bool IsTitleCase(string text, TextBlock block, NameTokenList tokens, int start, int end)
        {
            var last = block.End > block.Start ? text[block.End - 1] : '.';
            // A sentence written in capitals ("SERGEI LAVROV MET CHOE SON HUI ON TUESDAY.") tells
            // names from words no better than a headline. Any other sentence is not title case,
            // which its first word not in capitals shows.
            var sentence = block.Kind != BlockKind.Title && ".!?\"”'’".IndexOf(last) >= 0;
            int words = 0, capitalized = 0;
            var allCaps = true;
            for (var i = start; i < end; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word) continue;
                if (token.Length >= 2 && token.Shape != WordShape.AllCaps) allCaps = false;
                if (token.Length < 4) continue;
                if (sentence && token.Shape != WordShape.AllCaps) return false;
                words++;
                if (token.IsCapitalized) capitalized++;
            }
            // "KIM JONG-UN MEETS LAVROV": a short headline in capitals says as little.
            return (words >= 4 || (allCaps && words >= 3)) && (sentence || capitalized * 10 >= words * 7);
        }

        // A lower-case word that joins a name's words ("de", "von", "bin").
        private static bool IsConnector(in NameToken token)
            => token.Kind == TokenKind.Word && token.Shape == WordShape.Lower && NameConnectors.Contains(token.Key);

        // "Sayyid Badr bin Hamad Albusaidi" with "Badr Albusaidi" in the catalog: a given name and its
        // patronymic ("bin Hamad", "ibn Saud") right before a known person's surname are that
        // person's, when the catalog's name opens on the same given name.
        [MethodImpl(Jit.Optimized)]
        private static bool OpensTheNameOfThePersonAfter(NameTokenList tokens, int first, int last, int end, bool[] covered, AliasIndex index)
        {
            if (last + 1 >= end || !covered[last + 1] || last - first < 2) return false;
            var patronymic = false;
            for (var k = first + 1; k < last && !patronymic; k++) patronymic = tokens[k].Key is "bin" or "ibn" or "bint";
            if (!patronymic || index.LongestMatch(tokens, last + 1, end) is not { EntityIndex: >= 0 } known) return false;
            var entity = index.Catalog.Entities[known.EntityIndex];
            return entity.Kind == EntityKind.Person && NameNormalizer.MatchKey(entity.Name).StartsWith(tokens[first].Key + " ", StringComparison.Ordinal);
        }

        [MethodImpl(Jit.Optimized)]
        private static void CollectUnresolved(
            string text, NameTokenList tokens, int start, int end, bool[] covered, AliasIndex index, LineMap lines,
            (int Start, int End)? credit, int storyStart, List<UnresolvedNameSpec> unresolved, ref List<MentionSpec>? spelledOut)
        {
            for (var i = start; i < end; i++)
            {
                if (!LooksLikeName(tokens[i], covered[i], index) && !AdjectiveOpensName(tokens, i, end, covered, index) && !OpensHyphenedName(tokens, i, end, covered, index)) continue;
                if (IsMalayStyle(tokens, start, i, end)) continue;
                if (IsHandle(text, tokens[i])) continue;
                var last = i;
                for (var j = i + 1; j < end; j++)
                {
                    var token = tokens[j];
                    if ((LooksLikeName(token, covered[j], index) || OpensHyphenedName(tokens, j, end, covered, index)) && !token.SentenceStart) { last = j; continue; }
                    // "Son-hui" goes on; "Asean-related", "Kremlin-backed" end with the name. So does a
                    // known name before another name word: "ASEAN-Japan Commemorative Summit".
                    if (token.HyphenJoined && token.Kind == TokenKind.Word && !AdjectiveSuffixes.Contains(token.Key)
                        && (!covered[j] || (token.IsCapitalized && j + 1 < end && tokens[j + 1].Start - token.End == 1 && LooksLikeName(tokens[j + 1], covered[j + 1], index)))) { last = j; continue; }
                    var nameFollows = j + 1 < end && NameStartsAt(tokens, j + 1, end, covered, index);
                    // "Grand Pacific Hotel": a capitalized adjective before a name word goes on.
                    if (last == j - 1 && nameFollows && IsInnerAdjective(tokens[j], covered[j])) continue;
                    // "Ursula von der Leyen": two connectors may stand between the name's words.
                    if (IsConnector(token) && (nameFollows || (j + 2 < end && IsConnector(tokens[j + 1]) && NameStartsAt(tokens, j + 2, end, covered, index)))) continue;
                    // "Association of Southeast Asian Nations", "League of Arab States": after "of",
                    // capitalized common words and adjectives go on to the name word they qualify.
                    if (last == j - 1 && token.Key == "of" && token.Shape == WordShape.Lower && ModifiedNameAt(tokens, j + 1, end, covered, index) is var named and > 0)
                    {
                        last = j = named;
                        continue;
                    }
                    // "Great Hall of the People": "of the" joins too, before a name word.
                    if (token.Key == "of" && token.Shape == WordShape.Lower && j + 2 < end && tokens[j + 1].Key == "the" && tokens[j + 1].Shape == WordShape.Lower
                        && LooksLikeName(tokens[j + 2], covered[j + 2], index))
                    {
                        j++;
                        continue;
                    }
                    if (token.Key == "'s" && PossessiveNameParts.Contains(tokens[j - 1].Key) && nameFollows) continue;
                    if (token.Key == "and" && token.Shape == WordShape.Lower && nameFollows && last == j - 1 && AfterThe(tokens, start, i, covered) && EndsInJoinedByAndNoun(tokens, j + 1, end, covered, index)) continue;
                    // "Union State" of Russia and Belarus: "State" also ends a name.
                    // "Bogor Presidential Palace", "Papua New Guinea": "Presidential" and "New" before a name word go on too.
                    if (token.Kind == TokenKind.Word && token.IsCapitalized && !token.SentenceStart && !covered[j]
                        && (CommonWords.ContinuesName(token.Key, nameFollows) || token.Key == "state" || (nameFollows && token.Key is "presidential" or "new") || IsGeneralOfAnInstitution(tokens, j, end)))
                    {
                        last = j;
                        continue;
                    }
                    break;
                }

                // "the State Affairs Commission", "the East Sea": capitalized common words after "the"
                // open the name of an institution or a place, which would be cut to its noun.
                i = CommonWordsOpening(tokens, start, i, last, covered);
                var first = tokens[i];
                var single = last == i;
                var keys = t_keys ??= new List<string>();
                keys.Clear();
                for (var k = i; k <= last; k++)
                {
                    if (tokens[k].Kind == TokenKind.Word) keys.Add(tokens[k].Key);
                }
                var opensSentence = first.SentenceStart || first.Start == storyStart;
                // "Minister of Public Security To Lam": the portfolio's words after the title are no
                // name; a name after them may be.
                if (PortfolioAfterTitleEnd(tokens, start, end, i, last) is var portfolioEnd and >= 0)
                {
                    i = portfolioEnd < last ? portfolioEnd : last;
                    continue;
                }
                // "Natural Resources Minister Alexander Kozlov", "Unification Minister Kim": the
                // words before a minister's title name the portfolio, not an entity.
                var portfolio = last + 1 < end && tokens[last + 1].Kind == TokenKind.Word && tokens[last + 1].IsCapitalized && PortfolioTitles.Contains(tokens[last + 1].Key);
                var skip = portfolio || (opensSentence && single && first.Shape != WordShape.AllCaps)
                    || ((single || OnlyAdjectivesBefore(tokens, i, last)) && FormalStateNameOf(tokens, last, end, covered))
                    || (credit is { } c && (first.Start >= c.Start && first.Start < c.End || IsASignOff(text, c, tokens, start, end, i, last)))
                    || IsTrailingCredit(text, tokens, end, i, last)
                    || IsInCreditNote(text, tokens, start, end, i, last)
                    || (first.Start < storyStart && first.Start >= tokens[start].Start && i == last && IsAbbreviatedRegion(text, first))
                    || (single && IsInstitutionAfterThe(tokens, start, i))
                    || OpensTheNameOfThePersonAfter(tokens, i, last, end, covered, index)
                    || index.IsIgnored(string.Join(" ", keys));
                // "Russian Federation", "Russian Far East": the adjective resolved to its country,
                // but the name is the whole phrase, and that is what an alias or the ignore list needs.
                var opening = AdjectiveBefore(tokens, start, i, covered);
                if (opening == i) opening = PlaceNamingAFacility(tokens, start, i, last, covered);
                opening = HyphenChainStart(tokens, start, opening, covered);
                if (opening < i)
                {
                    for (var k = i - 1; k >= opening; k--) keys.Insert(0, tokens[k].Key);
                    skip = skip || index.IsIgnored(string.Join(" ", keys));
                }
                if (!skip)
                {
                    var nameStart = tokens[opening].Start;
                    var nameEnd = tokens[last].End;
                    if ((AbbreviatedAs(index, keys) ?? InitialsOf(index, text, nameStart, nameEnd)) is { } abbreviated)
                    {
                        (spelledOut ??= new List<MentionSpec>()).Add(new MentionSpec(abbreviated, text.Substring(nameStart, nameEnd - nameStart), lines.Locate(nameStart, nameEnd - nameStart)));
                        i = last;
                        continue;
                    }
                    var suggestion = NameSuggester.Suggest(index, keys);
                    var suggested = suggestion >= 0 ? index.Catalog.Entities[suggestion] : null;
                    unresolved.Add(new UnresolvedNameSpec(text.Substring(nameStart, nameEnd - nameStart), lines.Locate(nameStart, nameEnd - nameStart), suggested?.Id, suggested?.Name));
                }
                i = last;
            }
        }

        // "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim": the second word of a Malaysian
        // style before a name ("Datuk" alone is a common word). "Tan" and "Seri" stay name words
        // elsewhere ("Tan Kin Lian", "Bandar Seri Begawan").
        [MethodImpl(Jit.Optimized)]
        private static bool IsMalayStyle(NameTokenList tokens, int start, int i, int end)
        {
            var key = tokens[i].Key;
            if (key == "tan") return i + 2 < end && tokens[i + 1].Key == "sri" && tokens[i + 2].Kind == TokenKind.Word && tokens[i + 2].IsCapitalized;
            return key is "seri" or "sri" && i > start && tokens[i - 1].Key is "datuk" or "dato" or "datin" or "tan"
                   && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].IsCapitalized;
        }

        // "Democratic People's Republic of Korea" with "DPRK" in the catalog: a name of three words or
        // more whose initials (not of "of", "the", "and") are an entity's name or alias in capitals
        // is that entity spelt out. The entity's id, or null.
        [MethodImpl(Jit.Optimized)]
        private static string? AbbreviatedAs(AliasIndex index, List<string> keys)
        {
            if (keys.Count < 3) return null;
            var initials = new char[keys.Count];
            var length = 0;
            foreach (var key in keys)
            {
                if (key.Length == 0 || !char.IsLetter(key[0]) || key is "of" or "the" or "and") continue;
                initials[length++] = key[0];
            }
            if (length < 3) return null;
            var abbreviation = new string(initials, 0, length);
            foreach (var name in index.EntityNames)
            {
                if (name.Keys.Length == 1 && name.AllCaps[0] && string.Equals(name.Keys[0], abbreviation, StringComparison.Ordinal))
                {
                    return index.Catalog.Entities[name.EntityIndex].Id;
                }
            }
            return null;
        }

        // "President of the Republic", "arrived in the Kingdom", "the Presidency said": a state's or an
        // institution's common noun, capitalized by house style after "the", is no name of its own.
        private static readonly HashSet<string> InstitutionNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "republic", "kingdom", "emirate", "sultanate", "principality", "presidency", "government", "cabinet", "palace",
            "parliament", "embassy", "consulate", "chancellery", "secretariat", "administration",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool IsInstitutionAfterThe(NameTokenList tokens, int start, int i)
            => i > start && tokens[i - 1].Key == "the" && InstitutionNouns.Contains(tokens[i].Key);

        // "NZ", "UAE": a name of two to four capitals that are the initials of one entity's name.
        [MethodImpl(Jit.Optimized)]
        private static string? InitialsOf(AliasIndex index, string text, int start, int end)
        {
            if (end - start is < 2 or > 4) return null;
            for (var i = start; i < end; i++)
            {
                if (text[i] is < 'A' or > 'Z') return null;
            }
            return index.EntityWithInitials(text.Substring(start, end - start));
        }

        // "Republic" of "the Republic of Belarus", "Kingdom" of "the Kingdom of the Netherlands": a
        // state's formal name around a name the catalog knows is that name, and no other.
        [MethodImpl(Jit.Optimized)]
        private static bool FormalStateNameOf(NameTokenList tokens, int i, int end, bool[] covered)
        {
            if (!StateForms.Contains(tokens[i].Key) || i + 2 >= end || tokens[i + 1].Key != "of" || tokens[i + 1].Shape != WordShape.Lower) return false;
            var name = tokens[i + 2].Key == "the" && tokens[i + 2].Shape == WordShape.Lower ? i + 3 : i + 2;
            return name < end && covered[name];
        }

        // "Arab Republic" of "the Arab Republic of Egypt", "Socialist Republic" of "the Socialist
        // Republic of Viet Nam": only adjectives before the state's form.
        [MethodImpl(Jit.Optimized)]
        private static bool OnlyAdjectivesBefore(NameTokenList tokens, int i, int last)
        {
            for (var k = i; k < last; k++)
            {
                if (!CommonWords.IsAdjective(tokens[k].Key) && !StateFormQualifiers.Contains(tokens[k].Key)) return false;
            }
            return true;
        }

        // "People's Republic of China", "Democratic Socialist Republic of Sri Lanka": words that
        // qualify a state's form, as a nationality does.
        private static readonly HashSet<string> StateFormQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "people", "'s", "democratic", "socialist", "federal", "federative", "islamic", "united", "plurinational", "bolivarian",
            "hashemite", "cooperative", "independent", "sovereign",
        };

        // "Iranian Foreign Minister Hossein Amir-Abdollahian": a title's word joined by a hyphen to a
        // name word is part of a surname, not a title before it.
        [MethodImpl(Jit.Optimized)]
        private static bool OpensHyphenedName(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
            => tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized && !covered[i] && tokens[i].Length > 1
               && i + 1 < end && tokens[i + 1].HyphenJoined && LooksLikeName(tokens[i + 1], covered[i + 1], index);

        // "WOODSIDE, Calif. —", "WASHINGTON, D.C. —": a dateline's abbreviated state after the place's
        // comma (the caller asks only before the story starts) is no name to add to a catalog. The
        // place is: "ASTANA. KAZINFORM –".
        [MethodImpl(Jit.Optimized)]
        private static bool IsAbbreviatedRegion(string text, NameToken token)
        {
            var before = token.Start - 1;
            while (before >= 0 && text[before] == ' ') before--;
            if (before < 0 || text[before] != ',') return false;
            return (token.End < text.Length && text[token.End] == '.') || text.IndexOf('.', token.Start, token.End - token.Start) >= 0;
        }

        // "Good to meet @SecBlinken": a social-media handle names an account, not an entity as written.
        [MethodImpl(Jit.Inlined)]
        private static bool IsHandle(string text, NameToken token) => token.Start > 0 && text[token.Start - 1] == '@';

        // "Minister of Public Security To Lam", "Minister of National Defense Andrei Belousov": the
        // words after an office and "of" name its portfolio up to a portfolio's noun (the noun may be
        // a common word that ended the run). Where that noun is, or -1; a country there ("Prime
        // Minister of Japan") is still reported.
        [MethodImpl(Jit.Optimized)]
        private static int PortfolioAfterTitleEnd(NameTokenList tokens, int start, int end, int first, int last)
        {
            var of = first - 1;
            if (of - 1 < start || tokens[of].Shape != WordShape.Lower) return -1;
            var before = tokens[of - 1];
            // "Minister of International Relations and Cooperation Naledi Pandor", "Ministry of Foreign
            // Affairs and International Cooperation": a second portfolio after "and" and the first.
            var secondPortfolio = tokens[of].Key == "and" && before.Kind == TokenKind.Word && before.IsCapitalized && PortfolioNouns.Contains(before.Key);
            if (!secondPortfolio && (tokens[of].Key != "of" || before.Kind != TokenKind.Word || !before.IsCapitalized || !PortfolioTitles.Contains(before.Key))) return -1;
            var reach = last + 1 < end && tokens[last + 1].Kind == TokenKind.Word && tokens[last + 1].IsCapitalized ? last + 1 : last;
            for (var k = first; k <= reach; k++)
            {
                if (PortfolioNouns.Contains(tokens[k].Key)) return k;
            }
            return -1;
        }

        private static readonly HashSet<string> PortfolioNouns = new HashSet<string>(StringComparer.Ordinal)
        {
            "security", "defense", "defence", "affairs", "finance", "finances", "health", "education", "trade", "industry", "justice", "interior",
            "agriculture", "labour", "labor", "energy", "culture", "transport", "transportation", "development", "economy", "planning",
            "environment", "information", "commerce", "communications", "tourism", "investment", "resources", "welfare", "works", "sports",
            "youth", "relations", "cooperation", "integration", "unification", "intelligence", "construction", "technology", "science",
        };

        // "VNA" alone on the last line of a story whose dateline credits "(VNA)": the agency signing
        // off. Named in a sentence ("a TASS correspondent reported") it is still reported.
        [MethodImpl(Jit.Optimized)]
        private static bool IsASignOff(string text, (int Start, int End) credit, NameTokenList tokens, int blockStart, int blockEnd, int first, int last)
        {
            var length = tokens[last].End - tokens[first].Start;
            if (length != credit.End - credit.Start || string.CompareOrdinal(text, tokens[first].Start, text, credit.Start, length) != 0) return false;
            for (var k = blockStart; k < blockEnd; k++)
            {
                if ((k < first || k > last) && tokens[k].Kind == TokenKind.Word) return false;
            }
            return true;
        }

        // The Global New Light of Myanmar's "... of Myanmar workers. — MNA": one word in capitals after
        // a sentence's end and a dash, closing the paragraph, is the agency the story came from.
        [MethodImpl(Jit.Optimized)]
        private static bool IsTrailingCredit(string text, NameTokenList tokens, int blockEnd, int first, int last)
        {
            if (first != last || tokens[first].Shape != WordShape.AllCaps || tokens[first].Length < 2) return false;
            for (var k = last + 1; k < blockEnd; k++)
            {
                if (tokens[k].Kind == TokenKind.Word) return false;
            }
            var i = tokens[first].Start - 1;
            while (i >= 0 && text[i] == ' ') i--;
            if (i < 0 || text[i] is not ('—' or '–' or '-')) return false;
            i--;
            if (i >= 0 && text[i] == '-') i--;
            if (i < 0 || text[i] != ' ') return false;
            while (i >= 0 && text[i] == ' ') i--;
            return i >= 0 && text[i] is '.' or '!' or '?' or '"' or '”';
        }

        // Agerpres's "... to Constanta. AGERPRES (RO - author: Ana Popescu, editor: Mihai Ionescu)":
        // a note in brackets that names the story's staff by their roles. The names in it, and the
        // agency's name right before it, are no one the story tells of; so is a name right after
        // such a label anywhere ("editor: Maria Stan").
        [MethodImpl(Jit.Optimized)]
        private static bool IsInCreditNote(string text, NameTokenList tokens, int blockStart, int blockEnd, int first, int last)
        {
            if (first - 2 >= blockStart && IsStaffLabel(text, tokens, first - 2)) return true;
            if (last + 1 < blockEnd && IsBreak(text, tokens[last + 1], '(')) return CreditNoteFrom(text, tokens, last + 1, blockEnd);
            // A note is short: its bracket is looked for a few tokens back, not across the paragraph.
            for (var k = first - 1; k >= blockStart && k >= first - CreditNoteReach; k--)
            {
                if (IsBreak(text, tokens[k], ')')) return false;
                if (IsBreak(text, tokens[k], '(')) return CreditNoteFrom(text, tokens, k, blockEnd);
            }
            return false;
        }

        private const int CreditNoteReach = 40;

        // Whether the brackets opening at open hold a staff label before they close.
        [MethodImpl(Jit.Optimized)]
        private static bool CreditNoteFrom(string text, NameTokenList tokens, int open, int blockEnd)
        {
            for (var k = open + 1; k + 1 < blockEnd && k <= open + CreditNoteReach; k++)
            {
                if (IsBreak(text, tokens[k], ')')) return false;
                if (IsStaffLabel(text, tokens, k)) return true;
            }
            return false;
        }

        // "author:", "editor:": a staff role and its colon at k.
        [MethodImpl(Jit.Inlined)]
        private static bool IsStaffLabel(string text, NameTokenList tokens, int k)
            => tokens[k].Kind == TokenKind.Word && StaffRoles.Contains(tokens[k].Key) && k + 1 < tokens.Count && IsBreak(text, tokens[k + 1], ':');

        [MethodImpl(Jit.Inlined)]
        private static bool IsBreak(string text, NameToken token, char c) => token.Kind == TokenKind.Break && text[token.Start] == c;

        private static readonly HashSet<string> StaffRoles = new HashSet<string>(StringComparer.Ordinal)
        {
            "author", "authors", "editor", "editors", "translator", "translation", "reporter", "reporters", "writer", "photographer", "photo", "edition",
        };

        // Words that, joined by a hyphen, make an adjective of the name before them.
        private static readonly HashSet<string> AdjectiveSuffixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "related", "based", "led", "backed", "made", "style", "born", "owned", "run", "sponsored", "linked", "allied", "funded",
            "aligned", "controlled", "occupied", "held", "friendly", "bound", "centric", "brokered", "hosted",
        };

        private static readonly HashSet<string> StateForms = new HashSet<string>(StringComparer.Ordinal)
        {
            "republic", "kingdom", "federation", "commonwealth", "principality", "sultanate", "emirate", "state",
        };

        // Whether the run of name words from i on ends in a noun of JoinedByAndNouns ("Road Forum").
        [MethodImpl(Jit.Optimized)]
        private static bool EndsInJoinedByAndNoun(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
        {
            var last = i;
            while (last + 1 < end && LooksLikeName(tokens[last + 1], covered[last + 1], index) && !tokens[last + 1].SentenceStart) last++;
            return JoinedByAndNouns.Contains(tokens[last].Key);
        }

        // Whether "the" stands before the name at i, or before the known names and hyphens that run
        // into it ("the Canada-European Union Comprehensive Economic and Trade Agreement").
        [MethodImpl(Jit.Optimized)]
        private static bool AfterThe(NameTokenList tokens, int start, int i, bool[] covered)
        {
            var j = JoinedNamesStart(tokens, start, i, covered, out _);
            return j > start && tokens[j - 1].Key == "the";
        }

        // Where the capitalized words right before j start that hyphens, or a blank after a known
        // name, join to it ("Canada-European Union" before "Comprehensive", "Russia-North Korea"
        // before "Friendship"); hyphened tells whether a hyphen joins any of them.
        [MethodImpl(Jit.Optimized)]
        private static int JoinedNamesStart(NameTokenList tokens, int start, int j, bool[] covered, out bool hyphened)
        {
            hyphened = false;
            while (j - 1 >= start && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].IsCapitalized && !tokens[j].SentenceStart
                   && (tokens[j].HyphenJoined || (covered[j - 1] && tokens[j].Start - tokens[j - 1].End == 1)))
            {
                hyphened |= tokens[j].HyphenJoined;
                j--;
            }
            return j;
        }

        // Where a name ending in an institution's or a place's noun starts when capitalized common
        // words after "the" open it ("the State Affairs Commission", "the East Sea"); else i.
        [MethodImpl(Jit.Optimized)]
        private static int CommonWordsOpening(NameTokenList tokens, int start, int i, int last, bool[] covered)
        {
            var noun = tokens[last].Key;
            if (!(JoinedByAndNouns.Contains(noun) || NamedAfterNouns.Contains(noun) || WatersNouns.Contains(noun))) return i;
            var j = i;
            while (j - 1 >= start && !covered[j - 1] && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].IsCapitalized && tokens[j - 1].Key != "the"
                   && CommonWords.IsCommon(tokens[j - 1].Key) && tokens[j].Start - tokens[j - 1].End == 1)
            {
                j--;
            }
            return j < i && j - 1 >= start && tokens[j - 1].Key == "the" ? j : i;
        }

        // Where the capitalized adjective right before the name at i starts ("Russian" of "Russian
        // Federation", "North Korean" of "North Korean People's Army") when a catalog name covers it;
        // else i.
        [MethodImpl(Jit.Optimized)]
        private static int AdjectiveBefore(NameTokenList tokens, int start, int i, bool[] covered)
        {
            var j = i - 1;
            if (j < start || !covered[j] || tokens[j].Kind != TokenKind.Word || !tokens[j].IsCapitalized) return i;
            var key = tokens[j].Key;
            var adjective = CommonWords.IsAdjective(key) || key.EndsWith("an", StringComparison.Ordinal) || key.EndsWith("ese", StringComparison.Ordinal);
            if (!adjective || tokens[i].Start - tokens[j].End != 1) return i;
            // "North Korean": a compass word before the adjective is part of it.
            if (j - 1 >= start && covered[j - 1] && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].IsCapitalized
                && CommonWords.ContinuesName(tokens[j - 1].Key, nameFollows: false) && tokens[j].Start - tokens[j - 1].End == 1)
            {
                j--;
            }
            return j;
        }

        // "Japan-China Friendship Forum", "China-Pakistan Economic Corridor", "Russia-Africa Summit":
        // names joined by hyphens right before the name opening at opening open it. Where the name
        // starts: the chain's first word, or opening when no hyphen is among them.
        [MethodImpl(Jit.Optimized)]
        private static int HyphenChainStart(NameTokenList tokens, int start, int opening, bool[] covered)
        {
            var j = JoinedNamesStart(tokens, start, opening, covered, out var hyphened);
            return hyphened ? j : opening;
        }

        // "Beijing Railway Station", "Bogor Presidential Palace": the known place a facility is named
        // after opens the name the catalog lacks, which was cut to "Railway Station". The place stays
        // a mention (where the station is). Where the name starts, or i.
        [MethodImpl(Jit.Optimized)]
        private static int PlaceNamingAFacility(NameTokenList tokens, int start, int i, int last, bool[] covered)
        {
            if (!NamedAfterNouns.Contains(tokens[last].Key)) return i;
            var j = i;
            while (j - 1 >= start && i - j < 3 && covered[j - 1] && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].IsCapitalized
                   && !tokens[j].SentenceStart && tokens[j].Start - tokens[j - 1].End == 1)
            {
                j--;
            }
            return j;
        }

        // "Democratic People's Republic", "Soviet Union", "New York", "St Andrew", "Presidential
        // Palace", "Supreme People's Assembly": a capitalized adjective or a saint's title opens the
        // name that follows it. Alone, or before a title
        // ("Russian Defense Minister"), it is no name. So does an office before "of" and a name
        // ("Ministry of External Affairs"), which is the office's name.
        [MethodImpl(Jit.Optimized)]
        private static bool AdjectiveOpensName(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
        {
            var token = tokens[i];
            if (covered[i] || token.Kind != TokenKind.Word || !token.IsCapitalized || i + 1 >= end) return false;
            if (CommonWords.IsOfficeNoun(token.Key))
            {
                return i + 2 < end && tokens[i + 1].Key == "of" && tokens[i + 1].Shape == WordShape.Lower && NameStartsAt(tokens, i + 2, end, covered, index);
            }
            if (IsGeneralOfAnInstitution(tokens, i, end)) return true;
            // "State House" (the presidency in Nairobi, Abuja, Kampala), "State Duma", "State Council":
            // the institution's name, where "House" alone would be reported. Not "Secretary of State
            // Marco Rubio".
            if (token.Key == "state" && tokens[i + 1].IsCapitalized && !covered[i + 1] && StateInstitutions.Contains(tokens[i + 1].Key)) return true;
            // "West Java", "South Sulawesi": a compass word opens a region's name, as an adjective does.
            if (!(CommonWords.IsAdjective(token.Key) || CommonWords.IsCompassWord(token.Key) || token.Key is "new" or "st" or "saint" or "presidential" or "supreme")) return false;
            // "Supreme State Council": "State" and a name word after the adjective open the name too;
            // so does another adjective ("Royal Pacific Hotel").
            var next = ((tokens[i + 1].Key == "state" && tokens[i + 1].IsCapitalized) || IsInnerAdjective(tokens[i + 1], covered[i + 1])) && i + 2 < end ? i + 2 : i + 1;
            return LooksLikeName(tokens[next], covered[next], index) && !tokens[next].SentenceStart;
        }

        private static readonly HashSet<string> StateInstitutions = new HashSet<string>(StringComparer.Ordinal) { "house", "duma", "council", "palace", "assembly" };

        // A capitalized adjective no name resolved ("Pacific" of "Grand Pacific Hotel").
        [MethodImpl(Jit.Optimized)]
        private static bool IsInnerAdjective(NameToken token, bool covered)
            => !covered && token.Kind == TokenKind.Word && token.IsCapitalized && !token.SentenceStart && CommonWords.IsAdjective(token.Key);

        // Where the name word ends a run of one or two capitalized common words or adjectives, none
        // resolved, that starts at i ("Southeast Asian Nations", "Arab States"), or -1.
        [MethodImpl(Jit.Optimized)]
        private static int ModifiedNameAt(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
        {
            for (var k = i; k < end && k < i + 3; k++)
            {
                var token = tokens[k];
                if (covered[k] || token.Kind != TokenKind.Word || !token.IsCapitalized || token.SentenceStart) return -1;
                if (k > i && LooksLikeName(token, covered[k], index)) return k;
                if (!CommonWords.IsCommon(token.Key) && !CommonWords.IsAdjective(token.Key)) return -1;
            }
            return -1;
        }

        // "General" of "the UN General Assembly", "the General Staff": no officer's title before the
        // institution's noun.
        private static readonly HashSet<string> GeneralInstitutions = new HashSet<string>(StringComparer.Ordinal)
        {
            "assembly", "staff", "secretariat", "directorate", "administration", "conference", "council", "command", "headquarters",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool IsGeneralOfAnInstitution(NameTokenList tokens, int i, int end)
            => tokens[i].Key == "general" && tokens[i].IsCapitalized && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].IsCapitalized
               && GeneralInstitutions.Contains(tokens[i + 1].Key);

        // Whether a name word, or a saint's title and a name word ("St Andrew"), stands at i.
        [MethodImpl(Jit.Optimized)]
        private static bool NameStartsAt(NameTokenList tokens, int i, int end, bool[] covered, AliasIndex index)
            => LooksLikeName(tokens[i], covered[i], index)
               || (!covered[i] && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized && tokens[i].Key is "st" or "saint"
                   && i + 1 < end && LooksLikeName(tokens[i + 1], covered[i + 1], index));

        [MethodImpl(Jit.Optimized)]
        private static bool LooksLikeName(NameToken token, bool covered, AliasIndex index)
            => !covered
               && token.Kind == TokenKind.Word
               && token.IsCapitalized
               && token.Length > 1
               && !CommonWords.IsCommon(token.Key)
               && !CommonWords.IsAdjective(token.Key)
               && !index.IsIgnored(token.Key);
    }
}
