using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Algoritma.Benchmarks -- --filter '*' [--job short]
// BenchmarkDotNet rebuilds the solution's projects for its host process; on a small, busy machine that can take
// longer than its two-minute default.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
