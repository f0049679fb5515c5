using BenchmarkDotNet.Running;
using CorpusGen.Benchmarks;

// dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- diagnose 10000
// dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- consumer 25000
// dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- runtime 1000   (quick check of the runtime apps)
if (args.Length > 0 && args[0] == "diagnose")
{
    StepTimings.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}
if (args.Length > 0 && args[0] == "consumer")
{
    ConsumerCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 25_000);
    return;
}
if (args.Length > 0 && args[0] == "runtime")
{
    var apps = RuntimeApps.Build(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
    foreach (var (name, app) in new[] { ("JSON", apps.JsonApp), ("CorpusGen", apps.CorpusGenApp) })
    {
        Console.WriteLine(name);
        RuntimeApps.PrintMedians(Enumerable.Range(0, 5).Select(_ => RuntimeApps.Metrics(RuntimeApps.Run(app, apps.ArticleId, bothQueries: true))).ToList());
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
