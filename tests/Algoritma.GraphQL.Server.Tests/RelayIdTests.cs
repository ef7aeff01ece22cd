using Algoritma.GraphQL.Server.Relay;
using GraphQL;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class RelayIdTests
{
    [Fact]
    public void A_global_id_round_trips()
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode("Tenant", "samarinda"), out var type, out var key));
        Assert.Equal(("Tenant", "samarinda"), (type, key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("!!!")]
    [InlineData("AAAA")] // three NUL bytes
    [InlineData("_w")] // 0xFF: not UTF-8
    [InlineData("OlRlbmFudA")] // ":Tenant": no type
    public void Malformed_global_ids_do_not_decode(string id) => Assert.False(GlobalId.TryDecode(id, out _, out _));

    [Fact]
    public void A_cursor_round_trips() => Assert.Equal("domisili", Cursor.Decode(Cursor.Encode("domisili")));

    [Theory]
    [InlineData("!!!")]
    [InlineData("AAAA")]
    [InlineData("_w")]
    [InlineData("a")]
    public void Malformed_cursors_are_bad_user_input(string cursor) =>
        Assert.Equal("BAD_USER_INPUT", Assert.ThrowsAny<ExecutionError>(() => Cursor.Decode(cursor)).Code);
}
