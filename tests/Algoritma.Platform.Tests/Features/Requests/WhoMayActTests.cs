using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;

namespace Algoritma.Platform.Tests.Features.Requests;

/// <summary>
/// Who may act on an existing request, asked before its version is compared: given a request at Rawa Makmur (Palaran) →
/// when a caller sends a command → then allowed, or refused on the request's id.
/// </summary>
public sealed class WhoMayActTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Caller OwnerCaller = new(Owner.ToString(), "Warga", "samarinda", [Roles.Citizen], null);
    private static readonly Caller AnotherCitizen = new(Guid.NewGuid().ToString(), "Warga lain", "samarinda", [Roles.Citizen], null);
    private static readonly Caller OfficerOfPalaran = new("officer-1", "Petugas", "samarinda", [Roles.Officer], "64.72.01");
    private static readonly Caller OfficerOfRawaMakmur = new("officer-2", "Petugas", "samarinda", [Roles.Officer], "64.72.01.1001");
    private static readonly Caller OfficerOfAnotherKelurahan = new("officer-3", "Petugas", "samarinda", [Roles.Officer], "64.72.01.1002");
    private static readonly Caller CityAdmin = new("admin-1", "Admin", "samarinda", [Roles.CityAdmin], null);

    private static readonly RequestState Submitted = RequestDecider.Fold([new RequestSubmitted(
        Guid.NewGuid(), "K7M2QX9P", "domisili", 1, "64.72.01.1001", Channel.Online, "key", Owner, ["ktp"], Now, Now.AddDays(3), "citizen")])!;

    private static void ThenRefused(DomainError? refusal, string code)
    {
        Assert.Equal(code, refusal?.Code);
        Assert.Equal("requestId", refusal!.Field);
    }

    [Fact]
    public void Staff_act_within_their_unit_scope_a_kecamatan_covering_its_kelurahan_and_a_city_admin_the_city()
    {
        var verify = new VerifyRequest(Roles.Officer, Now);

        Assert.Null(RequestDecider.Refusal(verify, Submitted, OfficerOfPalaran));
        Assert.Null(RequestDecider.Refusal(verify, Submitted, OfficerOfRawaMakmur));
        Assert.Null(RequestDecider.Refusal(verify, Submitted, CityAdmin));
        ThenRefused(RequestDecider.Refusal(verify, Submitted, OfficerOfAnotherKelurahan), RequestDecider.OutOfScope);
        ThenRefused(RequestDecider.Refusal(new ReturnRequest("x", Roles.Citizen, Now), Submitted, OwnerCaller), RequestDecider.OutOfScope);
    }

    [Fact]
    public void Only_the_citizen_who_submitted_may_cancel_or_resubmit_and_staff_may_do_neither()
    {
        Assert.Null(RequestDecider.Refusal(new CancelRequest(Owner, Now), Submitted, OwnerCaller));
        Assert.Null(RequestDecider.Refusal(new ResubmitRequest(["kk"], Owner, Now), Submitted, OwnerCaller));
        ThenRefused(RequestDecider.Refusal(new CancelRequest(Guid.NewGuid(), Now), Submitted, AnotherCitizen), RequestDecider.NotOwner);
        ThenRefused(RequestDecider.Refusal(new ResubmitRequest(["kk"], Guid.NewGuid(), Now), Submitted, AnotherCitizen), RequestDecider.NotOwner);
        ThenRefused(RequestDecider.Refusal(new CancelRequest(Owner, Now), Submitted, CityAdmin), RequestDecider.OutOfScope);
    }

    [Fact]
    public void The_survey_is_answered_by_its_service_user_and_anyone_else_is_out_of_scope_on_the_request()
    {
        Assert.Null(RequestDecider.Refusal(new RateService([4, 4, 4, 4, 4, 4, 4, 4, 4], Roles.Citizen, Now, Respondent.Citizen(Owner, null)), Submitted, OwnerCaller));
        ThenRefused(RequestDecider.Refusal(new RateService([4, 4, 4, 4, 4, 4, 4, 4, 4], Roles.Officer, Now, Respondent.Staff(true)), Submitted, OfficerOfPalaran),
            RequestDecider.OutOfScope);
    }
}
