using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// The address a request is limited by. An IPv6 client usually holds a whole /64, so the /64 is the unit. Behind a
/// reverse proxy the forwarded headers middleware must set the connection's address (docs/security-limits.md).
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
