using System;
using System.IO;

namespace CorpusGen.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding CorpusGen.sln, found upwards from the test assembly.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CorpusGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }
}
