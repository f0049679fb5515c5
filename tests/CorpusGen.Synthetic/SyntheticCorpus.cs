using System.Globalization;
using System.Text;

namespace CorpusGen.Synthetic;

/// <summary>One generated article file.</summary>
public sealed record SyntheticArticle(string FileName, string Text);

/// <summary>
/// Generates N realistic news articles, the same ones for the same N and seed on every machine:
/// date headers or bylines or wire datelines or no date, titles, names in their spelling variants,
/// dated meetings, visits and statements, and page clutter around some articles. About 4 KB each,
/// so 25,000 articles are about 100 MB.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The entity catalog the generated articles refer to.</summary>
    public const string CatalogJson = """
        {
          "entities": [
            { "id": "VladimirPutin", "kind": "Person", "name": "Vladimir Putin", "aliases": ["Putin"], "role": "head of state" },
            { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim Jong-un"], "role": "head of state" },
            { "id": "XiJinping", "kind": "Person", "name": "Xi Jinping", "role": "head of state" },
            { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov", "aliases": ["Lavrov", "Sergey Lavrov"] },
            { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui", "aliases": ["Choi Song Hui", "Choi Song Hee", "Choe Son-hui"] },
            { "id": "WangYi", "kind": "Person", "name": "Wang Yi" },
            { "id": "DmitryPeskov", "kind": "Person", "name": "Dmitry Peskov", "aliases": ["Peskov"] },
            { "id": "Russia", "kind": "Country", "name": "Russia", "aliases": ["Russian Federation"] },
            { "id": "NorthKorea", "kind": "Country", "name": "North Korea", "aliases": ["DPRK"] },
            { "id": "China", "kind": "Country", "name": "China" },
            { "id": "UnitedStates", "kind": "Country", "name": "United States", "aliases": ["US", "U.S."] },
            { "id": "Moscow", "kind": "Place", "name": "Moscow" },
            { "id": "Pyongyang", "kind": "Place", "name": "Pyongyang" },
            { "id": "Beijing", "kind": "Place", "name": "Beijing" },
            { "id": "VostochnyCosmodrome", "kind": "Place", "name": "Vostochny Cosmodrome" },
            { "id": "Kremlin", "kind": "Organization", "name": "Kremlin" },
            { "id": "KCNA", "kind": "Organization", "name": "Korean Central News Agency", "aliases": ["KCNA"] }
          ]
        }
        """;

    private static readonly string[][] People =
    {
        new[] { "Vladimir Putin", "Putin" },
        new[] { "Kim Jong Un", "Kim Jong-un" },
        new[] { "Xi Jinping", "Xi Jinping" },
        new[] { "Sergei Lavrov", "Sergey Lavrov", "Lavrov" },
        new[] { "Choe Son Hui", "Choi Song Hui", "Choi Song Hee", "Choe Son-hui" },
        new[] { "Wang Yi", "Wang Yi" },
    };

    private static readonly string[] Places = { "Moscow", "Pyongyang", "Beijing", "the Vostochny Cosmodrome", "the Kremlin" };
    private static readonly string[] Countries = { "Russia", "North Korea", "China", "the DPRK", "the Russian Federation" };
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Take(12).ToArray();

    private static readonly string[] Filler =
    {
        "The two sides discussed cooperation in trade, energy, culture and science, according to officials familiar with the talks.",
        "Analysts said the growing relationship reflected shared concerns about what both governments describe as Western pressure.",
        "Neither side disclosed details of any agreements, and no joint statement was published after the discussions.",
        "Officials described the atmosphere as friendly and constructive, and said further contacts were being prepared.",
        "Observers noted that the meeting came amid heightened tension in the region and renewed calls for restraint.",
        "State media carried lengthy reports on the visit, including photographs of the delegations and the welcoming ceremony.",
        "Economic ties between the countries remain modest, although both governments have pledged to expand them.",
    };

    /// <summary>Generates <paramref name="count"/> articles named <c>00000_syn.txt</c>, <c>00001_syn.txt</c>, ...</summary>
    public static IEnumerable<SyntheticArticle> Generate(int count, int seed = 20231019)
    {
        for (var i = 0; i < count; i++) yield return Article(i, seed);
    }

    private static SyntheticArticle Article(int index, int seed)
    {
        var random = new Random(unchecked(seed * 7919 + index));
        var date = new DateTime(2023, 1, 1).AddDays(random.Next(0, 700));
        var text = new StringBuilder();
        var style = random.Next(10);
        var host = Pick(random, People);
        var guest = Pick(random, People.Where(p => p != host).ToArray());
        var place = Pick(random, Places);

        if (style < 6) text.Append(" date ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
        if (random.Next(4) == 0) text.Append("This website uses cookies. Accept cookies\n");
        if (style is 6 or 7)
        {
            text.Append(host[0].Split(' ')[^1]).Append(" meets ").Append(guest[0]).Append(" in ").Append(place.Replace("the ", "")).Append('\n');
            text.Append(date.ToString("d MMM, yyyy HH:mm", CultureInfo.InvariantCulture)).Append("\n\n");
        }
        if (style == 8) text.Append("MOSCOW, ").Append(date.ToString("MMM. d, yyyy", CultureInfo.InvariantCulture)).Append(" (Agency) -- ");

        var weekday = date.AddDays(-random.Next(0, 5));
        text.Append(Pick(random, host)).Append(" met ").Append(Pick(random, guest)).Append(" in ").Append(place)
            .Append(" on ").Append(weekday.DayOfWeek).Append(", officials said, as ties between ").Append(Pick(random, Countries))
            .Append(" and ").Append(Pick(random, Countries)).Append(" continued to deepen.\n\n");

        var arrival = weekday.AddDays(-1);
        text.Append(Pick(random, guest)).Append(" arrived in ").Append(place).Append(" on ").Append(Months[arrival.Month - 1]).Append(' ')
            .Append(arrival.Day).Append(" for a ").Append(random.Next(2, 5)).Append("-day visit.\n\n");

        var paragraphs = random.Next(10, 20);
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append(Filler[random.Next(Filler.Length)]).Append(' ').Append(Filler[random.Next(Filler.Length)]);
            if (random.Next(3) == 0) text.Append(' ').Append(Pick(random, host)).Append(" said the talks with ").Append(Pick(random, guest)).Append(" had been useful.");
            text.Append("\n\n");
        }

        if (random.Next(3) == 0) text.Append("Read more\n\nAnother story about something else entirely\n\n");
        text.Append("The Kremlin said in a statement on ").Append(weekday.DayOfWeek).Append(" that the sides had agreed to meet again.\n");
        if (random.Next(4) == 0) text.Append("\nTop stories\n\nUnrelated headline about the Houthis in Yemen\n\nAll rights reserved.\n");
        return new SyntheticArticle(index.ToString("D5", CultureInfo.InvariantCulture) + "_syn.txt", text.ToString());
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
