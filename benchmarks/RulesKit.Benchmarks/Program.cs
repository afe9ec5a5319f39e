using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*'
// Dry (CI):  dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*' --job Dry
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that throws must fail the run, so the dry run in CI catches a suite that rotted.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
