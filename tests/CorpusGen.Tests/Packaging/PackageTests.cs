using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Packaging;

/// <summary>
/// CorpusGen the way a user meets it: packed, restored from a feed into a new project outside the
/// solution, built (diagnostics in the build output) and run. The version is unique and the
/// packages folder isolated, so a stale cached package can never make this pass.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpusgen-package-" + Guid.NewGuid().ToString("N"));
    private readonly string _version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void PackedGeneratorBuildsAndRunsAFreshConsumer()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var pack = DotNetCli.Run(RepositoryRoot.Path, "pack", Path.Combine("src", "CorpusGen", "CorpusGen.csproj"),
            "-c", "Release", "-o", feed, "-p:Version=" + _version, "--disable-build-servers");
        Assert.True(pack.ExitCode == 0, pack.Output);

        AssertPackageCarriesNoRuntimeDependency(Path.Combine(feed, $"CorpusGen.{_version}.nupkg"));

        var consumer = CreateConsumer(feed);
        var build = DotNetCli.Run(consumer, "build", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("001_b1e8c0a564446584.txt(1,1): warning CG0001", build.Output);
        Assert.Contains("003_693bde3fd96de83d.txt(1,1): warning CG0001", build.Output);
        Assert.DoesNotContain("warning CG0002", build.Output);
        foreach (var dated in Gold.Instance.Articles.Where(a => a.StatedDate is not null))
        {
            Assert.DoesNotContain(dated.File + "(1,1): warning CG0001", build.Output);
        }

        var run = DotNetCli.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("articles=5", run.Output);
        Assert.Contains("000_9bf323039de302c8 2023-10-19 Header", run.Output);
        Assert.Contains("001_b1e8c0a564446584 undated", run.Output);
        Assert.Contains("Choe Son Hui: Choi Song Hui / Choi Song Hee", run.Output);
        Assert.Contains("first paragraph: Russian President Vladimir Putin is ready", run.Output);

        // The targets hand the corpus to the compiler from a target, not at evaluation: an edited
        // article must still make the build recompile, and an untouched project must not.
        var article = Path.Combine(consumer, "corpus", "000_9bf323039de302c8.txt");
        File.SetAttributes(article, FileAttributes.Normal);
        File.WriteAllText(article, File.ReadAllText(article).Replace("Putin is ready", "Putin is now ready"));
        var rebuild = DotNetCli.Run(consumer, "build", "--no-restore", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        var rerun = DotNetCli.Run(consumer, "run", "--no-build");
        Assert.Contains("first paragraph: Russian President Vladimir Putin is now ready", rerun.Output);

        // The articles' texts travel as resources added by a target too: an article added between
        // two builds is embedded and read back whole.
        const string addedText = " date 2024-03-05 Kim Jong Un met Vladimir Putin in Pyongyang on Tuesday.";
        File.WriteAllText(Path.Combine(consumer, "corpus", "005_added.txt"), addedText);
        var withAdded = DotNetCli.Run(consumer, "build", "--no-restore", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers");
        Assert.True(withAdded.ExitCode == 0, withAdded.Output);
        var rerunWithAdded = DotNetCli.Run(consumer, "run", "--no-build");
        Assert.Contains("articles=6", rerunWithAdded.Output);
        Assert.Contains($"005_added 2024-03-05 Header 3 text={addedText.Length}", rerunWithAdded.Output);
        File.Delete(Path.Combine(consumer, "corpus", "005_added.txt"));
        var withoutAdded = DotNetCli.Run(consumer, "build", "--no-restore", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers");
        Assert.True(withoutAdded.ExitCode == 0, withoutAdded.Output);
        Assert.Equal(rerun.Output, DotNetCli.Run(consumer, "run", "--no-build").Output);

        var untouched = DotNetCli.Run(consumer, "build", "--no-restore", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers", "-v:n");
        Assert.True(untouched.ExitCode == 0, untouched.Output);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", untouched.Output);

        // CorpusGenStringLiteralBudget reaches the generator through the package's props: with 0,
        // every table is a constant read through reflection, and the app answers the same.
        var constants = DotNetCli.Run(consumer, "build", "--no-restore", "--packages", Path.Combine(_root, "packages"), "--disable-build-servers",
            "-p:CorpusGenStringLiteralBudget=0", "-p:EmitCompilerGeneratedFiles=true");
        Assert.True(constants.ExitCode == 0, constants.Output);
        var generatedCorpus = Directory.GetFiles(Path.Combine(consumer, "obj"), "Corpus.g.cs", SearchOption.AllDirectories).Single();
        Assert.Contains("private static class EventTables", File.ReadAllText(generatedCorpus));
        Assert.Equal(rerun.Output, DotNetCli.Run(consumer, "run", "--no-build").Output);

        // An IDE learns the compiler's inputs from a design-time build: the compile target run with
        // the compiler skipped, its command line returned. That build alone must write the manifest
        // and put it, the articles and the catalog on the command line.
        var manifest = Path.Combine("obj", "Debug", "net10.0", "Consumer.corpusgen");
        File.Delete(Path.Combine(consumer, manifest));
        var designTime = DotNetCli.Run(consumer, "msbuild", "-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true",
            "-p:ProvideCommandLineArgs=true", "-v:d", "-nodeReuse:false");
        Assert.True(designTime.ExitCode == 0, designTime.Output);
        Assert.True(File.Exists(Path.Combine(consumer, manifest)), designTime.Output);
        Assert.Contains("/additionalfile:" + manifest, designTime.Output);
        Assert.Contains("/additionalfile:" + Path.Combine("corpus", "000_9bf323039de302c8.txt"), designTime.Output);
        Assert.Contains("/additionalfile:" + Path.Combine("corpus", "catalog.json"), designTime.Output);
    }

    private static void AssertPackageCarriesNoRuntimeDependency(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/CorpusGen.dll", entries);
        Assert.Contains("build/CorpusGen.props", entries);
        Assert.Contains("build/CorpusGen.targets", entries);
        // One assembly, the core compiled in: nothing for the compiler host to resolve beside it.
        Assert.Equal(new[] { "analyzers/dotnet/cs/CorpusGen.dll" }, entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd());
    }

    private string CreateConsumer(string feed)
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "consumer")).FullName;
        var corpus = Directory.CreateDirectory(Path.Combine(project, "corpus")).FullName;
        foreach (var file in SampleCorpus.ArticlePaths.Append(SampleCorpus.CatalogPath))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="corpusgen-under-test" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusGen" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Consumer;

            Console.WriteLine($"articles={Corpus.Articles.Count}");
            foreach (var article in Corpus.Articles)
            {
                Console.WriteLine($"{article.Id} {(article.Date is { } d ? d + " " + d.Source : "undated")} {article.Mentions.Count} text={article.RawText.Length}");
            }
            var choe = Corpus.Entities.ChoeSonHui;
            Console.WriteLine(choe.Name + ": " + string.Join(" / ", choe.Mentions.Select(m => m.Surface).Distinct()));
            Console.WriteLine("first paragraph: " + Corpus.Articles["000_9bf323039de302c8"].Paragraphs[0]);
            """);
        return project;
    }
}
