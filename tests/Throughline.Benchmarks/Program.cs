using BenchmarkDotNet.Running;

// `path-figures` prints the path engine's figures with thread CPU time (see Paths/PathFigures.cs).
if (args is ["path-figures"])
{
    Throughline.Benchmarks.Paths.PathFigures.Run();
    return;
}

// Every suite in this assembly; pick with --filter. See README "Benchmarks".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
