using Algoritma.Platform.Features.Requests;

namespace Algoritma.Platform.Tests.Features.Requests;

public sealed class TrackingCodesTests
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void A_tracking_code_is_eight_Crockford_characters()
    {
        var codes = new TrackingCodes();

        for (var i = 0; i < 1_000; i++)
        {
            var code = codes.Next();
            Assert.Equal(8, code.Length);
            Assert.All(code, c => Assert.Contains(c, Crockford));
        }
    }

    [Fact]
    public void Tracking_codes_are_drawn_over_the_whole_alphabet_without_repeating()
    {
        var codes = new TrackingCodes();
        var drawn = Enumerable.Range(0, 10_000).Select(_ => codes.Next()).ToList();

        // 10,000 draws of 40 bits: a repeat has a probability of about 5e-5
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
        Assert.Equal(Crockford.Length, drawn.SelectMany(code => code).Distinct().Count());
        // every position varies: 10,000 draws leave no position on one character
        Assert.All(Enumerable.Range(0, 8), position => Assert.True(drawn.Select(code => code[position]).Distinct().Count() > 1));
    }
}
