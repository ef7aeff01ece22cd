using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;

namespace Algoritma.Platform.Tests.Features.Requests;

/// <summary>Given events → when a command → then events (or a refusal), as Marten's own tests read.</summary>
public sealed class RequestDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Citizen = Guid.NewGuid();
    private static readonly Respondent ByCitizen = Respondent.Citizen(Citizen, null);
    private static readonly SlaTerms ThreeWorkingDays = new(
        new ServiceLevel(SlaUnit.WorkingDays, 3), WorkingCalendar.Create("Asia/Makassar", [1, 2, 3, 4, 5], [], new TimeOnly(8, 0), new TimeOnly(16, 0)));

    private static readonly RequestSubmitted Submitted = new(
        Guid.NewGuid(), "K7M2QX9P", "domisili", 1, "64.72.01.1001", Channel.Online, "key", Citizen, ["ktp"], Now, Now.AddDays(3), "citizen");

    private static Decision When(RequestCommand command, params object[] given) =>
        RequestDecider.Decide(command, RequestDecider.Fold(given) ?? throw new InvalidOperationException("No stream."));

    private static void ThenEvent<T>(Decision decision)
    {
        Assert.True(decision.Accepted, decision.Error?.Message);
        Assert.IsType<T>(Assert.Single(decision.Events));
    }

    private static void ThenRefused(Decision decision, string code)
    {
        Assert.False(decision.Accepted);
        Assert.Equal(code, decision.Error!.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void A_submitted_request_walks_through_verification_to_completion_and_one_rating()
    {
        var verified = new RequestVerified("officer", Now);
        var completed = new RequestCompleted("officer", Now);

        ThenEvent<RequestVerified>(When(new VerifyRequest("officer", Now), Submitted));
        ThenEvent<RequestCompleted>(When(new CompleteRequest("officer", Now), Submitted, verified));
        ThenEvent<ServiceRated>(When(new RateService([4, 4, 3, 4, 4, 3, 4, 4, 4], "citizen", Now, ByCitizen), Submitted, verified, completed));
    }

    [Fact]
    public void A_returned_request_comes_back_through_resubmission()
    {
        var returned = new RequestReturned("Lampirkan KK", "officer", Now);

        ThenEvent<RequestReturned>(When(new ReturnRequest("Lampirkan KK", "officer", Now), Submitted));
        ThenEvent<RequestResubmitted>(When(new ResubmitRequest(["ktp", "kk"], Citizen, Now, ThreeWorkingDays), Submitted, returned));
        ThenEvent<RequestVerified>(When(new VerifyRequest("officer", Now), Submitted, returned, new RequestResubmitted(["kk"], Now)));
    }

    [Fact]
    public void Rejection_and_cancellation_end_the_request()
    {
        ThenEvent<RequestRejected>(When(new RejectRequest("Bukan warga", "officer", Now), Submitted));
        ThenEvent<RequestCancelled>(When(new CancelRequest(Citizen, Now), Submitted));
        ThenRefused(When(new VerifyRequest("officer", Now), Submitted, new RequestCancelled(Now)), RequestDecider.InvalidTransition);
        ThenRefused(When(new CompleteRequest("officer", Now), Submitted, new RequestRejected("x", "officer", Now)), RequestDecider.InvalidTransition);
    }

    [Fact]
    public void Transitions_out_of_order_are_refused()
    {
        ThenRefused(When(new CompleteRequest("officer", Now), Submitted), RequestDecider.InvalidTransition);
        ThenRefused(When(new ResubmitRequest(["kk"], Citizen, Now), Submitted), RequestDecider.InvalidTransition);
        ThenRefused(When(new VerifyRequest("officer", Now), Submitted, new RequestVerified("officer", Now)), RequestDecider.InvalidTransition);
        ThenRefused(When(new RateService([4, 4, 4, 4, 4, 4, 4, 4, 4], "citizen", Now, ByCitizen), Submitted), RequestDecider.InvalidTransition);
        ThenRefused(When(new CancelRequest(Citizen, Now), Submitted, new RequestVerified("officer", Now)), RequestDecider.InvalidTransition);
    }

    [Fact]
    public void Only_the_submitting_citizen_may_cancel_or_resubmit()
    {
        ThenRefused(When(new CancelRequest(Guid.NewGuid(), Now), Submitted), RequestDecider.NotOwner);
        ThenRefused(When(new ResubmitRequest(["kk"], Guid.NewGuid(), Now), Submitted, new RequestReturned("x", "officer", Now)), RequestDecider.NotOwner);
    }

    [Fact]
    public void Returning_or_rejecting_needs_a_reason() =>
        ThenRefused(When(new ReturnRequest("  ", "officer", Now), Submitted), RequestDecider.ReasonRequired);

    [Theory]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4, 4 }, "IKM_NINE_SCORES_REQUIRED")]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4, 4, 5 }, "IKM_SCORE_OUT_OF_RANGE")]
    [InlineData(new[] { 0, 4, 4, 4, 4, 4, 4, 4, 4 }, "IKM_SCORE_OUT_OF_RANGE")]
    public void A_rating_needs_nine_scores_from_1_to_4(int[] scores, string code) =>
        ThenRefused(When(new RateService(scores, "citizen", Now, ByCitizen), Submitted, new RequestVerified("o", Now), new RequestCompleted("o", Now)), code);

    [Fact]
    public void A_request_is_rated_once()
    {
        var given = new object[]
        {
            Submitted, new RequestVerified("o", Now), new RequestCompleted("o", Now), new ServiceRated([4, 4, 4, 4, 4, 4, 4, 4, 4], "citizen", Now),
        };

        ThenRefused(When(new RateService([3, 3, 3, 3, 3, 3, 3, 3, 3], "citizen", Now, ByCitizen), given), RequestDecider.AlreadyRated);
    }
}
