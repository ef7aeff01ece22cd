namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>
/// One survey response: exactly nine scores on the 1–4 scale, in U1..U9 order
/// (index <c>i</c> is element <c>(IkmElement)(i + 1)</c>).
/// The positional constructor does not validate; call <see cref="Validate()"/> (or
/// <see cref="IkmSums.Add"/>, which validates and throws) before trusting the values.
/// </summary>
public sealed record IkmAnswers(IReadOnlyList<int> Scores)
{
    public const int ElementCount = 9;
    public const int MinScore = 1;
    public const int MaxScore = 4;

    public const string NineScoresRequired = "IKM_NINE_SCORES_REQUIRED";
    public const string ScoreOutOfRange = "IKM_SCORE_OUT_OF_RANGE";

    /// <summary>Validates this response's scores.</summary>
    public IkmValidation Validate() => Validate(Scores);

    /// <summary>
    /// Checks that there are exactly nine scores (<c>IKM_NINE_SCORES_REQUIRED</c>, also for null)
    /// and that each is within 1–4 (<c>IKM_SCORE_OUT_OF_RANGE</c>, reporting the zero-based
    /// index of the first offending element).
    /// </summary>
    public static IkmValidation Validate(IReadOnlyList<int>? scores)
    {
        if (scores is null || scores.Count != ElementCount)
        {
            return IkmValidation.Fail(
                NineScoresRequired,
                $"An IKM response must contain exactly {ElementCount} scores (got {scores?.Count ?? 0}).",
                elementIndex: null);
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] is < MinScore or > MaxScore)
            {
                return IkmValidation.Fail(
                    ScoreOutOfRange,
                    $"Score for U{i + 1} ({(IkmElement)(i + 1)}) must be between {MinScore} and {MaxScore} (got {scores[i]}).",
                    elementIndex: i);
            }
        }

        return IkmValidation.Valid;
    }
}

/// <summary>
/// Result of <see cref="IkmAnswers.Validate(IReadOnlyList{int}?)"/>.
/// <see cref="ElementIndex"/> is zero-based (0 = U1) and only set for <c>IKM_SCORE_OUT_OF_RANGE</c>.
/// </summary>
public sealed record IkmValidation(bool IsValid, string? ErrorCode, string? ErrorMessage, int? ElementIndex)
{
    public static IkmValidation Valid { get; } = new(true, null, null, null);

    /// <summary>The element that failed, when <see cref="ElementIndex"/> is set.</summary>
    public IkmElement? Element => ElementIndex is { } i ? (IkmElement)(i + 1) : null;

    internal static IkmValidation Fail(string code, string message, int? elementIndex) =>
        new(false, code, message, elementIndex);
}
