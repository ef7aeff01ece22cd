using System.Net.Mail;
using Algoritma.GraphQL.Server.Errors;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// The bounds of the domain's text and list inputs (docs/security-inputs.md lists every input's). A mutation checks
/// its input with these before it reads or writes anything and answers in its payload's <c>errors</c>; a query
/// argument out of bounds is <c>BAD_USER_INPUT</c>.
/// </summary>
internal static class InputBounds
{
    public const string TooLong = "TOO_LONG";
    public const string TooMany = "TOO_MANY";
    public const string Required = "REQUIRED";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidPhone = "INVALID_PHONE";

    /// <summary>Names of people, units, services, campaigns, clients (the <c>varchar(200)</c> columns).</summary>
    public const int Name = 200;

    /// <summary>Codes: services, requirements, documents, templates.</summary>
    public const int Code = 60;

    /// <summary>A Kemendagri region code, <c>PP.KK.CC.VVVV</c>.</summary>
    public const int UnitCode = 13;

    /// <summary>Free text an officer or manager writes: reasons, notes, summaries, procedure steps, legal basis.</summary>
    public const int FreeText = 2000;

    /// <summary>RFC 5321's longest forward path.</summary>
    public const int Email = 254;

    public const int Password = 128;

    public const int Uri = 2000;

    /// <summary>A list of codes (documents, requirements, procedure steps, roles, redirect URIs, hosts).</summary>
    public const int Items = 50;

    /// <summary>A list of units: a kabupaten has up to about 900 desa.</summary>
    public const int Units = 1000;

    /// <summary>Adds TOO_LONG when <paramref name="value"/> is longer than <paramref name="max"/>; with a required code, that code when it is null or blank.</summary>
    public static List<UserError> Text(this List<UserError> errors, string field, string? value, int max, string? requiredCode = null)
    {
        if (requiredCode is not null && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(UserError.At(field, requiredCode, $"'{field}' cannot be empty or blank."));
        }
        else if (value is not null && value.Length > max)
        {
            errors.Add(UserError.At(field, TooLong, $"'{field}' is at most {max} characters."));
        }

        return errors;
    }

    /// <summary>Adds TOO_MANY when the list is longer than <paramref name="maxCount"/>, else TOO_LONG for the first item over <paramref name="maxLength"/>.</summary>
    public static List<UserError> Texts(this List<UserError> errors, string field, IEnumerable<string>? values, int maxCount, int maxLength)
    {
        var list = values?.ToList() ?? [];
        if (list.Count > maxCount)
        {
            errors.Add(UserError.At(field, TooMany, $"'{field}' holds at most {maxCount} items."));
        }
        else if (list.FirstOrDefault(v => v.Length > maxLength) is not null)
        {
            errors.Add(UserError.At(field, TooLong, $"Each item of '{field}' is at most {maxLength} characters."));
        }

        return errors;
    }

    public static List<UserError> Count<T>(this List<UserError> errors, string field, IReadOnlyCollection<T>? values, int maxCount)
    {
        if (values is not null && values.Count > maxCount)
        {
            errors.Add(UserError.At(field, TooMany, $"'{field}' holds at most {maxCount} items."));
        }

        return errors;
    }

    /// <summary>An e-mail address: at most 254 characters, one address of the form local@domain.</summary>
    public static List<UserError> EmailAddress(this List<UserError> errors, string field, string? value)
    {
        if (value is not { Length: > 0 })
        {
            return errors;
        }

        if (value.Length > Email)
        {
            return errors.Text(field, value, Email);
        }

        if (!MailAddress.TryCreate(value, out var address) || address.Address != value || address.DisplayName.Length > 0)
        {
            errors.Add(UserError.At(field, InvalidEmail, $"'{value}' is not an e-mail address."));
        }

        return errors;
    }

    /// <summary>
    /// A phone number: ASCII digits (6 to 15 of them, E.164's most), spaces, and + - ( ); other scripts' digits
    /// (Arabic-Indic, fullwidth) are refused, since a number is dialled and compared as ASCII.
    /// </summary>
    public static List<UserError> Phone(this List<UserError> errors, string field, string? value, int max)
    {
        if (value is not { Length: > 0 })
        {
            return errors;
        }

        var digits = value.Count(char.IsAsciiDigit);
        if (value.Length > max || digits is < 6 or > 15 || !value.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
        {
            errors.Add(UserError.At(field, InvalidPhone, $"A phone number is 6–15 digits 0–9 with spaces, +, -, ( and ) only, at most {max} characters."));
        }

        return errors;
    }

    /// <summary>A query argument out of bounds: BAD_USER_INPUT.</summary>
    public static string? Argument(string name, string? value, int max) =>
        value is not null && value.Length > max ? throw CodedError.BadUserInput($"'{name}' is at most {max} characters.") : value;
}
