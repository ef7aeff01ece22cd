using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.Features.Shared;
using BenchmarkDotNet.Attributes;

namespace Algoritma.Benchmarks.Satisfaction;

/// <summary>
/// The IKM over many answers: summed one answer at a time and computed, as the <c>satisfaction</c> query does with
/// the scores it reads, and computed from sums already kept, as the adoption projection's readers do.
/// </summary>
[MemoryDiagnoser]
public class IkmCalculatorBenchmarks
{
    private int[][] _answers = null!;
    private IkmSums _sums = null!;

    [Params(10_000)]
    public int Answers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        // mostly "baik" and "sangat baik", as real surveys answer
        _answers = [.. Enumerable.Range(0, Answers).Select(_ => Enumerable.Range(0, IkmAnswers.ElementCount)
            .Select(_ => random.NextDouble() switch { < 0.03 => 1, < 0.15 => 2, < 0.60 => 3, _ => 4 }).ToArray())];
        _sums = SumAll();
    }

    [Benchmark]
    public IkmResult SumAndCompute() => IkmCalculator.Compute(SumAll(), IkmRounding.TwoDecimals);

    [Benchmark]
    public IkmResult ComputeFromSums() => IkmCalculator.Compute(_sums, IkmRounding.TwoDecimals);

    private IkmSums SumAll() => _answers.Aggregate(IkmSums.Empty, (total, scores) => total.Add(new IkmAnswers(scores)));
}
