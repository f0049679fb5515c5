using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Names
{
    /// <summary>
    /// Turns a word into the key names are matched on: lower case, no diacritics, no periods in
    /// initialisms, straight apostrophes, Latin letters for look-alikes from other scripts inside a
    /// Latin word, and one spelling per romanization variant. Equivalences are listed syllable by
    /// syllable on purpose, not found by a fuzzy threshold: "Kim Jong Un" and "Kim Jong Il" are one
    /// letter apart and two different people.
    /// </summary>
    public static class NameNormalizer
    {
        // Cyrillic and Greek capitals and small letters drawn like Latin ones ("Сosmodrome" with a
        // Cyrillic С). Only applied to words that also contain Latin letters, so real Cyrillic or
        // Greek names stay as they are.
        private static readonly Dictionary<char, char> LookAlikes = new Dictionary<char, char>
        {
            ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
            ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
            ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
            ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
            ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o',
        };

        // Romanization variants of one syllable or given name, each mapped to one representative.
        private static readonly Dictionary<string, string> Romanization = new Dictionary<string, string>
        {
            // Korean (McCune-Reischauer, Revised Romanization and common press spellings)
            ["choi"] = "choe", ["hee"] = "hui", ["jung"] = "jong", ["eun"] = "un", ["lee"] = "ri", ["rhee"] = "ri", ["yi"] = "ri",
            ["park"] = "pak", ["pyong"] = "pyeong",
            // Korean syllables written the Revised Romanization way or the press's, against McCune-Reischauer:
            // "Yoon Suk Yeol" is "Yun Sok Yol" and "Yoon Seok-youl", "Kim Jong Un" is "Kim Jeong-eun".
            ["yoon"] = "yun", ["seok"] = "sok", ["suk"] = "sok", ["yeol"] = "yol", ["youl"] = "yol", ["jeong"] = "jong",
            ["seon"] = "son", ["yeo"] = "yo", ["hyeon"] = "hyon", ["hyun"] = "hyon", ["yeong"] = "yong", ["young"] = "yong",
            ["cheol"] = "chol", ["chul"] = "chol", ["seong"] = "song", ["sung"] = "song", ["gwon"] = "kwon", ["moon"] = "mun",
            ["kyung"] = "kyong", ["kyeong"] = "kyong", ["gyeong"] = "kyong", ["gyong"] = "kyong",
            // Russian given names
            ["sergey"] = "sergei", ["sergej"] = "sergei", ["yury"] = "yuri", ["yuriy"] = "yuri", ["iurii"] = "yuri",
            ["dmitri"] = "dmitry", ["alexey"] = "alexei", ["aleksei"] = "alexei", ["aleksey"] = "alexei",
            ["andrey"] = "andrei", ["nikolay"] = "nikolai", ["yevgeny"] = "evgeny",
            ["maksim"] = "maxim", ["aleksandr"] = "alexander", ["valery"] = "valeri",
            ["arkady"] = "arkadi", ["vasily"] = "vasili",
            // Arabic given names
            ["mohammed"] = "muhammad", ["mohammad"] = "muhammad", ["mohamed"] = "muhammad", ["muhammed"] = "muhammad",
        };

        /// <summary>The match key of one word.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string WordKey(string word)
        {
            // Most words are plain ASCII: lower-case them without the Unicode normalization below.
            var ascii = true;
            foreach (var c in word)
            {
                if (c >= 128) { ascii = false; break; }
            }
            if (ascii)
            {
                var lower = word.ToLowerInvariant();
                // An initialism's periods are a matter of style: "U.N." is "UN", "U.S." is "US". Words
                // have a period inside only when they are initialisms (NameTokenizer).
                if (lower.IndexOf('.') >= 0) lower = lower.Replace(".", "");
                if (HasApostrophe(lower)) lower = WithoutAspirationMarks(lower);
                lower = WithSlavicEnding(lower);
                return Romanization.TryGetValue(lower, out var same) ? same : lower;
            }

            var builder = new StringBuilder(word.Length);
            var hasLatin = false;
            foreach (var c in word)
            {
                if (c < 128 && char.IsLetter(c)) { hasLatin = true; break; }
            }
            foreach (var c in word)
            {
                if (c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´') { builder.Append('\''); continue; }
                builder.Append(hasLatin && LookAlikes.TryGetValue(c, out var latin) ? latin : c);
            }

            var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
            builder.Clear();
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
            }
            var key = builder.ToString();
            if (HasApostrophe(key)) key = WithoutAspirationMarks(key);
            key = WithSlavicEnding(key);
            return Romanization.TryGetValue(key, out var representative) ? representative : key;
        }

        // Ukrainian and Russian names end in "-iy", "-yy", "-yi", "-ii" or "-y" by who transliterated
        // them: "Zelenskiy", "Zelenskyy" and "Zelensky" are one name, "Andrii" is "Andriy". Words of six
        // letters or more, so that short words keep their ending.
        [MethodImpl(Jit.Optimized)]
        private static string WithSlavicEnding(string key)
        {
            var n = key.Length;
            if (n < 6) return key;
            var last = key[n - 1];
            var before = key[n - 2];
            return (last == 'y' || last == 'i') && (before == 'i' || before == 'y') ? key.Substring(0, n - 2) + "y" : key;
        }

        // A loop of our own: string.IndexOf's vectorized search runs unoptimized in a fresh compiler,
        // and every new word's key is asked.
        [MethodImpl(Jit.Optimized)]
        private static bool HasApostrophe(string key)
        {
            for (var i = 1; i < key.Length; i++)
            {
                if (key[i] == '\'') return true;
            }
            return false;
        }

        // McCune-Reischauer marks an aspirated consonant with an apostrophe: "Ch'oe Sŏn-hŭi",
        // "P'yŏngyang" are Choe Son Hui and Pyongyang. Only after ch, k, p, t or ts and before a
        // vowel, so "O'Brien" and "D'Souza" keep theirs.
        [MethodImpl(Jit.Optimized)]
        private static string WithoutAspirationMarks(string key)
        {
            StringBuilder? kept = null;
            for (var i = 0; i < key.Length; i++)
            {
                var mark = key[i] == '\'' && i > 0 && i + 1 < key.Length && "kpths".IndexOf(key[i - 1]) >= 0 && "aeiouy".IndexOf(key[i + 1]) >= 0
                           && (key[i - 1] != 'h' || (i > 1 && key[i - 2] == 'c')) && (key[i - 1] != 's' || (i > 1 && key[i - 2] == 't'));
                if (mark) { kept ??= new StringBuilder(key, 0, i, key.Length); continue; }
                kept?.Append(key[i]);
            }
            return kept?.ToString() ?? key;
        }

        /// <summary>The match key of a whole name: its words' keys joined by single spaces.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string MatchKey(string name)
        {
            var tokens = NameTokenizer.Tokenize(name, 0, name.Length);
            var builder = new StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(tokens[i].Key);
            }
            return builder.ToString();
        }
    }
}
