using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;

namespace Algoritma.Platform.Tests.Features.Requests;

/// <summary>Only the service user answers the IKM survey (PermenPANRB 14/2017): given a completed request → when rated by → then.</summary>
public sealed class SurveyRespondentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Submitter = Guid.NewGuid();
    private static readonly int[] Scores = [4, 4, 3, 4, 4, 3, 4, 4, 4];

    private static Decision RateCompleted(Channel channel, Respondent? by, Guid? citizenUserId = null) =>
        RequestDecider.Decide(new RateService(Scores, "x", Now, by), RequestDecider.Fold([
            new RequestSubmitted(Guid.NewGuid(), "K7M2QX9P", "domisili", 1, "64.72.01.1001", channel, "key-of-nik", citizenUserId, ["ktp"], Now, Now.AddDays(3), "officer"),
            new RequestVerified("officer", Now), new RequestCompleted("officer", Now)])!);

    private static ServiceRated ThenRated(Decision decision)
    {
        Assert.True(decision.Accepted, decision.Error?.Message);
        return Assert.IsType<ServiceRated>(Assert.Single(decision.Events));
    }

    private static void ThenOutOfScope(Decision decision)
    {
        Assert.False(decision.Accepted);
        Assert.Equal(RequestDecider.OutOfScope, decision.Error!.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void An_online_request_is_rated_by_the_citizen_who_submitted_it() =>
        Assert.False(ThenRated(RateCompleted(Channel.Online, Respondent.Citizen(Submitter, null), Submitter)).RecordedByStaff);

    [Fact]
    public void An_officer_of_the_unit_may_not_rate_an_online_request() =>
        ThenOutOfScope(RateCompleted(Channel.Online, Respondent.Staff(officerOfUnit: true), Submitter));

    [Fact]
    public void Another_citizen_may_not_rate_an_online_request_even_with_the_same_key() =>
        ThenOutOfScope(RateCompleted(Channel.Online, Respondent.Citizen(Guid.NewGuid(), "key-of-nik"), Submitter));

    [Theory]
    [InlineData(Channel.Counter)]
    [InlineData(Channel.Kiosk)]
    [InlineData(Channel.Assisted)]
    public void An_officer_of_the_unit_records_the_answers_of_a_service_at_the_office_marked_as_recorded_by_staff(Channel channel) =>
        Assert.True(ThenRated(RateCompleted(channel, Respondent.Staff(officerOfUnit: true))).RecordedByStaff);

    [Theory]
    [InlineData(Channel.Counter)]
    [InlineData(Channel.Kiosk)]
    [InlineData(Channel.Assisted)]
    public void The_citizen_served_at_the_office_rates_on_their_own_account(Channel channel) =>
        Assert.False(ThenRated(RateCompleted(channel, Respondent.Citizen(Guid.NewGuid(), "key-of-nik"))).RecordedByStaff);

    [Fact]
    public void Staff_out_of_the_unit_a_city_admin_or_another_citizen_may_not_rate_a_counter_service()
    {
        ThenOutOfScope(RateCompleted(Channel.Counter, Respondent.Staff(officerOfUnit: false)));
        ThenOutOfScope(RateCompleted(Channel.Counter, Respondent.Citizen(Guid.NewGuid(), "key-of-another-nik")));
        ThenOutOfScope(RateCompleted(Channel.Counter, Respondent.Citizen(Guid.NewGuid(), null)));
    }

    [Fact]
    public void A_rating_without_a_known_respondent_is_refused() =>
        ThenOutOfScope(RateCompleted(Channel.Counter, null));
}
