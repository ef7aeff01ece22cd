using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using BenchmarkDotNet.Attributes;

namespace Algoritma.Benchmarks.Requests;

/// <summary>
/// The request decider on its own: folding a stream into state, and deciding a command against a state. A command
/// in the API folds the stream Marten loaded and then decides, so <see cref="FoldThenComplete"/> is one command's
/// domain work; a submission is decided on the facts the handler looked up (<see cref="DecideSubmit"/>), its deadline
/// counted on the working calendar.
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

    private static readonly SubmissionFacts Facts = new(
        new ServiceWithStandard
        {
            Service = new PublicService
            {
                Code = "domisili", Name = "Surat Keterangan Domisili", Level = UnitLevel.Kelurahan, Channels = [Channel.Online, Channel.Counter], CurrentVersion = 1,
            },
            Standard = new ServiceStandardVersion
            {
                ServiceCode = "domisili", Version = 1,
                Standard = new ServiceStandard([new Requirement("ktp", "KTP"), new Requirement("kk", "Kartu Keluarga")], ["Verifikasi"],
                    CompletionUnit.WorkingDays, 3, 0m, "Surat keterangan", "pengaduan", "Perwali"),
            },
        },
        new UnitSummary("64.72.01.1001", "Rawa Makmur", RegionKind.Kelurahan), "citizen-key",
        WorkingCalendar.Create("Asia/Makassar", [1, 2, 3, 4, 5], [], new TimeOnly(8, 0), new TimeOnly(16, 0)));

    private readonly SubmitRequest _submit = new(Guid.NewGuid(), "K7M2QX9P", "domisili", "64.72.01.1001", Channel.Online, ["ktp", "kk"], null,
        new Caller(Citizen.ToString(), "Warga", "samarinda", [Roles.Citizen], null), Submitted);

    private readonly RecordCounterService _counter = new(new SubmitRequest(Guid.NewGuid(), "K7M2QX9Q", "domisili", "64.72.01.1001", Channel.Counter,
        ["ktp", "kk"], "6472011508900001", new Caller("officer-1", "Petugas", "samarinda", [Roles.Officer], "64.72.01"), Submitted));

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

    /// <summary>An ONLINE submission: catalog rules, documents, the citizen's account, the deadline on the calendar.</summary>
    [Benchmark]
    public Decision DecideSubmit() => RequestDecider.Decide(_submit, Facts);

    /// <summary>A counter service: the same rules, the NIK validated, and three events.</summary>
    [Benchmark]
    public Decision DecideCounterService() => RequestDecider.Decide(_counter, Facts);
}
