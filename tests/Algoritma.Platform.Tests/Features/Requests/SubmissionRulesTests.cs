using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Tests.Features.Requests;

/// <summary>
/// The rules of a submission, in the decider: given no stream and the facts the handler looked up (the service with its
/// standard, the unit, the citizen's key, the calendar) → when submitted → then RequestSubmitted, or every reason it is refused.
/// </summary>
public sealed class SubmissionRulesTests
{
    // Monday 30 November 2026, 09:00 WITA: three working days are due Wednesday 2 December at closing time
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset DueInThreeWorkingDays = new(2026, 12, 2, 16, 0, 0, TimeSpan.FromHours(8));
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create("Asia/Makassar", [1, 2, 3, 4, 5], [], new TimeOnly(8, 0), new TimeOnly(16, 0));
    private static readonly Guid RequestId = Guid.NewGuid();
    private static readonly Guid CitizenId = Guid.NewGuid();
    private static readonly Caller Citizen = new(CitizenId.ToString(), "Warga", "samarinda", [Roles.Citizen], null);
    private static readonly Caller OfficerOfPalaran = new("officer-1", "Petugas", "samarinda", [Roles.Officer], "64.72.01");
    private static readonly Caller OfficerOfAnotherKecamatan = new("officer-2", "Petugas", "samarinda", [Roles.Officer], "64.72.02");
    private static readonly Caller CityAdmin = new("admin-1", "Admin", "samarinda", [Roles.CityAdmin], null);
    private const string RawaMakmur = "64.72.01.1001";
    private const string Nik = "6472011508900001";

    private static readonly UnitSummary Kelurahan = new(RawaMakmur, "Rawa Makmur", RegionKind.Kelurahan);
    private static readonly UnitSummary Kecamatan = new("64.72.01", "Palaran", RegionKind.Kecamatan);

    private static ServiceWithStandard Domisili(
        UnitLevel level = UnitLevel.Kelurahan, List<string>? offeredUnits = null, List<Channel>? channels = null, int version = 2) => new()
    {
        Service = new PublicService
        {
            Code = "domisili", Name = "Surat Keterangan Domisili", Level = level, OfferedUnits = offeredUnits ?? [],
            Channels = channels ?? [Channel.Online, Channel.Counter, Channel.Assisted], CurrentVersion = version,
        },
        Standard = new ServiceStandardVersion
        {
            ServiceCode = "domisili", Version = version,
            Standard = new ServiceStandard(
                [new Requirement("ktp", "KTP"), new Requirement("kk", "Kartu Keluarga"), new Requirement("foto", "Foto rumah", Required: false)],
                ["Verifikasi"], CompletionUnit.WorkingDays, 3, 0m, "Surat keterangan", "pengaduan@samarinda.go.id", "Perwali"),
        },
    };

    private static SubmissionFacts Facts(ServiceWithStandard? offer = null, UnitSummary? unit = null, string? citizenKey = "key-of-citizen") =>
        new(offer ?? Domisili(), unit ?? Kelurahan, citizenKey, Calendar);

    private static SubmitRequest Submit(
        Caller? by = null, Channel channel = Channel.Online, string[]? documents = null, string unit = RawaMakmur, string? nik = null, string service = "domisili") =>
        new(RequestId, "K7M2QX9P", service, unit, channel, documents ?? ["ktp", "kk"], nik, by ?? Citizen, Now);

    private static T Then<T>(Decision decision)
    {
        Assert.True(decision.Accepted, decision.Error?.Message);
        return Assert.IsType<T>(Assert.Single(decision.Events));
    }

    private static void ThenRefused(Decision decision, params (string Code, string Field)[] errors)
    {
        Assert.False(decision.Accepted);
        Assert.Empty(decision.Events);
        Assert.Equal(errors, decision.Errors.Select(e => (e.Code, e.Field!)));
    }

    [Fact]
    public void A_unit_retired_by_a_re_import_takes_no_new_request()
    {
        ThenRefused(RequestDecider.Decide(Submit(), Facts(unit: Kelurahan with { Retired = true })), (RequestDecider.UnitRetired, "unit"));
    }

