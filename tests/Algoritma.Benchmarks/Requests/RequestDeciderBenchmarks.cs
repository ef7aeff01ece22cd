using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using BenchmarkDotNet.Attributes;

namespace Algoritma.Benchmarks.Requests;

/// <summary>
/// The request decider on its own: folding a stream into state, and deciding a command against a state. A command
/// in the API folds the stream Marten loaded and then decides, so <see cref="FoldThenComplete"/> is one command's
/// domain work.
/// </summary>
[MemoryDiagnoser]
public class RequestDeciderBenchmarks
{
    private static readonly DateTimeOffset Submitted = new(2026, 3, 2, 1, 15, 0, TimeSpan.Zero);
    private static readonly Guid Citizen = Guid.Parse("6d1f0c1e-2a4b-4c8d-9e0f-1a2b3c4d5e6f");

    /// <summary>An online request returned for a missing document, resubmitted, verified, completed and rated.</summary>
    private readonly object[] _ratedStream =
    [
        new RequestSubmitted(Guid.NewGuid(), "SMD-7Q2K-9XPA", "domisili", 1, "64.72.01.1001", Channel.Online, "citizen-key", Citizen,
            ["ktp", "kk"], Submitted, Submitted.AddDays(3), "citizen"),
        new RequestReturned("Lampirkan surat pengantar RT.", "officer", Submitted.AddHours(2)),
        new RequestResubmitted(["ktp", "kk", "pengantar-rt"], Submitted.AddHours(20)),
        new RequestVerified("officer", Submitted.AddDays(1)),
        new RequestCompleted("officer", Submitted.AddDays(1).AddHours(3)),
        new ServiceRated([4, 3, 4, 4, 3, 4, 4, 3, 4], "citizen", Submitted.AddDays(2)),
    ];

    private object[] _verifiedStream = null!;
    private RequestState _verified = null!;
    private RequestState _completed = null!;
    private readonly CompleteRequest _complete = new("officer", Submitted.AddDays(1).AddHours(3));
    private readonly RateService _rate = new([4, 3, 4, 4, 3, 4, 4, 3, 4], "citizen", Submitted.AddDays(2), Respondent.Citizen(Citizen, null));

    [GlobalSetup]
    public void Setup()
    {
        _verifiedStream = _ratedStream[..4];
        _verified = RequestDecider.Fold(_verifiedStream)!;
        _completed = RequestDecider.Fold(_ratedStream[..5])!;
    }

    [Benchmark]
    public RequestState? FoldRatedStream() => RequestDecider.Fold(_ratedStream);

    [Benchmark]
    public Decision DecideComplete() => RequestDecider.Decide(_complete, _verified);

    /// <summary>Rating validates the nine IKM scores.</summary>
    [Benchmark]
    public Decision DecideRate() => RequestDecider.Decide(_rate, _completed);

    /// <summary>A refusal formats its message.</summary>
    [Benchmark]
    public Decision DecideRefused() => RequestDecider.Decide(_complete, _completed);

    [Benchmark]
    public Decision FoldThenComplete() => RequestDecider.Decide(_complete, RequestDecider.Fold(_verifiedStream)!);
}
