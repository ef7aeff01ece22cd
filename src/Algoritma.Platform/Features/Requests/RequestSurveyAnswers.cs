using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.Persistence;
using Marten;

namespace Algoritma.Platform.Features.Requests;

/// <summary>The answers of the rated requests, for the IKM that Satisfaction computes over them.</summary>
internal sealed class RequestSurveyAnswers(IQuerySession session) : ISurveyAnswers
{
    public async Task<IReadOnlyList<AnsweredSurvey>> ReadAsync(SurveyFilter filter, CancellationToken cancellationToken)
    {
        var rated = session.Query<ServiceRequestView>().Where(v => v.Scores != null);
        if (filter.Unit is { } unit)
        {
            rated = rated.WithinUnit(v => v.UnitCode, unit);
        }

        if (filter.Service is { } service)
        {
            rated = rated.WhereCaptured(v => v.ServiceCode == service);
        }

        if (filter.From is { } start)
        {
            rated = rated.WhereCaptured(v => v.ClosedAt >= start);
        }

        if (filter.To is { } end)
        {
            rated = rated.WhereCaptured(v => v.ClosedAt < end);
        }

        var rows = await rated.Select(v => new { v.Scores, v.RatedByStaff }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AnsweredSurvey(r.Scores!, r.RatedByStaff))];
    }
}
