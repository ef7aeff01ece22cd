using Algoritma.Simulation.Randomness;

namespace Algoritma.Simulation.Tests.Randomness;

public sealed class StableHashTests
{
    [Fact]
    public void It_is_32_bit_FNV_1a_so_seeds_are_the_same_on_every_machine()
    {
        Assert.Equal(unchecked((int)2166136261u), StableHash.Of(""));
        Assert.Equal(unchecked((int)0xe40c292cu), StableHash.Of("a"));
        Assert.Equal(unchecked((int)0xbf9cf968u), StableHash.Of("foobar"));
    }

    [Fact]
    public void Neighbouring_kelurahan_codes_hash_apart()
    {
        var codes = Enumerable.Range(1001, 20).Select(n => $"64.72.01.{n}").ToList();

        Assert.Equal(codes.Count, codes.Select(StableHash.Of).Distinct().Count());
    }
}
