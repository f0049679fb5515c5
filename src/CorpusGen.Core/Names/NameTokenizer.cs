using System;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Collections;

namespace CorpusGen.Core.Names
{
    /// <summary>What a token is.</summary>
    public enum TokenKind : byte
    {
        /// <summary>A word (letters or digits; "U.S." and "'s" included).</summary>
        Word,
        /// <summary>A comma: names such as "One Belt, One Road" contain one.</summary>
        Comma,
        /// <summary>Any other punctuation: no name runs across it.</summary>
        Break,
    }

    /// <summary>How a word is written.</summary>
    public enum WordShape : byte
    {
        /// <summary>Starts with a lower-case letter.</summary>
        Lower,
        /// <summary>Starts with an upper-case letter.</summary>
        Capitalized,
        /// <summary>Two or more letters, all upper case (DPRK, KCNA, US).</summary>
        AllCaps,
        /// <summary>Starts with a digit.</summary>
        Numeric,
        /// <summary>Not a word.</summary>
        None,
    }

    /// <summary>One token with its offsets in the file and its match key.</summary>
    /// <param name="HyphenJoined">The token follows the previous one across a hyphen ("Jong-un").</param>
    /// <param name="SentenceStart">The token opens a sentence, so its capital says nothing.</param>
    public readonly record struct NameToken(int Start, int Length, TokenKind Kind, string Key, WordShape Shape, bool HyphenJoined, bool SentenceStart)
    {
        /// <summary>Offset one past the token.</summary>
        public int End => Start + Length;

        /// <summary>Starts with a capital (or is an acronym).</summary>
        public bool IsCapitalized => Shape == WordShape.Capitalized || Shape == WordShape.AllCaps;
    }

    /// <summary>
    /// Tokens in order, in an array that grows and is reused: the mention stage tokenizes every block
    /// of every article, and a new list per block (sized for the worst case, 32 bytes a token) was
    /// about 200 MB of the 720 MB that 10,000 articles allocated. Public (tokenizing and name lookup
    /// are), over the core's internal <see cref="GrowableArray{T}"/> rather than a framework list:
    /// see that type for why.
    /// </summary>
    public sealed class NameTokenList
    {
        private readonly GrowableArray<NameToken> _items;

        /// <summary>An empty list with room for <paramref name="capacity"/> tokens.</summary>
        [MethodImpl(Jit.Optimized)]
        public NameTokenList(int capacity = 16) => _items = new GrowableArray<NameToken>(capacity);

        /// <summary>How many tokens the list holds.</summary>
        public int Count
        {
            [MethodImpl(Jit.Inlined)]
            get => _items.Count;
        }

        /// <summary>The token at <paramref name="index"/> (below <see cref="Count"/>).</summary>
        public NameToken this[int index]
        {
            [MethodImpl(Jit.Inlined)]
            get => _items[index];
        }

        [MethodImpl(Jit.Inlined)]
        internal void Add(NameToken token) => _items.Add(token);

        /// <summary>Empties the list, keeping its array (and dropping the key strings).</summary>
        [MethodImpl(Jit.Inlined)]
        internal void Clear() => _items.Clear();
    }

    /// <summary>
    /// Splits text into word tokens for name matching. Hyphens inside words split them ("Kim
    /// Jong-un" and "Kim Jong Un" give the same keys); a possessive "'s" becomes its own token so that
    /// "Lavrov’s" still names Lavrov.
    /// </summary>
    public static class NameTokenizer
    {
        /// <summary>Tokenizes <paramref name="text"/> within [start, end).</summary>
        [MethodImpl(Jit.Optimized)]
        public static NameTokenList Tokenize(string text, int start, int end)
        {
            var tokens = new NameTokenList();
            Tokenize(text, start, end, tokens);
            return tokens;
        }

        /// <summary>Appends the tokens of <paramref name="text"/> within [start, end) to <paramref name="tokens"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public static void Tokenize(string text, int start, int end, NameTokenList tokens)
        {
            var first = tokens.Count;
            var sentenceStart = true;
            var hyphenJoined = false;
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c)) { hyphenJoined = false; i++; continue; }

