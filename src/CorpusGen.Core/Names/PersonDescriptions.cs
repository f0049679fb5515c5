using System;
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
    public static class PersonDescriptions
    {
        // The words of an office, as they stand before a name or in a description.
        private static readonly string[] OfficeWords =
        {
            "leader", "president", "premier", "chancellor", "chairman", "king", "prime", "minister", "foreign", "defense", "defence",
            "diplomat", "top", "envoy", "ambassador", "spokesman", "spokeswoman", "supreme", "state", "secretary", "of", "general",
        };

        // Offices that lead a country: "the Russian leader" is whoever was introduced with one of these.
        private static readonly string[] LeaderOffices = { "leader", "president", "premier", "chancellor", "chairman", "king" };

        // Nationality adjectives and the countries they name, index for index: "Russian" and "Russia's"
        // are both "russia". Compass words stay part of it: "North Korean" is "north korea", not "korea".
        private static readonly string[] Adjectives =
        {
            "russian", "korean", "chinese", "japanese", "ukrainian", "american", "iranian", "israeli", "indian", "turkish", "german",
            "french", "british", "belarusian", "mongolian", "vietnamese", "syrian", "iraqi", "egyptian", "saudi", "palestinian",
            "polish", "italian", "canadian", "australian",
        };

        private static readonly string[] Countries =
        {
            "russia", "korea", "china", "japan", "ukraine", "america", "iran", "israel", "india", "turkey", "germany",
            "france", "britain", "belarus", "mongolia", "vietnam", "syria", "iraq", "egypt", "saudi arabia", "palestine",
            "poland", "italy", "canada", "australia",
        };

        private static readonly string[] Compass = { "north", "south" };

        /// <summary>
        /// <paramref name="mentions"/> (in text order) with a mention added for every description
        /// that tells one person, spanning the description without its article ("Russian leader").
        /// The same list when there is none.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static List<MentionSpec> AddTo(string text, List<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> entities)
        {
            List<(string Person, int At, string Nationality, List<string> Office)>? introduced = null;
            foreach (var mention in mentions)
            {
                if (!entities.TryGetValue(mention.EntityId, out var entity) || entity.Kind != EntityKind.Person) continue;
                var title = TitleBefore(text, mention.Span.Start) ?? AppositionAfter(text, mention.Span.End);
                if (title is { } t) (introduced ??= new List<(string, int, string, List<string>)>()).Add((mention.EntityId, mention.Span.Start, t.Nationality, t.Office));
            }
            if (introduced is null) return mentions;

            List<MentionSpec>? added = null;
            // A loop of our own rather than IndexOf: the framework's vectorized search runs
            // unoptimized in a fresh compiler (docs/performance.md).
            for (var i = 0; i + 5 < text.Length; i++)
            {
                if (text[i] is not ('t' or 'T') || text[i + 1] != 'h' || text[i + 2] != 'e' || text[i + 3] != ' ' || !char.IsUpper(text[i + 4])
                    || (i > 0 && char.IsLetter(text[i - 1]))) continue;
                if (ReadDescription(text, i + 4) is { } description) Resolve(text, description, i, introduced, entities, ref added);
            }
            // "Russia's top diplomat arrived ...": a country's possessive opens a description too.
            foreach (var mention in mentions)
            {
                if (!entities.TryGetValue(mention.EntityId, out var country) || country.Kind != EntityKind.Country || !IsPossessiveAt(text, mention.Span.End)) continue;
                var nationality = NationalityOfCountry(text, mention.Span.Start, mention.Span.End);
                if (nationality is not null && ReadOffice(text, mention.Span.End + 2) is { } office)
                {
                    Resolve(text, (mention.Span.Start, office.End, nationality, office.Office), mention.Span.Start, introduced, entities, ref added);
                }
            }
            if (added is null) return mentions;
            var all = new List<MentionSpec>(mentions.Count + added.Count);
            all.AddRange(mentions);
            all.AddRange(added);
            all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return all;
        }

        // The one person introduced before position with the description's nationality and a
        // fitting office, added as a mention there; nobody when none or two are.
        [MethodImpl(Jit.Optimized)]
        private static void Resolve(
            string text, (int Start, int End, string Nationality, List<string> Office) description, int position,
            List<(string Person, int At, string Nationality, List<string> Office)> introduced, IReadOnlyDictionary<string, EntitySpec> entities, ref List<MentionSpec>? added)
        {
            string? person = null;
            foreach (var (who, at, nationality, office) in introduced)
            {
                if (at >= position || nationality != description.Nationality || !Fits(description.Office, office, entities[who])) continue;
                if (person is not null && person != who) return;
                person = who;
            }
            if (person is null) return;
            var length = description.End - description.Start;
            (added ??= new List<MentionSpec>()).Add(new MentionSpec(person, text.Substring(description.Start, length), new SourceSpan(description.Start, length, 0, 0)));
        }

        // The nationality a country's name at [start, end) gives: "Russia" is "russia", "North Korea"
        // "north korea"; null for a country without one here.
        [MethodImpl(Jit.Optimized)]
        private static string? NationalityOfCountry(string text, int start, int end)
        {
            var first = WordEnd(text, start);
            if (OneOf(text, start, first, Compass) is { } compass)
            {
                return first + 1 < end && OneOf(text, first + 1, end, Countries) is { } country ? compass + " " + country : null;
            }
            return OneOf(text, start, end, Countries);
        }

        // "Russian President" before "Vladimir Putin", "North Korea's leader" before "Kim Jong Un":
        // a nationality, then words of an office, then the name. Not "former Russian President".
        [MethodImpl(Jit.Optimized)]
        private static (string Nationality, List<string> Office)? TitleBefore(string text, int nameStart)
        {
            List<string>? office = null;
            var i = nameStart;
            while (true)
            {
                var (start, end) = WordBefore(text, i);
                if (start == end) return null;
                if (OneOf(text, start, end, OfficeWords) is { } word) { (office ??= new List<string>()).Insert(0, word); i = start; continue; }
                if (office is null) return null;
                var nationality = NationalityEndingAt(text, start, end, out var opening);
                if (nationality is null) return null;
                var (formerStart, formerEnd) = WordBefore(text, opening);
                return OneOf(text, formerStart, formerEnd, Former) is null ? (nationality, office) : null;
            }
        }

        private static readonly string[] Former = { "former" };

        // "Kim Jong Un, the North Korean leader," after the name.
        [MethodImpl(Jit.Optimized)]
        private static (string Nationality, List<string> Office)? AppositionAfter(string text, int nameEnd)
        {
            var i = nameEnd;
            if (i + 6 >= text.Length || text[i] != ',' || text[i + 1] != ' ' || !PatternText.Matches(text, i + 2, text.Length, "the ")) return null;
            return ReadDescription(text, i + 6) is { } d ? (d.Nationality, d.Office) : null;
        }

        // A description from start: a nationality ("Russian", "North Korean"), words of an office
        // ending in a noun, and no name after it ("the Russian President Vladimir Putin" is a name).
        // "the Russian leader's visit" is the leader's.
        [MethodImpl(Jit.Optimized)]
        private static (int Start, int End, string Nationality, List<string> Office)? ReadDescription(string text, int start)
        {
            var end = WordEnd(text, start);
            string? nationality;
            if (OneOf(text, start, end, Compass) is { } compass)
            {
                if (end >= text.Length || text[end] != ' ') return null;
                var secondEnd = WordEnd(text, end + 1);
                if (CountryOf(text, end + 1, secondEnd) is not { } country) return null;
                nationality = compass + " " + country;
                end = secondEnd;
            }
            else
            {
                nationality = CountryOf(text, start, end);
            }
            if (nationality is null) return null;

            return ReadOffice(text, end) is { } office ? (start, office.End, nationality, office.Office) : null;
        }

        // The words of an office from after (a blank before each), ending in a noun and with no name
        // after them; where the last noun ends.
        [MethodImpl(Jit.Optimized)]
        private static (int End, List<string> Office)? ReadOffice(string text, int after)
        {
            List<string>? office = null;
            var officeEnd = after;
            var nouns = 0;
            var nounEnd = -1;
            while (officeEnd < text.Length && text[officeEnd] == ' ')
            {
                var wordEnd = WordEnd(text, officeEnd + 1);
                if (OneOf(text, officeEnd + 1, wordEnd, OfficeWords) is not { } word) break;
                (office ??= new List<string>()).Add(word);
                officeEnd = wordEnd;
                if (!IsModifier(word)) (nouns, nounEnd) = (office.Count, wordEnd);
                if (IsPossessiveAt(text, officeEnd)) break;
            }
            // The office ends in a noun ("leader", "minister"): "the Russian foreign ministry" is none,
            // and "the Russian leader of" ends at "leader".
            if (office is null || nouns == 0) return null;
            office.RemoveRange(nouns, office.Count - nouns);
            var next = IsPossessiveAt(text, nounEnd) ? nounEnd + 2 : nounEnd;
            while (next < text.Length && text[next] == ' ') next++;
            if (next < text.Length && char.IsUpper(text[next])) return null;
            return (nounEnd, office);
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsModifier(string word) => word is "foreign" or "defense" or "defence" or "prime" or "top" or "of" or "supreme" or "state";

        // Whether a description's office fits the one a person was introduced with.
        [MethodImpl(Jit.Optimized)]
        private static bool Fits(List<string> described, List<string> introduced, EntitySpec person)
        {
            var head = described[described.Count - 1];
            if (head == "leader")
            {
                if (person.IsLeader) return true;
                foreach (var office in LeaderOffices)
                {
                    if (introduced.Contains(office)) return true;
                }
                return introduced.Contains("prime") && introduced.Contains("minister");
            }
            if (head == "diplomat")
            {
                return introduced.Contains("diplomat") || (introduced.Contains("foreign") && introduced.Contains("minister"));
            }
            foreach (var word in described)
            {
                if (word == "top" || introduced.Contains(word)) continue;
                if (word is "defence" or "defense" && (introduced.Contains("defense") || introduced.Contains("defence"))) continue;
                return false;
            }
            return true;
        }

        // The nationality the word at [start, end) gives, with the compass word before it ("North
        // Korean", "North Korea's"); opening is where it starts.
        [MethodImpl(Jit.Optimized)]
        private static string? NationalityEndingAt(string text, int start, int end, out int opening)
        {
            opening = start;
            var country = IsPossessiveAt(text, end - 2) ? OneOf(text, start, end - 2, Countries) : CountryOf(text, start, end);
            if (country is null) return null;
            var (compassStart, compassEnd) = WordBefore(text, start);
            if (compassEnd > compassStart && char.IsUpper(text[compassStart]) && OneOf(text, compassStart, compassEnd, Compass) is { } compass)
            {
                opening = compassStart;
                return compass + " " + country;
            }
            return country;
        }

        // The country a nationality adjective at [start, end) names ("Russian": "russia").
        [MethodImpl(Jit.Optimized)]
        private static string? CountryOf(string text, int start, int end)
        {
            for (var k = 0; k < Adjectives.Length; k++)
            {
                if (end - start == Adjectives[k].Length && PatternText.MatchesIgnoringAsciiCase(text, start, end, Adjectives[k])) return Countries[k];
            }
            return null;
        }

        // The word of words at [start, end), compared ignoring ASCII case.
        [MethodImpl(Jit.Optimized)]
        private static string? OneOf(string text, int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (end - start == word.Length && PatternText.MatchesIgnoringAsciiCase(text, start, end, word)) return word;
            }
            return null;
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
