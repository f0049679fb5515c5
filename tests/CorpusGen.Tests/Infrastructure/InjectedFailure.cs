extern alias Generator;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Makes the extraction and the catalog parser throw for paths that contain <see cref="Marker"/>, in
/// the generator's copy of the core (the one the generator and the analyzer run): a stand-in for a
/// defect no known input triggers. Set once and left set, since no other test's path holds the marker.
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