                if (char.IsLetterOrDigit(c))
                {
                    // An initialism's second character is its first period: most words skip the test.
                    var wordEnd = i + 1 < end && text[i + 1] == '.' ? ReadInitialism(text, i, end) : -1;
                    var asciiHash = 0u;
                    var asciiShape = WordShape.None;
                    if (wordEnd < 0)
                    {
                        wordEnd = ReadAsciiWord(text, i, end, out asciiHash, out asciiShape);
                    }
                    if (wordEnd < 0)
                    {
                        wordEnd = i;
                        while (wordEnd < end && IsWordCharacter(text, wordEnd, end))
                        {
                            wordEnd++;
                        }
                    }
                    if (IsPatronymic(text, i, wordEnd, end, tokens, first))
                    {
                        // "Vladimir Vladimirovich Putin", "Sergei Viktorovich Lavrov": Russian and
                        // Ukrainian sources give the father's name between the given name and the
                        // surname; the name reads on without it, as the catalog writes it.
                        i = wordEnd;
                        continue;
                    }
                    if (IsMiddleInitial(text, i, wordEnd, end, tokens, first))
                    {
                        // "Vladimir V. Putin", "Joseph R. Biden": the name reads on as if the initial
                        // were not there, and its period does not end a sentence.
                        i = wordEnd + 1;
                        continue;
                    }
                    if (asciiShape != WordShape.None)
                    {
                        var key = WordKeyCache.KeyOfAscii(text, i, wordEnd - i, asciiHash);
                        tokens.Add(new NameToken(i, wordEnd - i, TokenKind.Word, key, asciiShape, hyphenJoined, sentenceStart));
                    }
                    else
                    {
                        AddWord(tokens, text, i, wordEnd, hyphenJoined, sentenceStart);
                    }
                    sentenceStart = false;
                    hyphenJoined = false;
                    i = wordEnd;
                    // A possessive ending: "Lavrov’s", "countries’".
                    if (i + 1 < end && IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        tokens.Add(new NameToken(i, 2, TokenKind.Word, "'s", WordShape.Lower, false, false));
                        i += 2;
                    }
                    else if (i < end && IsApostrophe(text[i]))
                    {
                        i++;
                    }
                    if (i + 1 < end && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]))
                    {
                        hyphenJoined = true;
                        i++;
                    }
                    continue;
                }

                if (c == ',')
                {
                    tokens.Add(new NameToken(i, 1, TokenKind.Comma, ",", WordShape.None, false, false));
                }
                else
                {
                    tokens.Add(new NameToken(i, 1, TokenKind.Break, "", WordShape.None, false, false));
                    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '(' || c == '[') sentenceStart = true;
                    else if (IsQuote(c) && (tokens.Count == first + 1 || sentenceStart || PrecededByColonOrComma(text, i, start))) sentenceStart = true;
                }
                i++;
            }
        }

        // One capital letter and a period between two capitalized words, one space on each side; not
        // "I" ("World War I. The ..."). A sentence that ends in one ("Plan B. Putin ...") reads on
        // into the next: rare in news, where middle initials are common.
        [MethodImpl(Jit.Optimized)]
        private static bool IsMiddleInitial(string text, int i, int wordEnd, int end, NameTokenList tokens, int first)
        {
            if (wordEnd != i + 1 || !char.IsUpper(text[i]) || text[i] == 'I' || wordEnd + 2 >= end || text[wordEnd] != '.' || text[wordEnd + 1] != ' ' || !char.IsUpper(text[wordEnd + 2])) return false;
            if (tokens.Count == first) return false;
            var previous = tokens[tokens.Count - 1];
            return previous.Kind == TokenKind.Word && previous.Shape == WordShape.Capitalized && previous.End == i - 1 && text[i - 1] == ' ';
        }

        // A capitalized word with a patronymic ending between two capitalized words, one space on each
        // side. A surname of that shape ("Roman Abramovich") is followed by a capitalized word only in
        // a headline.
        private static readonly string[] PatronymicEndings = { "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna" };

        [MethodImpl(Jit.Optimized)]
        private static bool IsPatronymic(string text, int i, int wordEnd, int end, NameTokenList tokens, int first)
        {
            if (wordEnd - i < 7 || !char.IsUpper(text[i]) || wordEnd + 1 >= end || text[wordEnd] != ' ' || !char.IsUpper(text[wordEnd + 1])) return false;
            if (tokens.Count == first) return false;
            var previous = tokens[tokens.Count - 1];
            if (previous.Kind != TokenKind.Word || previous.Shape != WordShape.Capitalized || previous.End != i - 1 || text[i - 1] != ' ') return false;
            foreach (var ending in PatronymicEndings)
            {
                if (string.CompareOrdinal(text, wordEnd - ending.Length, ending, 0, ending.Length) == 0) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool PrecededByColonOrComma(string text, int i, int start)
        {
            var j = i - 1;
            while (j >= start && char.IsWhiteSpace(text[j])) j--;
            return j >= start && (text[j] == ':' || text[j] == ',');
        }

        [MethodImpl(Jit.Optimized)]
        private static void AddWord(NameTokenList tokens, string text, int start, int end, bool hyphenJoined, bool sentenceStart)
        {
            var key = WordKeyCache.KeyOf(text, start, end - start);
            tokens.Add(new NameToken(start, end - start, TokenKind.Word, key, ShapeOf(text, start, end), hyphenJoined, sentenceStart));
        }

        [MethodImpl(Jit.Inlined)]
        private static bool IsWordCharacter(string text, int i, int end)
            => char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark || IsInnerApostrophe(text, i, end);

        /// <summary>
        /// Reads a word of ASCII letters and digits (an inner apostrophe included) in one pass that
        /// also gives its key's hash (<see cref="WordKeyCache.HashStep"/>) and its shape: most words of
        /// English news are such words, and reading each three times (its end, its hash, its shape) was
        /// a fifth of the extraction. Returns -1, and leaves the word to the general reading, when a
        /// character that is not ASCII belongs to it.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        private static int ReadAsciiWord(string text, int start, int end, out uint hash, out WordShape shape)
        {
            hash = WordKeyCache.EmptyHash;
            var first = text[start];
            shape = first <= '9' ? WordShape.Numeric : first <= 'Z' ? WordShape.AllCaps : WordShape.Lower;
            var letters = 0;
            var i = start;
            for (; i < end; i++)
            {
                var c = text[i];
                if (c >= 'a' && c <= 'z')
                {
                    letters++;
                    if (shape == WordShape.AllCaps) shape = WordShape.Capitalized;
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    letters++;
                    c = (char)(c + 32);
                }
                else if (c >= '0' && c <= '9')
                {
                }
                else if (c == '\'')
                {
                    if (!IsInnerApostrophe(text, i, end)) break;
                }
                else if (c >= 128)
                {
                    if (IsWordCharacter(text, i, end)) { shape = WordShape.None; return -1; }
                    break;
                }
                else
                {
                    break;
                }
                hash = WordKeyCache.HashStep(hash, c);
            }
            if (shape == WordShape.AllCaps && letters < 2) shape = WordShape.Capitalized;
            return i;
        }

        // "U.S.", "U.N.": single letters each followed by a period.
        [MethodImpl(Jit.Optimized)]
        private static int ReadInitialism(string text, int i, int end)
        {
            var j = i;
            var letters = 0;
            while (j + 1 < end && char.IsLetter(text[j]) && char.IsUpper(text[j]) && text[j + 1] == '.')
            {
                letters++;
                j += 2;
                if (j < end && char.IsLetter(text[j]) && (j + 1 >= end || text[j + 1] != '.')) return -1;
            }
            return letters >= 2 ? j : -1;
        }

        [MethodImpl(Jit.Inlined)]
        private static bool IsInnerApostrophe(string text, int i, int end)
            => IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1])
               && !((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])));

        [MethodImpl(Jit.Inlined)]
        private static bool IsApostrophe(char c) => c == '\'' || c == '’' || c == 'ʼ';

        [MethodImpl(Jit.Inlined)]
        private static bool IsQuote(char c) => c == '"' || c == '“' || c == '”' || c == '‘' || c == '«' || c == '„';

        /// <summary>How <paramref name="word"/> is written.</summary>
        [MethodImpl(Jit.Optimized)]
        public static WordShape ShapeOf(string word) => ShapeOf(word, 0, word.Length);

        [MethodImpl(Jit.Optimized)]
        private static WordShape ShapeOf(string text, int start, int end)
        {
            if (end <= start) return WordShape.None;
            if (char.IsDigit(text[start])) return WordShape.Numeric;
            if (!char.IsUpper(text[start])) return WordShape.Lower;
            var letters = 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!char.IsLetter(c)) continue;
                letters++;
                if (!char.IsUpper(c)) return WordShape.Capitalized;
            }
            return letters >= 2 ? WordShape.AllCaps : WordShape.Capitalized;
        }
    }
}