    [Fact]
    public void An_online_request_by_a_citizen_is_submitted_under_their_account_and_key_with_its_deadline_on_the_calendar()
    {
        var submitted = Then<RequestSubmitted>(RequestDecider.Decide(Submit(documents: ["ktp", "kk", "ktp"]), Facts()));

        Assert.Equal(
            new RequestSubmitted(RequestId, "K7M2QX9P", "domisili", 2, RawaMakmur, Channel.Online, "key-of-citizen", CitizenId, submitted.Documents, Now,
                DueInThreeWorkingDays, Roles.Citizen),
            submitted);
        Assert.Equal(["ktp", "kk"], submitted.Documents);
    }

    [Fact]
    public void An_officer_submits_for_the_citizen_whose_nik_is_given_without_naming_an_account()
    {
        var submitted = Then<RequestSubmitted>(RequestDecider.Decide(Submit(OfficerOfPalaran, Channel.Assisted, nik: Nik), Facts(citizenKey: "key-of-nik")));

        Assert.Equal((Channel.Assisted, "key-of-nik", (Guid?)null, Roles.Officer), (submitted.Channel, submitted.CitizenKey, submitted.CitizenUserId, submitted.ActorRole));
    }

    [Fact]
    public void A_city_admin_may_submit_at_any_unit_of_the_city() =>
        Assert.Equal(Roles.CityAdmin, Then<RequestSubmitted>(RequestDecider.Decide(Submit(CityAdmin, Channel.Assisted, nik: Nik), Facts())).ActorRole);

    [Fact]
    public void An_unknown_service_or_unit_is_refused_alone_before_any_other_rule()
    {
        ThenRefused(RequestDecider.Decide(Submit(documents: ["x"], service: "nope"), Facts() with { Offer = null }), ("UNKNOWN_SERVICE", "service"));
        ThenRefused(RequestDecider.Decide(Submit(OfficerOfAnotherKecamatan, Channel.Kiosk), Facts() with { Unit = null }), ("UNKNOWN_UNIT", "unit"));
        ThenRefused(RequestDecider.Decide(Submit(), Facts() with { Offer = null, Unit = null }), ("UNKNOWN_SERVICE", "service"), ("UNKNOWN_UNIT", "unit"));
    }

    [Fact]
    public void A_service_is_offered_at_units_of_its_level_and_only_at_those_it_lists()
    {
        ThenRefused(RequestDecider.Decide(Submit(unit: Kecamatan.Code), Facts(unit: Kecamatan)), ("NOT_OFFERED_AT_UNIT", "unit"));
        ThenRefused(RequestDecider.Decide(Submit(), Facts(Domisili(offeredUnits: ["64.72.01.1002"]))), ("NOT_OFFERED_AT_UNIT", "unit"));
        Then<RequestSubmitted>(RequestDecider.Decide(Submit(), Facts(Domisili(offeredUnits: [RawaMakmur]))));
        Then<RequestSubmitted>(RequestDecider.Decide(Submit(unit: Kecamatan.Code), Facts(Domisili(UnitLevel.Kecamatan), Kecamatan)));
    }

    [Fact]
    public void A_service_is_submitted_only_through_its_channels()
    {
        var decision = RequestDecider.Decide(Submit(OfficerOfPalaran, Channel.Kiosk, nik: Nik), Facts());

        ThenRefused(decision, ("NOT_OFFERED_THROUGH_CHANNEL", "channel"));
        Assert.Equal("'Surat Keterangan Domisili' is not offered through KIOSK.", decision.Error!.Message);
    }

    [Fact]
    public void Every_required_document_and_only_the_standards_documents()
    {
        var missing = RequestDecider.Decide(Submit(documents: ["ktp"]), Facts());

        ThenRefused(missing, ("MISSING_DOCUMENT", "documents"));
        Assert.Equal("Required document missing: Kartu Keluarga (kk).", missing.Error!.Message);
        ThenRefused(RequestDecider.Decide(Submit(documents: ["ktp", "kk", "sim"]), Facts()), ("UNKNOWN_DOCUMENT", "documents"));
        Then<RequestSubmitted>(RequestDecider.Decide(Submit(documents: ["kk", "ktp", "foto"]), Facts()));
    }

    [Fact]
    public void An_online_request_is_made_by_a_signed_in_citizen()
    {
        ThenRefused(RequestDecider.Decide(Submit(OfficerOfPalaran), Facts()), ("CITIZEN_ACCOUNT_REQUIRED", "channel"));
        ThenRefused(RequestDecider.Decide(Submit(Citizen with { Subject = "not-an-account-id" }), Facts()), ("CITIZEN_ACCOUNT_REQUIRED", "channel"));
    }

