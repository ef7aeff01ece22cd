namespace Algoritma.Platform.Features.Shared;

/// <summary>
/// Tenant setting choosing how the IKM value is computed (Satisfaction's <c>IkmCalculator.Compute</c>; a tenant setting, so every feature may read it).
/// <list type="bullet">
/// <item><see cref="None"/>: exact arithmetic — mean of the nine NRRs (weight exactly 1/9), no intermediate rounding.</item>
/// <item><see cref="TwoDecimals"/>/<see cref="ThreeDecimals"/>: the regulation's worked-example style —
/// each NRR rounded to 2/3 decimals, then weighted by 1/9.</item>
/// </list>
/// Every policy weights by exactly 1/9 (the regulation's definition; its examples print it as 0.111), so every
/// policy stays within the regulation's 25.00–100.00 (all 1s: 25.00, all 4s: 100.00); the rounded policies
/// differ from exact arithmetic by at most 0.125 (2 decimals) or 0.0125 (3 decimals) points.
/// </summary>
public enum IkmRounding
{
    None,
    TwoDecimals,
    ThreeDecimals,
}

/// <summary>Parses/formats the tenant settings string for <see cref="IkmRounding"/>.</summary>
public static class IkmRoundingSetting
{
    public const string NoneValue = "NONE";
    public const string TwoDecimalsValue = "TWO_DECIMALS";
    public const string ThreeDecimalsValue = "THREE_DECIMALS";

    /// <summary>
    /// The policy used when the setting is missing or unrecognised: <see cref="IkmRounding.TwoDecimals"/>.
    /// </summary>
    public const IkmRounding Default = IkmRounding.TwoDecimals;

    /// <summary>
    /// Parses <c>NONE</c>, <c>TWO_DECIMALS</c> or <c>THREE_DECIMALS</c> (case-insensitive, surrounding
    /// whitespace ignored). Null, empty or unknown values yield <see cref="Default"/> (TwoDecimals);
    /// this never throws.
    /// </summary>
    public static IkmRounding Parse(string? value) =>
        value?.Trim().ToUpperInvariant() switch
        {
            NoneValue => IkmRounding.None,
            TwoDecimalsValue => IkmRounding.TwoDecimals,
            ThreeDecimalsValue => IkmRounding.ThreeDecimals,
            _ => Default,
        };

    /// <summary>The settings string for a policy (inverse of <see cref="Parse"/>).</summary>
    public static string ToSettingString(IkmRounding rounding) =>
        rounding switch
        {
            IkmRounding.None => NoneValue,
            IkmRounding.TwoDecimals => TwoDecimalsValue,
            IkmRounding.ThreeDecimals => ThreeDecimalsValue,
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown IKM rounding policy."),
        };
}
