using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Workers;

namespace Algoritma.Simulation.Tests.Workers;

public sealed class KecamatanPartitionTests
{
    /// <summary>Six kecamatan of unequal demand: 01 and 02 heavy, the rest light.</summary>
    private static readonly List<KelurahanProfile> Profiles =
    [
        .. Enumerable.Range(1, 6).SelectMany(k => Enumerable.Range(1001, k <= 2 ? 6 : 3).Select(n => Profile($"64.72.{k:D2}.{n}", k <= 2 ? 1.5 : 0.8))),
    ];

    [Fact]
    public void Every_kecamatan_goes_whole_to_one_worker_and_every_kelurahan_to_exactly_one()
    {
        var parts = KecamatanPartition.Split(Profiles, 3);

        Assert.Equal(3, parts.Count);
        Assert.Equal(Profiles.Select(p => p.Code).Order(), parts.SelectMany(p => p).Select(p => p.Code).Order());
        var owners = Profiles.GroupBy(p => p.KecamatanCode).Select(k => parts.Count(part => part.Any(p => p.KecamatanCode == k.Key)));
        Assert.All(owners, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Demand_is_balanced_across_workers()
    {
        var loads = KecamatanPartition.Split(Profiles, 2).Select(p => p.Sum(k => k.Weight)).ToList();

        Assert.Equal(2, loads.Count);
        Assert.InRange(Math.Abs(loads[0] - loads[1]), 0, 2.5); // one light kecamatan's demand at most
    }

    [Fact]
    public void The_split_does_not_depend_on_input_order_and_drops_idle_workers()
    {
        var forward = KecamatanPartition.Split(Profiles, 2);
        var backward = KecamatanPartition.Split([.. Enumerable.Reverse(Profiles)], 2);

        Assert.Equal(forward.Select(p => p.Select(k => k.Code).Order()), backward.Select(p => p.Select(k => k.Code).Order()));
        Assert.Equal(6, KecamatanPartition.Split(Profiles, 10).Count);
        Assert.Single(KecamatanPartition.Split(Profiles, 1));
    }

    private static KelurahanProfile Profile(string code, double weight) =>
        new(code, code[..8], weight, 0.17, 0.6, null, null, 100, 4, code.GetHashCode(StringComparison.Ordinal));
}
