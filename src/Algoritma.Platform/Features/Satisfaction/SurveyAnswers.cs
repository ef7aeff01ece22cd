namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>
/// The answers given on rated requests. A rating is part of a request's life, so Requests keeps the answers and
/// implements this; Satisfaction only computes the index over them (and so does not depend on Requests).
/// </summary>
public interface ISurveyAnswers
{
    Task<IReadOnlyList<AnsweredSurvey>> ReadAsync(SurveyFilter filter, CancellationToken cancellationToken);
}

/// <summary>Requests of <see cref="Unit"/> (with its villages) and <see cref="Service"/> completed in [From, To); each optional.</summary>
public sealed record SurveyFilter(string? Unit, string? Service, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>The nine scores of one rated request, and whether an officer recorded them for the citizen.</summary>
public sealed record AnsweredSurvey(IReadOnlyList<int> Scores, bool RecordedByStaff);
