using Algoritma.Platform.Features.Identity.Citizens;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class UnsealedCitizenKeysTests
{
    [Fact]
    public void A_sealed_key_is_opened_once_and_then_remembered()
    {
        using var keys = new UnsealedCitizenKeys();
        var opened = 0;
        string? Open(string sealedKey)
        {
            opened++;
            return $"key-of-{sealedKey}";
        }

        Assert.Equal("key-of-a", keys.Open("a", Open));
        Assert.Equal("key-of-a", keys.Open("a", Open));
        Assert.Equal("key-of-b", keys.Open("b", Open));

        Assert.Equal(2, opened);
    }

    [Fact]
    public void A_value_that_does_not_open_is_tried_again_each_time()
    {
        using var keys = new UnsealedCitizenKeys();
        var tried = 0;
        string? Refuse(string _)
        {
            tried++;
            return null;
        }

        Assert.Null(keys.Open("altered", Refuse));
        Assert.Null(keys.Open("altered", Refuse));

        Assert.Equal(2, tried);
    }
}
