using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
