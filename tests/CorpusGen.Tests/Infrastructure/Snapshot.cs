using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Verify's snapshot convention without the Verify package (not available from our registry):
/// committed <c>Snapshots/Name.verified.cs</c> files beside the test; on a mismatch the actual
/// output is written to <c>Name.received.cs</c> and the test fails with a line diff. Accept a change
/// by copying the received file over the verified one, or run with CORPUSGEN_ACCEPT_SNAPSHOTS=1.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verifiedPath = Path.Combine(folder, name + ".verified.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("CORPUSGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var message = verified is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath} and rename it to accept it."
            : $"Snapshot {name} differs. Received output written to {receivedPath}.{Environment.NewLine}{Diff(verified, actual)}";
        throw new XunitException(message);
    }

    // A compact line diff: enough to see what changed without a diff library.
    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 20; i++)
        {
            var l = i < left.Length ? left[i] : null;
            var r = i < right.Length ? right[i] : null;
            if (l == r) continue;
            builder.AppendLine($"line {i + 1}:");
            if (l is not null) builder.AppendLine("- " + l);
            if (r is not null) builder.AppendLine("+ " + r);
            shown++;
        }
        return builder.ToString();
    }
}
