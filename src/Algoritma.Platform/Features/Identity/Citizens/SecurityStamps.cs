using System.Security.Cryptography;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>
/// A new account's security stamp as ASP.NET Core Identity's <c>UserManager</c> makes it (20 random bytes in RFC 4648
/// base32, 32 characters), for an account staged without the manager's own create (<see cref="CitizenRegistration.StageAsync"/>).
/// </summary>
internal static class SecurityStamps
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[20];
        RandomNumberGenerator.Fill(bytes);
        Span<char> text = stackalloc char[32];
        for (var group = 0; group < 4; group++)
        {
            ulong bits = 0;
            for (var i = 0; i < 5; i++)
            {
                bits = (bits << 8) | bytes[(group * 5) + i];
            }

            for (var i = 0; i < 8; i++)
            {
                text[(group * 8) + i] = Alphabet[(int)((bits >> (35 - (5 * i))) & 31)];
            }
        }

        return new string(text);
    }
}
