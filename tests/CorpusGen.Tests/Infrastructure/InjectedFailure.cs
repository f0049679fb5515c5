extern alias Generator;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Makes the extraction throw for article paths that contain <see cref="Marker"/>, in both copies of
/// the core (the generator's and the core project's): a stand-in for a defect no known input
/// triggers. Set once and left set, since no other test's path holds the marker.
/// </summary>
public static class InjectedFailure
{
    public static string Marker { get; } = Install("throws-by-test");

    public const string Message = "InvalidOperationException: Failure injected by a test.";

    private static string Install(string marker)
    {
        Generator::CorpusGen.Core.ArticleExtractor.FailOnPathsContainingForTests = marker;
        return marker;
    }
}
