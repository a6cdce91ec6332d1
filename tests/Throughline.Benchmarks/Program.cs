using BenchmarkDotNet.Running;

// Every suite in this assembly; pick with --filter. See README "Benchmarks".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
