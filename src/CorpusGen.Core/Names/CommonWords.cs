using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Names
{
    /// <summary>
    /// Capitalized words that are not names: function words that open sentences, titles and offices
    /// that precede names ("Foreign Minister Sergei Lavrov"), calendar words, and nationality
    /// adjectives. None of them alone makes an unresolved-entity warning.
    /// </summary>
    public static class CommonWords
    {
        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.Ordinal)
        {
            // function words and frequent sentence openers
            "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "his", "her", "him", "they",
            "them", "their", "we", "our", "us", "you", "your", "i", "my", "me", "who", "whom", "whose", "what", "which", "when",
            "where", "why", "how", "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by",
            "with", "without", "about", "after", "before", "during", "since", "until", "while", "as", "if", "though",
            "although", "because", "both", "either", "neither", "each", "every", "all", "any", "some", "many", "much", "most",
            "more", "less", "few", "other", "another", "such", "no", "not", "only", "also", "even", "still", "then", "now",
            "earlier", "later", "prior", "according", "regardless", "however", "meanwhile", "moreover", "furthermore",
            "instead", "indeed", "overall", "last", "next", "first", "second", "third", "one", "two", "three", "new", "top",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
            "could", "should", "may", "might", "must", "shall", "said", "says", "yes", "oh", "mr", "mrs", "ms", "dr", "prof",
            "sir", "madam", "st", "into", "over", "under", "between", "among", "against", "amid", "despite", "following",
            "within", "through", "throughout", "upon", "via", "per", "than", "just", "like", "unlike", "once", "twice",
            "whether", "again", "already", "always", "never", "often", "perhaps", "recently", "currently", "today",
            "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "photo", "video", "image", "source",
            "update", "updated", "breaking", "exclusive", "analysis", "opinion", "editorial", "comment", "watch", "listen",
            "read", "see", "note", "editor", "reporting", "writing", "additional", "feature",
            // compass words used alone ("the North", "the West")
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            // titles and offices
            "president", "vice", "prime", "minister", "ministers", "foreign", "defense", "defence", "interior", "finance",
            "secretary", "general", "chairman", "chairwoman", "chair", "chief", "deputy", "ambassador", "envoy", "leader",
            "king", "queen", "prince", "princess", "crown", "emperor", "pope", "comrade", "marshal", "colonel", "captain",
            "lieutenant", "major", "admiral", "commander", "senator", "representative", "governor", "mayor", "spokesman",
            "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "director", "head", "state", "affairs", "premier",
            "chancellor", "ministry", "department", "official", "officials", "supreme", "lady", "presidential", "office",
            "excellency", "honorable", "hon", "sen", "rep", "gov", "gen", "lt", "col", "capt", "fm", "pm", "ruler",
            "heads", "speaker", "taoiseach", "tanaiste", "lord", "baroness", "ayatollah",
            // offices in the plural, capitalized by some agencies ("the two Presidents discussed")
            "presidents", "premiers", "chancellors", "kings",
            // a grade before a rank or an office ("Senior General Min Aung Hlaing", "Senior Minister")
            "senior",
            // styles and honorifics before a name ("His Highness Sheikh Mohamed bin Zayed", "Datuk Seri Anwar Ibrahim")
            "highness", "majesty", "holiness", "eminence", "sheikh", "sheikha", "datuk", "dato", "datin", "amir", "emir",
            // India's "Shri Narendra Modi" and "Smt. Droupadi Murmu", Oman's "Sayyid Badr", the Church's "Cardinal Pietro Parolin"
            "shri", "smt", "shrimati", "sayyid", "cardinal", "archbishop",
            // the Gulf agencies' abbreviated styles: QNA's "HH the Amir", "HRH the Crown Prince" ("HE" is "he")
            "hh", "hrh",
            // calendar
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            // currency codes before an amount ("EUR 350 million", "USD 1.2 billion")
            "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "rub", "krw", "aud", "cad", "chf", "sek", "nok", "pln", "try", "uah",
            // time zones, after a live blog's or a stamp's time ("3:05 a.m. KST")
            "gmt", "utc", "bst", "cet", "cest", "eet", "msk", "kst", "jst", "hkt", "sgt", "ist", "aest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt",
        };

        // Nationality and region adjectives that do not derive from a catalog name by rule, each also
        // in its plural: listed rather than found by cutting an "s", which cost a string per
        // capitalized word.
        private static readonly HashSet<string> Adjectives = WithPlurals(new[]
        {
            // Beyond the nationalities the descriptions know (PersonDescriptions.NationalityAdjectives):
            "soviet", "european", "western", "eastern", "northern", "southern", "asian", "arab", "arabic", "english",
            "communist", "democratic", "republican", "socialist", "muslim", "christian", "jewish", "catholic", "orthodox",
            "islamic", "atlantic", "pacific", "nordic", "baltic", "balkan", "caucasian", "slavic", "latin",
            // "His Royal Highness" is a style, "Royal Navy" a name
            "royal", "imperial",
        }.Concat(PersonDescriptions.NationalityAdjectives).ToArray());

        /// <summary>
        /// Whether the common word <paramref name="key"/>, capitalized inside a run of name words, belongs
        /// to the name: a compass word ("Far East", "Middle East") or an office ("Unification Ministry",
        /// "External Affairs") anywhere, "State" or a saint's title before another name word ("Kumsusan
        /// State Guest House", "Order of St Andrew"). Titles are not: "Pyongyang Mayor Kim" is two names.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static bool ContinuesName(string key, bool nameFollows)
            => IsCompassWord(key)
               || IsOfficeNoun(key) || key == "affairs"
               || (nameFollows && key is "state" or "st" or "saint");

        /// <summary>A compass word, which opens or continues a region's name ("West Java", "Far East").</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsCompassWord(string key)
            => key is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest";

        /// <summary>
        /// Whether <paramref name="key"/> names an office of government, which is part of the name
        /// after a name word ("Unification Ministry") or before "of" and one ("Ministry of External
        /// Affairs"), though no name alone.
        /// </summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsOfficeNoun(string key) => key is "ministry" or "department" or "office";

        /// <summary>Whether the match key <paramref name="key"/> is a common word, title or calendar word.</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsCommon(string key) => Words.Contains(key);

        /// <summary>Whether <paramref name="key"/> is a nationality or region adjective (singular or plural).</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool IsAdjective(string key) => Adjectives.Contains(key);

        private static HashSet<string> WithPlurals(string[] words)
        {
            var all = new HashSet<string>(words, StringComparer.Ordinal);
            foreach (var word in words) all.Add(word + "s");
            return all;
        }

        /// <summary>
        /// Adjective and people forms derived from a place name by the usual English endings
        /// (Russia → Russian, Ukraine → Ukrainian, Japan → Japanese, North Korea → North Korean).
        /// </summary>
        public static IEnumerable<string> DerivedAdjectives(string name)
        {
            if (name.Length < 3) yield break;
            var forms = new List<string>();
            if (name.EndsWith("a", StringComparison.OrdinalIgnoreCase)) forms.Add(name + "n");
            if (name.EndsWith("e", StringComparison.OrdinalIgnoreCase)) forms.Add(name.Substring(0, name.Length - 1) + "ian");
            if (name.EndsWith("y", StringComparison.OrdinalIgnoreCase)) forms.Add(name.Substring(0, name.Length - 1) + "ian");
            if (name.EndsWith("n", StringComparison.OrdinalIgnoreCase)) forms.Add(name + "ese");
            if (!name.EndsWith("a", StringComparison.OrdinalIgnoreCase)) forms.Add(name + "ian");
            forms.Add(name + "i");
            foreach (var form in forms)
            {
                yield return form;
                yield return form + "s";
            }
        }
    }
}