    [Theory]
    [InlineData(Channel.Counter)]
    [InlineData(Channel.Assisted)]
    public void At_the_office_only_an_officer_whose_scope_covers_the_unit_records_a_request(Channel channel)
    {
        ThenRefused(RequestDecider.Decide(Submit(OfficerOfAnotherKecamatan, channel, nik: Nik), Facts()), ("OUT_OF_SCOPE", "unit"));
        ThenRefused(RequestDecider.Decide(Submit(Citizen, channel, nik: Nik), Facts()), ("OUT_OF_SCOPE", "unit"));
        Then<RequestSubmitted>(RequestDecider.Decide(Submit(OfficerOfPalaran, channel, nik: Nik), Facts()));
    }

    [Theory]
    [InlineData(null, "NIK_REQUIRED")]
    [InlineData("647201150890", "NIK_NOT_16_DIGITS")]
    [InlineData("6472013208900001", "NIK_INVALID_DATE")]
    public void At_the_office_the_citizen_is_named_by_a_valid_nik(string? nik, string code) =>
        ThenRefused(RequestDecider.Decide(Submit(OfficerOfPalaran, Channel.Assisted, nik: nik), Facts()), (code, "citizenNik"));

    [Fact]
    public void Every_reason_after_the_service_and_unit_is_given_at_once_in_the_order_of_the_form()
    {
        var facts = Facts(Domisili(offeredUnits: ["64.72.01.1002"], channels: [Channel.Online]));

        ThenRefused(RequestDecider.Decide(Submit(OfficerOfAnotherKecamatan, Channel.Assisted, ["ktp", "sim"], nik: Nik), facts),
            ("NOT_OFFERED_AT_UNIT", "unit"), ("NOT_OFFERED_THROUGH_CHANNEL", "channel"), ("MISSING_DOCUMENT", "documents"), ("UNKNOWN_DOCUMENT", "documents"),
            ("OUT_OF_SCOPE", "unit"));
    }

    [Fact]
    public void A_service_without_its_current_standard_is_a_fault_not_a_refusal() =>
        Assert.Throws<InvalidOperationException>(() => RequestDecider.Decide(Submit(), Facts(new ServiceWithStandard { Service = Domisili().Service })));

    [Fact]
    public void The_handler_looks_up_the_key_of_the_account_online_and_of_the_normalized_nik_at_the_office()
    {
        Assert.Equal(new SubmittingCitizen(CitizenId, null, null), RequestDecider.CitizenOf(Submit()));
        Assert.Equal(new SubmittingCitizen(null, Nik, null), RequestDecider.CitizenOf(Submit(OfficerOfPalaran, Channel.Kiosk, nik: $"  {Nik} ")));
        Assert.Equal("OUT_OF_SCOPE", RequestDecider.CitizenOf(Submit(OfficerOfAnotherKecamatan, Channel.Kiosk, nik: Nik)).Refusal?.Code);
    }

    [Fact]
    public void A_counter_service_is_submitted_verified_and_completed_at_once_on_the_counter_channel()
    {
        var decision = RequestDecider.Decide(new RecordCounterService(Submit(OfficerOfPalaran, Channel.Online, nik: Nik)), Facts());

        Assert.True(decision.Accepted, decision.Error?.Message);
        Assert.Collection(decision.Events,
            e => Assert.Equal((Channel.Counter, (Guid?)null, Roles.Officer), (((RequestSubmitted)e).Channel, ((RequestSubmitted)e).CitizenUserId, ((RequestSubmitted)e).ActorRole)),
            e => Assert.Equal(new RequestVerified(Roles.Officer, Now), e),
            e => Assert.Equal(new RequestCompleted(Roles.Officer, Now), e));
    }

    [Fact]
    public void A_counter_service_refused_records_nothing() =>
        ThenRefused(RequestDecider.Decide(new RecordCounterService(Submit(OfficerOfPalaran, nik: Nik)), Facts(Domisili(channels: [Channel.Online]))),
            ("NOT_OFFERED_THROUGH_CHANNEL", "channel"));

    [Fact]
    public void A_submission_is_decided_on_its_facts_never_on_a_stream() =>
        Assert.Throws<ArgumentException>(() => RequestDecider.Decide((RequestCommand)Submit(), RequestDecider.Fold([
            new RequestSubmitted(RequestId, "K7M2QX9P", "domisili", 2, RawaMakmur, Channel.Online, "k", CitizenId, ["ktp"], Now, Now, "citizen")])!));
}
