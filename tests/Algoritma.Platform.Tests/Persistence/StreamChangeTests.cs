using System.Text;
using Algoritma.Platform.Persistence.Changes;

namespace Algoritma.Platform.Tests.Persistence;

public sealed class StreamChangeTests
{
    [Fact]
    public void Many_changes_pack_into_payloads_under_the_limit_and_read_back_in_order()
    {
        var changes = Enumerable.Range(0, 1_000).Select(i => new StreamChange($"kota-{i % 7}", Guid.NewGuid(), i)).ToList();

        var payloads = StreamChange.Payloads(changes);

        Assert.All(payloads, payload => Assert.InRange(Encoding.UTF8.GetByteCount(payload), 1, StreamChange.MaxPayloadBytes));
        Assert.InRange(payloads.Count, 2, 1_000 * 50 / (StreamChange.MaxPayloadBytes - 100) + 1);
        Assert.Equal(changes, payloads.SelectMany(StreamChange.FromPayload));
    }

    [Fact]
    public void One_change_is_one_payload_and_no_changes_are_none()
    {
        var change = new StreamChange("samarinda", Guid.NewGuid(), 3);

        Assert.Equal([change.ToPayload()], StreamChange.Payloads([change]));
        Assert.Equal([change], StreamChange.FromPayload(change.ToPayload()));
        Assert.Empty(StreamChange.Payloads([]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("samarinda")]
    [InlineData("samarinda/not-a-guid/1")]
    [InlineData("/0123456789abcdef0123456789abcdef/1")]
    [InlineData("samarinda/0123456789abcdef0123456789abcdef/-1")]
    public void A_line_that_is_not_a_change_is_skipped_and_the_others_kept(string foreign)
    {
        var change = new StreamChange("samarinda", Guid.NewGuid(), 2);

        Assert.Equal([change, change], StreamChange.FromPayload($"{change.ToPayload()}\n{foreign}\n{change.ToPayload()}"));
    }
}
